package org.policyflow.dashboard;

import java.nio.charset.StandardCharsets;

import org.policyflow.identity.CoordinatingOffice;
import org.policyflow.identity.CurrentUser;
import org.policyflow.paper.Paper;
import org.policyflow.paper.PaperFormat;
import org.policyflow.paper.PaperWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workbench's read API: the dashboard, the period ledger as .xlsx, the period's 督查通报 and the item page. See
 * {@link Viewer}.
 */
@RestController
class DashboardController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DashboardService dashboard;
    private final LedgerExport ledger;
    private final ItemPageService items;
    private final BulletinPaper bulletins;
    private final PaperWriter writer;

    DashboardController(DashboardService dashboard, LedgerExport ledger, ItemPageService items,
                        BulletinPaper bulletins, PaperWriter writer) {
        this.dashboard = dashboard;
        this.ledger = ledger;
        this.items = items;
        this.bulletins = bulletins;
        this.writer = writer;
    }

    /** @param planId the plan; without it, the latest imported */
    @GetMapping("/api/dashboard")
    Dashboard dashboard(@RequestParam(required = false) Long planId, @AuthenticationPrincipal CurrentUser user) {
        return dashboard.dashboard(planId, Viewer.of(user));
    }

    /** @param periodId the period; without it, the latest period with a report */
    @GetMapping("/api/ledger.xlsx")
    ResponseEntity<byte[]> ledger(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) Long periodId, @AuthenticationPrincipal CurrentUser user) {
        LedgerExport.Ledger rows = ledger.ledger(planId, periodId, Viewer.of(user));
        String fileName = rows.plan().docNumber() + "-" + rows.period().label() + "台账.xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(ledger.workbook(rows));
    }

    /**
     * 督查通报 of a period, to print or edit before signing: coordinating office and administrators only; 404 for an
     * unknown plan or a period not of the plan, 400 for another format.
     *
     * @param format pdf or docx
     */
    @GetMapping("/api/plans/{planId}/bulletins/{periodId}")
    @CoordinatingOffice
    ResponseEntity<byte[]> bulletin(@PathVariable long planId, @PathVariable long periodId,
                                    @RequestParam(defaultValue = "pdf") String format) {
        PaperFormat paperFormat = PaperFormat.of(format);
        Paper paper = bulletins.paper(planId, periodId);
        return paperFormat.download(paper, writer.write(paper, paperFormat));
    }

    @GetMapping("/api/items/{id}")
    ItemPage item(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return items.page(id, Viewer.of(user));
    }
}
