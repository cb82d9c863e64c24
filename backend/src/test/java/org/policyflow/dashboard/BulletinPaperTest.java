package org.policyflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * 督查通报 of a period on the seed: each item's light, the late leads apart from the contributions still missing,
 * the reports returned, the 督办单 issued in the period and the league table, as PDF and .docx; only the coordinating
 * office prints it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinPaperTest extends DashboardIntegrationTest {

    /** Item (三), whose lead (市商务局) the other dashboard tests do not count: reported late in the last period. */
    private static final String LATE_ITEM = SEED + "-3";

    private Seed seed;
    private long lastPeriodId;
    private long noticePeriodId;
    private long otherPeriodId;
    private String noticeNumber;

    @BeforeAll
    void reportAndEscalate() {
        seed = reportedSeed();
        lastPeriodId = jdbc.sql("select id from pf_reporting_period where plan_id = ? order by ordinal desc"
                + " fetch first 1 rows only").param(seed.planId()).query(Long.class).single();
        lateAndReturned();
        ProcessInstance escalation = runtimeService.startProcessInstanceByKey("escalation", SEED + "-1",
                ProcessFixture.escalationInputs(seed.itemId(), seed.lead(), "OVERDUE"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult()
                .getId(), Map.of("requirements", "请于期限内补报进展并说明原因",
                "rectificationDeadline", LocalDate.now(EngineClock.ZONE).plusDays(7).toString()));
        Map<String, Object> notice = ProcessFixture.escalationNotices(jdbc, escalation.getId()).get(0);
        noticeNumber = "督办〔" + notice.get("NUMBER_YEAR") + "〕" + notice.get("NUMBER_SEQ") + "号";
        // a period the notice was issued in, and one it was not (an annual period spans the quarters)
        List<Long> during = jdbc.sql("""
                select id from pf_reporting_period where plan_id = ? and starts_at <= ? and ends_at > ?
                order by ordinal""").params(seed.planId(), notice.get("ISSUED_AT"), notice.get("ISSUED_AT"))
                .query(Long.class).list();
        assertThat(during).as("the seed's calendar has a period running now").isNotEmpty();
        noticePeriodId = during.get(0);
        otherPeriodId = jdbc.sql("select id from pf_reporting_period where plan_id = :plan and id not in (:during)")
                .param("plan", seed.planId()).param("during", during).query(Long.class).list().get(0);
    }

    /** Item (三)'s lead reported the last period 3 days late with 2 contributions missing, was returned once. */
    private void lateAndReturned() {
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(LATE_ITEM).query(Long.class)
                .single();
        if (jdbc.sql("select count(*) from pf_report where item_id = ? and period_id = ?").params(itemId, lastPeriodId)
                .query(Long.class).single() > 0) {
            return;
        }
        String lead = jdbc.sql("select department_id from pf_item_body where item_id = ? and role = 'LEAD'")
                .param(itemId).query(String.class).single();
        for (int revision = 1; revision <= 2; revision++) {
            jdbc.sql("""
                    insert into pf_report (item_id, period_id, revision, department_id, narrative, days_late,
                      contributions_missing, recorded_at) values (?, ?, ?, ?, '进展', ?, ?, ?)""")
                    .params(itemId, lastPeriodId, revision, lead, revision == 1 ? 3 : 0, revision == 1 ? 2 : 0,
                            OffsetDateTime.now()).update();
        }
        // and one supporting body's material came after the period's due date
        jdbc.sql("""
                insert into pf_contribution (item_id, period_id, department_id, narrative, recorded_at)
                select b.item_id, p.id, b.department_id, '配合材料', p.due_at + interval '2' day
                from pf_item_body b join pf_reporting_period p on p.id = ?
                where b.item_id = ? and b.role = 'SUPPORTING' order by b.department_id fetch first 1 rows only""")
                .params(lastPeriodId, itemId).update();
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
    void theFirstPeriodsBulletinListsTheLightsAndTheLeague() throws IOException {
        ResponseEntity<byte[]> pdf = bulletin("coordinator", seed.planId(), seed.periodId(), "pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");

        assertThat(pdfText(pdf.getBody())).contains("督查通报", SEED + " " + label(seed.periodId()),
                "一、各事项进展情况", "绿灯 1 项", "深入推进质量强企强链强县", name(seed.lead()) + " 绿灯 待审核",
                "五、各单位按时报送排名", "1 " + name(seed.lead()) + " 1 1 100.0%");
    }

    @Test
    void theLastPeriodsBulletinTellsTheLeadsLatenessFromMissingContributionsAndCountsReturns() throws IOException {
        String lead = name(jdbc.sql("select department_id from pf_item_body b join pf_item i on i.id = b.item_id"
                + " where i.business_key = ? and b.role = 'LEAD'").param(LATE_ITEM).query(String.class).single());
        byte[] pdf = bulletin("coordinator", seed.planId(), lastPeriodId, "pdf").getBody();
        String text = pdfText(pdf);
        assertThat(text).contains("(一) 深入推进质量强企强链强县 " + name(seed.lead()));
        String lateContributor = name(jdbc.sql("""
                select c.department_id from pf_contribution c join pf_item i on i.id = c.item_id
                where i.business_key = ? and c.period_id = ?""").params(LATE_ITEM, lastPeriodId).query(String.class)
                .single());
        // whose lateness: the lead for its own report, the contributor by name for its material
        assertThat(text).contains("二、逾期报送情况", lead + " 牵头单位逾期 3 天报送", lateContributor + " 配合材料逾期报送",
                "三、报告退回情况", lead + " 1 已报送");

        ResponseEntity<byte[]> docx = bulletin("admin", seed.planId(), lastPeriodId, "docx");
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("督查通报", label(lastPeriodId), "牵头单位逾期 3 天报送", lead);
            assertThat(document.getTables()).hasSize(5);
        }
    }

    @Test
    void aNoticeIsListedInTheBulletinOfThePeriodItWasIssuedIn() throws IOException {
        assertThat(pdfText(bulletin("coordinator", seed.planId(), noticePeriodId, "pdf").getBody()))
                .contains("四、本期督办情况", noticeNumber, "蓝色督办 逾期");
        assertThat(pdfText(bulletin("coordinator", seed.planId(), otherPeriodId, "pdf").getBody()))
                .doesNotContain(noticeNumber);
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
