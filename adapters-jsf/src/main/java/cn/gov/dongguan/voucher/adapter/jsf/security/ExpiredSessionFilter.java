package cn.gov.dongguan.voucher.adapter.jsf.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A lost session (timed out, signed out elsewhere, the server restarted) sends the page's next ajax
 * request to the login page; the browser follows that redirect with the ajax headers, and the login
 * page rendered as a partial response would leave the page spinning for ever. Such a request is
 * answered with a Faces partial-response redirect instead, to {@code /login.xhtml?expired=true},
 * where the page says why; nothing was saved.
 */
public class ExpiredSessionFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setContentType("text/xml");
            out.setCharacterEncoding("UTF-8");
            out.setHeader("Cache-Control", "no-store");
            String url = http.getContextPath() + "/login.xhtml?expired=true";
            out.getOutputStream()
                    .write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + url
                                    + "\"></redirect></partial-response>")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
