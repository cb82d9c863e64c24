package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyflow.PolicyFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile the first administrator comes from the environment: without one PolicyFlow refuses to
 * start, a weak password is refused, and Camunda Admin's first-user page stays closed.
 */
class InitialAdministratorTest {

    private static final String STRONG_PASSWORD = "Lantern-Canal-1859";

    @TempDir
    Path dataDir;

    @Test
    void startWithoutAnyAdministratorIsRefused() {
        assertThatThrownBy(() -> start("first-admin-missing").close())
                .isInstanceOf(IllegalStateException.class).hasMessage("No administrator exists yet. For the first start set "
                        + "POLICYFLOW_INITIAL_ADMIN_USER and POLICYFLOW_INITIAL_ADMIN_PASSWORD (at least 12 "
                        + "characters); see docs/operations.md.");
    }

    @Test
    void weakPasswordIsRefused() {
        assertThatThrownBy(() -> start("first-admin-weak", "--policyflow.initial-admin.user=pf-admin",
                "--policyflow.initial-admin.password=admin123").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("policyflow.initial-admin.password is too weak");
    }

    @Test
    void namedAdministratorIsCreatedAndTheSetupPageStaysClosed() {
        try (ConfigurableApplicationContext context = start("first-admin", "--policyflow.initial-admin.user=pf-admin",
                "--policyflow.initial-admin.password=" + STRONG_PASSWORD)) {
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().memberOfGroup(IdentityGroups.CAMUNDA_ADMIN).list())
                    .extracting(user -> user.getId()).containsExactly("pf-admin");
            assertThat(identity.createUserQuery().memberOfGroup(IdentityGroups.ADMINS).count()).isOne();
            assertThat(identity.createUserQuery().userId("coordinator").count()).as("no demo account").isZero();

            URI base = URI.create("http://localhost:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort() + "/");
            assertThat(HttpSession.browser(base).login("pf-admin", STRONG_PASSWORD).body()).contains("\"ADMIN\"");
            HttpSession.Response setup = HttpSession.anonymous(base).send("POST",
                    "/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}");
            // refused by PolicyFlow before it reaches Camunda (whose own refusal, once an admin exists, is a 403)
            assertThat(setup.status()).isEqualTo(401);
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        }
    }

    private ConfigurableApplicationContext start(String engineName, String... settings) {
        String[] arguments = new String[settings.length + 4];
        arguments[0] = "--policyflow.data-dir=" + dataDir;
        arguments[1] = "--server.port=0";
        arguments[2] = "--camunda.bpm.process-engine-name=" + engineName;
        arguments[3] = "--policyflow.seed.import=false";
        System.arraycopy(settings, 0, arguments, 4, settings.length);
        return new SpringApplicationBuilder(PolicyFlowApplication.class).profiles("production").run(arguments);
    }
}
