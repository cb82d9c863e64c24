package org.policyflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.policyflow.engine.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lifts the lock that wrong passwords put on an account (application.yml, loginDelay*), before it runs out. For
 * PolicyFlow's administrators, who need not be Camunda administrators; those can also unlock in Camunda Admin.
 */
@RestController
class AccountUnlockController {

    private static final Logger log = LoggerFactory.getLogger(AccountUnlockController.class);

    private final IdentityService identityService;

    AccountUnlockController(IdentityService identityService) {
        this.identityService = identityService;
    }

    @PostMapping("/api/users/{userId}/unlock")
    @Administrators
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String userId, @AuthenticationPrincipal CurrentUser administrator) {
        // Camunda lets only its own administrators unlock; the check above stands for it
        EngineAsSystem.run(identityService, () -> {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有用户名为“" + userId + "”的账户");
            }
            identityService.unlockUser(userId);
        });
        log.info("Account {} unlocked by administrator {}", userId, administrator.userId());
    }
}
