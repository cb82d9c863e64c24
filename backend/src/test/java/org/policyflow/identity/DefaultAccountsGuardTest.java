package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyflow.PolicyFlowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile no account with a known password may exist: the application refuses to start. */
class DefaultAccountsGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void applicationRefusesToStartWithCamundaAdminUserOutsideDemo() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PolicyFlowApplication.class).profiles("production")
                .run("--policyflow.data-dir=" + dataDir, "--server.port=0",
                        "--camunda.bpm.process-engine-name=guard-test",
                        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin"))
                .hasMessageContaining("camunda.bpm.admin-user.id").hasMessageContaining("'demo' profile");
    }

    @Test
    void demoPasswordIsRefusedOutsideDemo() {
        MockEnvironment production = new MockEnvironment().withProperty("policyflow.demo-accounts.password", "demo");
        production.setActiveProfiles("postgres");

        assertThatThrownBy(() -> new DefaultAccountsGuard().postProcessEnvironment(production, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("policyflow.demo-accounts.password");
    }

    @Test
    void demoProfileMayHaveThem() {
        MockEnvironment demo = new MockEnvironment().withProperty("policyflow.demo-accounts.password", "demo")
                .withProperty("camunda.bpm.admin-user.id", "admin");
        demo.setActiveProfiles("demo", "postgres");

        assertThatCode(() -> new DefaultAccountsGuard().postProcessEnvironment(demo, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutSuchPropertiesAnyProfileStarts() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");

        assertThatCode(() -> new DefaultAccountsGuard().postProcessEnvironment(production, new SpringApplication()))
                .doesNotThrowAnyException();
        assertThat(DefaultAccountsGuard.DEFAULT_ACCOUNT_PROPERTIES).contains("policyflow.demo-accounts.password");
    }
}
