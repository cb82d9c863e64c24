package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, so PolicyFlow, the Camunda webapps
 * and the engine REST API share one set of users. The principal is a {@link CurrentUser}; a user's Camunda groups
 * become authorities {@code GROUP_<id>}. The messages are shown to the user as they are.
 * <p>
 * A wrong password, an unknown user and a locked account get the same answer, so that nobody learns which accounts
 * exist or are locked: Camunda's checkPassword answers false for all three (a locked account is not even checked,
 * and its lock is not extended). How long a lock lasts is set in application.yml (loginDelay*).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG_CREDENTIALS = "用户名或密码错误。多次输错后账户会被暂时锁定,请等待几分钟再试,或请管理员解锁。";

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
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        CurrentUser user = users.describe(userId);
        List<SimpleGrantedAuthority> authorities = user.groups().stream()
                .map(group -> new SimpleGrantedAuthority(IdentityGroups.AUTHORITY_PREFIX + group.id())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
