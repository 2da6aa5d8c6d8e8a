package cn.gov.dongguan.voucher.app;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An error the container answers itself (a path no resource matches, such as one with an encoded
 * {@code ../}) is the API's problem+json when the path was the API's, and the intranet's page
 * otherwise (issue 14). The intranet's error pages stay as they are for {@code /ui/}.
 */
@WebFilter(
        urlPatterns = {"/not-found.xhtml", "/error.xhtml"},
        dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + "/api/";
        if (!(uri instanceof String path) || !path.startsWith(api)) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 500;
        String title = status == 404 ? "Not Found" : status == 400 ? "Bad Request" : "Error";
        String slug = status == 404 ? "not-found" : status == 400 ? "bad-request" : "error";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ("{\"type\":\"https://voucher.dongguan.gov.cn/problems/" + slug + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"no resource of the API answers this path\","
                        + "\"errors\":[]}")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
