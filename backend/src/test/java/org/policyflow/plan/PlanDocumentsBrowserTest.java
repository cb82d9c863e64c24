package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real Chromium (frontend/e2e/plan-documents.mjs): the coordinator imports a Word file and a PDF through the
 * import page. Screenshots land in target/screenshots/.
 */
class PlanDocumentsBrowserTest extends ApplicationTest {

    private static final String WORD_PLAN = """
            苏州市人民政府办公室关于印发苏州市质量提升工作要点的通知
            苏府办〔2025〕931号
            一、重点任务
            (一)推进质量提升。年内培育试点企业20家以上。(市发展改革委牵头，市财政局参与)
            (二)推进标准建设。(市市场监管局负责)
            """;
    private static final String PDF_PLAN = """
            苏州市人民政府办公室关于印发苏州市标准化工作要点的通知
            苏府办〔2025〕932号
            一、重点任务
            （一）推进标准化试点。（市农业局、市商务局按职责分工负责）
            （二）推进团体标准建设。（市市场监管局牵头负责）
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorImportsAWordFileAndAPdf() throws Exception {
        Path docx = Files.write(Files.createDirectories(BrowserScript.SCREENSHOTS).resolve("plan-documents.docx"),
                PlanDocuments.docx(WORD_PLAN));
        BrowserScript.run(port, "plan-documents", docx.toString(), PDF_PLAN);

        // the Word file's automatic numbering and the PDF's text layer gave the items and their bodies
        assertThat(lead("苏府办〔2025〕931号-1")).isEqualTo("development-reform|市发展改革委");
        assertThat(lead("苏府办〔2025〕932号-1")).isEqualTo("agriculture|市农业局");
        assertThat(lead("苏府办〔2025〕932号-2")).isEqualTo("market-regulation|市市场监管局");
    }

    /** The lead's id and the name the document gave it, or "none". */
    private String lead(String businessKey) {
        return jdbc.sql("select b.department_id, b.written_as from pf_item_body b join pf_item i "
                        + "on i.id = b.item_id where i.business_key = ? and b.role = 'LEAD'").param(businessKey)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).optional().orElse("none");
    }
}
