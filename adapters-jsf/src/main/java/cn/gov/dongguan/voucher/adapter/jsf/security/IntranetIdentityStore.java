package cn.gov.dongguan.voucher.adapter.jsf.security;

import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.application.port.in.AuthenticateUseCase;
import cn.gov.dongguan.voucher.domain.review.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login against the intranet users in the database through {@link AuthenticateUseCase}
 * (PBKDF2 hashes, lock-out after five failures, every attempt audited) and records the principal
 * for the session. The caller's group is its role code, e.g. {@code town-officer}.
 */
@ApplicationScoped
public class IntranetIdentityStore implements IdentityStore {

    @Inject
    AuthenticateUseCase authenticate;

    @Inject
    SignedInUser signedIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Actor> actor =
                authenticate.login(login.getCaller(), login.getPassword().getValue());
        login.getPassword().clear();
        if (actor.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        signedIn.signIn(actor.get());
        return new CredentialValidationResult(
                actor.get().name(), Set.of(actor.get().role().code()));
    }
}
