package org.policyflow.identity;

import java.util.Map;

import org.policyflow.ApplicationTest;
import org.springframework.context.annotation.Import;

/**
 * The identity tests' base: the application of {@link ApplicationTest} with the test bodies of
 * {@link TestDepartments}, registered before the identity start-up step. They are also county-level units the seed
 * plan then assigns, so this is a context (and database) of its own, shared by the identity tests only.
 */
@Import(TestDepartments.class)
abstract class IdentityIntegrationTest extends ApplicationTest {

    /** Start variables of bpmn/extension-request.bpmn; its review task is named after the item and period. */
    static final Map<String, Object> EXTENSION_REQUEST = Map.of("extensionReason", "测试", "requestedDueDate",
            "2025-12-31", "itemLabel", "(一) 测试事项", "periodLabel", "2025年第四季度");
}
