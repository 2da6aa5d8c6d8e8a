package cn.gov.dongguan.voucher.app;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * While the database is away ({@link DatabaseWatch}), every API request is answered at once with
 * {@code 503} problem+json and {@code Retry-After}, instead of waiting for a pool that waits for a
 * server that does not answer; nothing is half-written, and the next request after the database is
 * back goes through (no restart). Health and metrics stay reachable.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class DatabaseAwayFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseWatch watch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (watch.away() == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        byte[] body =
                ("{\"type\":\"https://voucher.dongguan.gov.cn/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,"
                                + "\"detail\":\"the database cannot be reached; try again shortly\",\"errors\":[]}")
                        .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
