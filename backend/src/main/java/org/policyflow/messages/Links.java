package org.policyflow.messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The application's address as the people receiving mail and robot messages reach it. */
@Component
class Links {

    private final String baseUrl;

    Links(@Value("${policyflow.messages.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String link) {
        return baseUrl + link;
    }
}
