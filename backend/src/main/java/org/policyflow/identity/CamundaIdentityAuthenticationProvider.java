package org.policyflow.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, so PolicyFlow, the Camunda webapps
 * and the engine REST API share one set of users. The principal is a {@link CurrentUser}; a user's Camunda groups
 * become authorities {@code GROUP_<id>}. The messages are shown to the user as they are.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";
    static final String WRONG_CREDENTIALS = "用户名或密码错误。";

    private final IdentityService identityService;
    private final UserDirectory users;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, UserDirectory users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        // asked before the password check: a wrong password locks the user, and then the message would be wrong
        Instant lockedUntil = users.lockedUntil(userId);
        if (lockedUntil != null) {
            throw new LockedException(lockedMessage(lockedUntil));
        }
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        CurrentUser user = users.describe(userId);
        List<SimpleGrantedAuthority> authorities = user.groups().stream()
                .map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group.id())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    static String lockedMessage(Instant lockedUntil) {
        long seconds = Math.max(1, Duration.between(Instant.now(), lockedUntil).toSeconds() + 1);
        return "密码错误次数过多,账户已被临时锁定,请在 " + seconds + " 秒后重试。";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
