package org.policyflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's accounts, all with the password of {@code policyflow.demo-accounts.password}: one staff account
 * per body (user id = body id) and {@code coordinator}, {@code modeller}, {@code admin}. An existing account keeps
 * its password; missing group memberships and e-mail addresses ({@code <user id>@policyflow.test}, where the message
 * centre's mail goes) are added. Outside the demo profile this bean does not exist,
 * {@link DefaultAccountsGuard} refuses any such password setting and {@link DemoPasswordGuard} any account that still
 * has the demo password.
 */
@Component
@Profile(DemoAccounts.PROFILE)
class DemoAccounts {

    static final String PROFILE = "demo";
    static final String PASSWORD_PROPERTY = "policyflow.demo-accounts.password";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityService identityService;
    private final String password;

    DemoAccounts(IdentityService identityService, @Value("${" + PASSWORD_PROPERTY + "}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    /** Where the demo's mail goes: a domain reserved for it, so that no real mailbox receives it. */
    static String email(String userId) {
        return userId + "@policyflow.test";
    }

    void ensureStaff(String departmentId, String departmentName) {
        ensureUser(departmentId, departmentName, "工作人员", List.of(departmentId));
    }

    void ensureRoleAccounts() {
        ensureUser("coordinator", "协调办", "督查员", List.of(IdentityGroups.COORDINATION_OFFICE));
        ensureUser("modeller", "流程", "建模员", List.of(IdentityGroups.MODELLERS));
        ensureUser("admin", "系统", "管理员", List.of(IdentityGroups.ADMINS, IdentityGroups.CAMUNDA_ADMIN));
    }

    private void ensureUser(String userId, String firstName, String lastName, List<String> groupIds) {
        User existing = identityService.createUserQuery().userId(userId).singleResult();
        if (existing == null) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email(userId));
            user.setPassword(password);
            identityService.saveUser(user);
            log.info("Created demo account {}", userId);
        } else if (existing.getEmail() == null || existing.getEmail().isBlank()) {
            // accounts made before demo accounts had addresses
            existing.setEmail(email(userId));
            identityService.saveUser(existing);
        }
        for (String groupId : groupIds) {
            if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                log.warn("Demo account {} not added to group {}: the group does not exist", userId, groupId);
            } else if (identityService.createGroupQuery().groupId(groupId).groupMember(userId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }
}
