package org.policyflow.plan;

import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
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
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
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

    /** A document as offices receive it (.docx, .pdf, .html, text in UTF-8 or GBK), sent as the request body. */
    @CoordinatingOffice
    @PostMapping(path = "/preview", consumes = {DOCX, MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    PlanPreview previewDocument(@RequestBody byte[] document) {
        return imports.previewDocument(PlanDocument.text(document), readDeadline());
    }

    /** The same document uploaded as the form field {@code file}. */
    @CoordinatingOffice
    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlanPreview previewUpload(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.previewDocument(PlanDocument.text(file.getBytes()), readDeadline());
    }

    @CoordinatingOffice
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResult> confirm(@RequestBody ImportRequest request, Authentication user) {
        return created(imports.confirm(request, user.getName(), readDeadline()));
    }

    /** Imports a document sent as the request body, read as it is (no corrections). */
    @CoordinatingOffice
    @PostMapping(consumes = {DOCX, MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ImportResult> confirmDocument(@RequestBody byte[] document,
                                                 @RequestParam(required = false) String calendarAnchor,
                                                 Authentication user) {
        return created(imports.confirm(new ImportRequest(PlanDocument.text(document), calendarAnchor, null),
                user.getName(), readDeadline()));
    }

    /** Imports a document uploaded as the form field {@code file}, read as it is (no corrections). */
    @CoordinatingOffice
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> confirmUpload(@RequestPart("file") MultipartFile file,
                                               @RequestParam(required = false) String calendarAnchor,
                                               Authentication user) throws IOException {
        return created(imports.confirm(new ImportRequest(PlanDocument.text(file.getBytes()), calendarAnchor, null),
                user.getName(), readDeadline()));
    }

    private static ResponseEntity<ImportResult> created(ImportResult result) {
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
