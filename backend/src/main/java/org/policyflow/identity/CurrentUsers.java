package org.policyflow.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request, for PolicyFlow's own services. Controllers can also take it as a parameter:
 * {@code @AuthenticationPrincipal CurrentUser user}.
 */
@Component
class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The current user; without one, an exception that Spring Security answers with 401. */
    public CurrentUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(ProblemEntryPoint.LOGIN_REQUIRED));
    }
}
