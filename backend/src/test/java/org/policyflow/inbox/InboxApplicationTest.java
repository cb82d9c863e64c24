package org.policyflow.inbox;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a fresh H2 folder with the seed plan imported and the demo accounts; the inbox tests
 * (API and browser) extend it, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=inbox-application-test")
abstract class InboxApplicationTest {

    static final String PASSWORD = "demo";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("policyflow-inbox-test").toString();
        registry.add("policyflow.data-dir", () -> dir);
    }
}
