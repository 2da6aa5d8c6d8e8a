package cn.gov.dongguan.voucher.adapter.rest.security;

import cn.gov.dongguan.voucher.domain.review.Actor;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The acting principal of an authenticated request. */
public record ActorPrincipal(Actor actor) implements Principal {

    @Override
    public String getName() {
        return actor.name();
    }

    /** The actor of the request, or {@code null} for the public endpoints. */
    public static Actor of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        return null;
    }
}
