package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.StoredPasswords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database begun in the demo profile (this test context's) as the guard sees it when the application starts with
 * another profile: every account with the demo password is named, nothing is counted as a failed login.
 */
class DemoPasswordGuardTest extends IdentityIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StoredPasswords passwords;

    @Test
    void refusesToStartNamingEveryAccountWithTheDemoPasswordAndHowToFixIt() {
        User changed = identityService.newUser("guard-changed");
        changed.setPassword("demo");
        identityService.saveUser(changed);
        changed = identityService.createUserQuery().userId("guard-changed").singleResult();
        changed.setPassword("Lantern-Canal-1859");
        identityService.saveUser(changed);
        Map<String, Object> locksBefore = locks();

        DemoPasswordGuard guard = new DemoPasswordGuard(engine, passwords);

        assertThatThrownBy(guard::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin, ").hasMessageContaining("coordinator, ")
                .hasMessageContaining(TestDepartments.BUREAU_A).hasMessageContaining("Camunda Admin")
                .hasMessageContaining("--spring.profiles.active=demo");
        List<String> accounts = guard.accountsWithDemoPassword();
        assertThat(accounts).contains("admin", "coordinator", "modeller", TestDepartments.BUREAU_A)
                .doesNotContain("guard-changed");
        assertThat(locks()).as("no failed login counted, no account locked").isEqualTo(locksBefore);
    }

    @Test
    void startsInTheDemoProfileOnly() {
        assertThat(context.getBeanProvider(DemoPasswordGuard.class).getIfAvailable()).isNull();
        assertThat(DemoPasswordGuard.class.getAnnotation(Profile.class).value()).containsExactly("!demo");
    }

    private Map<String, Object> locks() {
        return jdbc.sql("select ID_, coalesce(ATTEMPTS_, 0) || '/' || coalesce(cast(LOCK_EXP_TIME_ as varchar), '-') "
                + "from ACT_ID_USER").query((row, n) -> Map.entry(row.getString(1), (Object) row.getString(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
