package org.policyflow.plan;

import java.net.URI;
import java.util.List;

import org.policyflow.plan.ImportService.ImportRequest;
import org.policyflow.plan.ImportService.ImportResult;
import org.policyflow.plan.ImportService.PlanPreview;
import org.policyflow.plan.PlanQueries.PlanDetail;
import org.policyflow.plan.PlanQueries.PlanSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

    static final String IMPORTERS = "hasAnyAuthority('GROUP_coordination-office','GROUP_camunda-admin')";

    /** Body of a preview: the document text. */
    record TextRequest(String text) {
    }

    private final ImportService imports;
    private final PlanQueries plans;

    PlanController(ImportService imports, PlanQueries plans) {
        this.imports = imports;
        this.plans = plans;
    }

    @PreAuthorize(IMPORTERS)
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanPreview preview(@RequestBody TextRequest request) {
        return imports.preview(request.text());
    }

    @PreAuthorize(IMPORTERS)
    @PostMapping(path = "/preview", consumes = MediaType.TEXT_PLAIN_VALUE)
    PlanPreview previewText(@RequestBody String text) {
        return imports.preview(text);
    }

    @PreAuthorize(IMPORTERS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResult> confirm(@RequestBody ImportRequest request, Authentication user) {
        ImportResult result = imports.confirm(request, user.getName());
        return ResponseEntity.created(URI.create("/api/plans/" + result.id())).body(result);
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
