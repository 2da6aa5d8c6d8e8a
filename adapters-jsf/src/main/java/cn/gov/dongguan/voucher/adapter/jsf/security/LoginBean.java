package cn.gov.dongguan.voucher.adapter.jsf.security;

import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.application.port.in.AuthenticateUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * The login form: hands the credentials to Jakarta Security, which asks the identity store. A
 * failure says only that name or password is wrong (or the account locked), never which.
 */
@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    AuthenticateUseCase accounts;

    @Inject
    SignedInUser signedIn;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + "/ui/dashboard.xhtml");
            }
            default -> {
                // start over with a fresh session: nothing of the failed attempt stays with the browser (the
                // security mechanism's half-finished login included), then the form again with its message by
                // post-redirect-get — rendering this postback would need the page's script nonce back, which
                // a client without JavaScript never sends
                signedIn.signOut();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                external.redirect(external.getRequestContextPath() + "/login.xhtml?failed=true");
            }
        }
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        signedIn.signOut();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session goes below either way
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** The demo users, listed on the login page while demo mode is on (and only then). */
    public List<String> getDemoUsers() {
        return accounts.demoUsernames();
    }

    public boolean isDemoMode() {
        return accounts.demoMode();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
