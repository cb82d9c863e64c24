package org.policyflow;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in-process on one H2 file database in a fresh data folder, with the seed plan and the demo
 * accounts, reached on a random port.
 * <p>
 * Every test that needs the running application extends this class and adds nothing to its configuration (no
 * properties, profiles, {@code @MockBean}, {@code @Import}, {@code @TestConfiguration}, {@code @DynamicPropertySource}
 * or {@code @DirtiesContext}), so Spring's context cache starts the application once for all of them. The database
 * is therefore shared: a test makes what it needs (its own plan, bodies or accounts) or reads the seed plan without
 * assuming nobody else touched it, and never counts a whole table. A listener a test needs for itself is added to
 * the context and removed again (plan.PlanImportHttpTest). A test that needs a configuration of its own (another
 * profile, a restart on the same folder) starts the application itself, as models.ModelDeploymentRestartTest does.
 * <p>
 * Bases on top of this one add helpers only (web.RunningApplication: HTTP Basic requests). Not yet here: the inbox
 * and dashboard bases, whose tests still assume a database holding the seed plan only (the inbox sorted by the
 * seed's labels, the projection compared with every engine task, the dashboard's first plan), and SimulationTest,
 * which counts whole tables. The one second configuration is identity.IdentityIntegrationTest's: bodies registered
 * before the identity start-up step, which would change the seed plan's processes for everybody else; identity
 * tests go there, nothing else. Process tests without the application run on reporting.ProcessFixture; the *IT
 * classes launch the packaged jar (operations.NodeProcess).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-application-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }
}
