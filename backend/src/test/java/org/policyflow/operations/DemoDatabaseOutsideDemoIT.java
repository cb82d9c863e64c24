package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database begun with the demo profile, started again without it (e.g. only {@code compressed}): its accounts
 * still have the public demo password, so the jar refuses to start and names them.
 */
class DemoDatabaseOutsideDemoIT {

    @TempDir
    Path workDir;

    @Test
    void demoAccountsKeepTheJarFromStartingWithoutTheDemoProfile() throws Exception {
        try (NodeProcess demo = NodeProcess.of("demo", workDir, List.of("--policyflow.seed.import=false")).start()
                .awaitUp()) {
            demo.stop();
        }

        try (NodeProcess compressed = NodeProcess.of("compressed", workDir,
                List.of("--spring.profiles.active=compressed", "--policyflow.seed.import=false")).start()) {
            assertThatThrownBy(compressed::awaitUp).hasMessageContaining("exited with 1");
            assertThat(compressed.output()).contains("still have the demo password", "admin, ", "coordinator, ",
                    "Camunda Admin");
        }
    }
}
