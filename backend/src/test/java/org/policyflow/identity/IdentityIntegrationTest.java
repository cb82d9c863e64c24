package org.policyflow.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port and a fresh H2 folder, with the test bodies of {@link TestDepartments}. Every
 * identity test extends this class, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDepartments.class)
abstract class IdentityIntegrationTest {

    /** Start variables of bpmn/extension-request.bpmn; its review task is named after the item and period. */
    static final Map<String, Object> EXTENSION_REQUEST = Map.of("extensionReason", "测试", "requestedDueDate",
            "2025-12-31", "itemLabel", "(一) 测试事项", "periodLabel", "2025年第四季度");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-identity-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }
}
