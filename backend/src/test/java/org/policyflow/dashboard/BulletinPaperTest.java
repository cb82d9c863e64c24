package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policyflow.engine.EngineClock;
import org.policyflow.reporting.ProcessFixture;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 督查通报 of a period on the seed: each item's light, the late leads, the 督办单 issued in the period (the last
 * period runs until now) and the league table, as PDF and .docx; only the coordinating office prints it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinPaperTest extends DashboardIntegrationTest {

    private Seed seed;
    private long lastPeriodId;
    private String noticeNumber;

    @BeforeAll
    void reportAndEscalate() {
        seed = reportedSeed();
        lastPeriodId = jdbc.sql("select max(id) from pf_reporting_period where plan_id = ?").param(seed.planId())
                .query(Long.class).single();
        ProcessInstance escalation = runtimeService.startProcessInstanceByKey("escalation", SEED + "-1",
                ProcessFixture.escalationInputs(seed.itemId(), seed.lead(), "OVERDUE"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult()
                .getId(), Map.of("requirements", "请于期限内补报进展并说明原因",
                "rectificationDeadline", LocalDate.now(EngineClock.ZONE).plusDays(7).toString()));
        Map<String, Object> notice = ProcessFixture.escalationNotices(jdbc, escalation.getId()).get(0);
        noticeNumber = "督办〔" + notice.get("NUMBER_YEAR") + "〕" + notice.get("NUMBER_SEQ") + "号";
    }

    private ResponseEntity<byte[]> bulletin(String user, long planId, long periodId, String format) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.ALL));
        return http.withBasicAuth(user, PASSWORD).exchange("/api/plans/" + planId + "/bulletins/" + periodId
                + "?format=" + format, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private String label(long periodId) {
        return jdbc.sql("select label from pf_reporting_period where id = ?").param(periodId).query(String.class)
                .single();
    }

    private String name(String departmentId) {
        return jdbc.sql("select name from pf_department where id = ?").param(departmentId).query(String.class)
                .single();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePeriodsBulletinListsLightsLateLeadsAndTheLeague() throws IOException {
        ResponseEntity<byte[]> pdf = bulletin("coordinator", seed.planId(), seed.periodId(), "pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");

        String text = pdfText(pdf.getBody());
        assertThat(text).contains("督查通报", SEED + " " + label(seed.periodId()), "一、各事项进展情况",
                "强化质量发展人才支撑", name(seed.lead()), "绿灯", "二、逾期报送情况", "牵头单位逾期未报送进展报告",
                "五、各单位按时报送排名", "100.0%");
        assertThat(text).as("the notice was issued after this period").doesNotContain(noticeNumber);
    }

    @Test
    void theLastPeriodsBulletinListsTheNoticeIssuedSinceItsStartAlsoAsDocx() throws IOException {
        assertThat(pdfText(bulletin("coordinator", seed.planId(), lastPeriodId, "pdf").getBody()))
                .contains("四、本期督办情况", noticeNumber);

        ResponseEntity<byte[]> docx = bulletin("admin", seed.planId(), lastPeriodId, "docx");
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("督查通报", label(lastPeriodId), noticeNumber,
                    name(seed.lead()));
            assertThat(document.getTables()).hasSize(5);
        }
    }

    @Test
    void onlyTheCoordinatingOfficePrintsItAndBadRequestsAreNamed() {
        assertThat(bulletin(seed.lead(), seed.planId(), seed.periodId(), "pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bulletin("coordinator", seed.planId(), 987654321L, "pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(bulletin("coordinator", 987654321L, seed.periodId(), "pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<byte[]> xls = bulletin("coordinator", seed.planId(), seed.periodId(), "xls");
        assertThat(xls.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(xls.getBody(), StandardCharsets.UTF_8)).contains("format");
    }
}
