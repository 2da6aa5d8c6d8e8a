package cn.gov.dongguan.voucher.adapter.rest.security;

import cn.gov.dongguan.voucher.adapter.rest.error.Problem;
import cn.gov.dongguan.voucher.domain.review.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates every request of the API by its bearer token, except the public notice. A missing
 * or unknown token is 401 with {@code WWW-Authenticate: Bearer}; tokens are never logged.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    @Inject
    TokenRegistry tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("public/") || path.startsWith("/public/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Actor> actor = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            actor = tokens.resolve(header.substring(7).strip());
        }
        if (actor.isEmpty()) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.response(
                            401,
                            "unauthorized",
                            "Unauthorized",
                            header == null ? "a bearer token is required" : "the bearer token is not known",
                            List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"voucher\"")
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext() != null
                && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorContext(actor.get(), secure));
    }

    /** The authenticated principal of a request. */
    record ActorContext(Actor actor, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return new ActorPrincipal(actor);
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.role().code().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
