package cn.gov.dongguan.voucher.adapter.jsf.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The intranet's login: Jakarta Security's custom form mechanism with the Faces page
 * {@code /login.xhtml}. It acts only on the protected pages ({@code /ui/*}, see web-fragment.xml);
 * the partner API keeps its bearer tokens and is never redirected to a login page.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@FacesConfig
@ApplicationScoped
public class IntranetSecurity {}
