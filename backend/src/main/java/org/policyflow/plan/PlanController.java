package org.policyflow.plan;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.policyflow.identity.CoordinatingOffice;
import org.policyflow.plan.ImportService.ImportRequest;
import org.policyflow.plan.ImportService.ImportResult;
import org.policyflow.plan.ImportService.PlanPreview;
import org.policyflow.plan.PlanQueries.PlanDetail;
import org.policyflow.plan.PlanQueries.PlanSummary;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Importing plan documents (coordinating office and administrators) and reading imported plans (every user). */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    /** Body of a preview: the document text. */
    record TextRequest(String text) {
    }

    /**
     * How long a preview or import may read its text before it is refused (422) and its thread freed. Read for each
     * request, so that an operator's change to the environment applies at once.
     */
    static final String READ_TIMEOUT = "policyflow.plans.read-timeout";
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    private final ImportService imports;
    private final PlanQueries plans;
    private final Environment environment;

    PlanController(ImportService imports, PlanQueries plans, Environment environment) {
        this.imports = imports;
        this.plans = plans;
        this.environment = environment;
    }

    @CoordinatingOffice
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanPreview preview(@RequestBody TextRequest request) {
        return imports.preview(request.text(), readDeadline());
    }

    @CoordinatingOffice
    @PostMapping(path = "/preview", consumes = MediaType.TEXT_PLAIN_VALUE)
    PlanPreview previewText(@RequestBody String text) {
        return imports.preview(text, readDeadline());
    }

    @CoordinatingOffice
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResult> confirm(@RequestBody ImportRequest request, Authentication user) {
        ImportResult result = imports.confirm(request, user.getName(), readDeadline());
        return ResponseEntity.created(URI.create("/api/plans/" + result.id())).body(result);
    }

    private ReadDeadline readDeadline() {
        return ReadDeadline.after(environment.getProperty(READ_TIMEOUT, Duration.class, DEFAULT_READ_TIMEOUT));
    }

    @GetMapping
    List<PlanSummary> list() {
        return plans.list();
    }

    @GetMapping("/{id}")
    PlanDetail plan(@PathVariable long id) {
        return plans.find(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的方案"));
    }
}
