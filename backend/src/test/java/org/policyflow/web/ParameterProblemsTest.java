package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A parameter of the wrong type is the caller's mistake: 400 naming it, in Chinese, never Spring's English text. */
class ParameterProblemsTest extends ApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void anItemIdThatIsNoNumberIsNamedInTheAnswer() {
        ResponseEntity<String> answer = http.withBasicAuth("coordinator", "demo").getForEntity("/api/items/abc",
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("参数「id」应为数字,收到「abc」", "\"field\":\"id\"")
                .doesNotContain("Failed to convert");
    }

    @Test
    void aPlanIdQueryOfTheWrongTypeToo() {
        ResponseEntity<String> answer = http.withBasicAuth("coordinator", "demo").getForEntity(
                "/api/dashboard?planId=latest", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("参数「planId」应为数字,收到「latest」");
    }
}
