package org.policyflow.workflow;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.policyflow.reporting.AcknowledgeLeadCompleted;
import org.policyflow.reporting.AcknowledgeLeadCreated;
import org.policyflow.reporting.AcknowledgePartCompleted;
import org.policyflow.reporting.AssignLeadCompleted;
import org.policyflow.reporting.CompileReportCompleted;
import org.policyflow.reporting.CompileReportCreated;
import org.policyflow.reporting.ExtensionApproved;
import org.policyflow.reporting.ExtensionRefused;
import org.policyflow.reporting.ExtensionRequested;
import org.policyflow.reporting.FinalAssessmentCompleted;
import org.policyflow.reporting.ReportingRecords;
import org.policyflow.reporting.ReviewReportCompleted;
import org.policyflow.reporting.ReviewReportCreated;
import org.policyflow.reporting.SendReminder;
import org.policyflow.reporting.SubmitContributionCompleted;
import org.policyflow.reporting.SubmitContributionCreated;
import org.policyflow.reporting.TrafficLightRating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * PolicyFlow's side of the plain process tests: its tables in the in-memory database of the "process-tests" engine
 * (camunda.cfg.xml), the real listeners and delegates registered under their Spring bean names through
 * {@link Mocks}, and a plan with one item, its bodies, targets and calendar written with JDBC.
 */
public final class ProcessFixture {

    public static final String LEAD = "shangwu";
    public static final String OTHER_LEAD = "minzheng";
    public static final List<String> CONTRIBUTORS = List.of("zhujian", "kunshan");
    /** The plan year 2025, published 2025-07-28, anchored to its own dates: Q3 is due on 2025-10-10. */
    public static final LocalDate TODAY = LocalDate.of(2025, 8, 1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final AtomicInteger PLANS = new AtomicInteger();
    private static DataSource dataSource;

    public final JdbcClient jdbc;
    public final CalendarStore calendar;
    public long planId;
    public long itemId;
    public List<Long> periodIds;
    public List<Long> targetIds;

    public ProcessFixture() {
        this.jdbc = JdbcClient.create(dataSource());
        this.calendar = new CalendarStore(jdbc, new CalendarProperties(null));
        ReportingRecords records = new ReportingRecords(jdbc);
        Mocks.register("acknowledgeLeadCreated", new AcknowledgeLeadCreated(records, calendar));
        Mocks.register("acknowledgeLeadCompleted", new AcknowledgeLeadCompleted(records));
        Mocks.register("assignLeadCompleted", new AssignLeadCompleted(records));
        Mocks.register("acknowledgePartCompleted", new AcknowledgePartCompleted(records));
        Mocks.register("finalAssessmentCompleted", new FinalAssessmentCompleted(records));
        Mocks.register("reportingPeriodOpened", new ReportingPeriodOpened(calendar));
        Mocks.register("submitContributionCreated", new SubmitContributionCreated(records));
        Mocks.register("submitContributionCompleted", new SubmitContributionCompleted(records));
        Mocks.register("compileReportCreated", new CompileReportCreated(records));
        Mocks.register("compileReportCompleted", new CompileReportCompleted(records));
        Mocks.register("trafficLightRating", new TrafficLightRating(records, calendar));
        Mocks.register("reviewReportCreated", new ReviewReportCreated(records));
        Mocks.register("reviewReportCompleted", new ReviewReportCompleted(records));
        Mocks.register("sendReminder", new SendReminder(records));
        Mocks.register("extensionRequested", new ExtensionRequested(records));
        Mocks.register("extensionApproved", new ExtensionApproved(records));
        Mocks.register("extensionRefused", new ExtensionRefused(records));
        ClockUtil.setCurrentTime(java.util.Date.from(TODAY.atTime(9, 0).atZone(ZONE).toInstant()));
    }

    /** The engine's in-memory database, with PolicyFlow's migrations applied once. */
    private static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                    "jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=1000", "sa", "");
            Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            for (String id : List.of("coordination-office", LEAD, OTHER_LEAD, "zhujian", "kunshan")) {
                jdbc.sql("insert into pf_department (id, name, kind, created_at) values (?, ?, 'MUNICIPAL', ?)")
                        .params(id, "测试单位 " + id, Timestamp.from(java.time.Instant.now())).update();
            }
        }
        return dataSource;
    }

    /**
     * A plan with one item "(三) 推进服务供给提质", its lead (or none), the contributors and two targets
     * (满意度达到85分, 新建便民生活圈100个), and its calendar.
     */
    public ProcessFixture item(String lead, List<String> contributors) {
        int n = PLANS.incrementAndGet();
        jdbc.sql("""
                insert into pf_plan (doc_number, title, issuer, published, plan_year, source_sha256, source_text,
                  imported_at, imported_by, calendar_anchor) values (?, '测试方案', '苏州市人民政府办公室', ?, 2025, ?, '正文',
                  ?, 'test', 'ORIGINAL')""")
                .params("测试〔2025〕" + n + "号", LocalDate.of(2025, 7, 28), "0".repeat(64),
                        Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
                .update();
        planId = jdbc.sql("select id from pf_plan where doc_number = ?").param("测试〔2025〕" + n + "号")
                .query(Long.class).single();
        jdbc.sql("""
                insert into pf_item (plan_id, number, label, section_ordinal, title, text, business_key)
                values (?, 3, '(三)', 1, '推进服务供给提质。', '推进服务供给提质。力争全市公共服务质量满意度达到85分。', ?)""")
                .params(planId, businessKey()).update();
        itemId = jdbc.sql("select id from pf_item where plan_id = ?").param(planId).query(Long.class).single();
        int ordinal = 0;
        if (lead != null) {
            body(lead, "LEAD", ++ordinal);
        }
        for (String contributor : contributors) {
            body(contributor, contributor.equals("kunshan") ? "IMPLEMENTER" : "SUPPORTING", ++ordinal);
        }
        target(1, "全市公共服务质量满意度达到85分", 85, "分");
        target(2, "新建城市一刻钟便民生活圈100个", 100, "个");
        targetIds = jdbc.sql("select id from pf_target where item_id = ? order by ordinal").param(itemId)
                .query(Long.class).list();
        periodIds = calendar.createFor(planId).stream().map(CalendarStore.StoredPeriod::id).toList();
        return this;
    }

    public String businessKey() {
        return "测试〔2025〕" + PLANS.get() + "号-3";
    }

    private void body(String department, String role, int ordinal) {
        jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (?, ?, ?, ?)")
                .params(itemId, department, role, ordinal).update();
    }

    private void target(int ordinal, String text, int value, String unit) {
        jdbc.sql("""
                insert into pf_target (item_id, ordinal, text, target_value, unit, comparator)
                values (?, ?, ?, ?, ?, 'REACH')""").params(itemId, ordinal, text, value, unit).update();
    }

    /** The variables ActionItemStarter gives an action-item instance. */
    public Map<String, Object> actionItemVariables(String lead, List<String> supporting, List<String> contributors) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planId", planId);
        variables.put("itemId", itemId);
        variables.put("itemLabel", "(三) 推进服务供给提质");
        variables.put("leadDepartmentId", lead);
        variables.put("supportingDepartmentIds", new ArrayList<>(supporting));
        variables.put("contributorDepartmentIds", new ArrayList<>(contributors));
        variables.put("periodIds", new ArrayList<>(periodIds));
        variables.put("calendarMode", "REAL");
        variables.put("acknowledgeDueAt", java.util.Date.from(TODAY.plusDays(7).atStartOfDay(ZONE).toInstant()));
        variables.put("assessmentDueAt", java.util.Date.from(LocalDate.of(2026, 2, 10).atStartOfDay(ZONE).toInstant()));
        return variables;
    }

    /** The variables action-item passes to one reporting-period instance. */
    public Map<String, Object> periodVariables(int period, List<String> contributors) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planId", planId);
        variables.put("itemId", itemId);
        variables.put("itemLabel", "(三) 推进服务供给提质");
        variables.put("leadDepartmentId", LEAD);
        variables.put("contributorDepartmentIds", new ArrayList<>(contributors));
        variables.put("periodId", periodIds.get(period));
        variables.put("calendarMode", "REAL");
        return variables;
    }

    /** Figures for the two targets, as the report form submits them. */
    public List<Map<String, Object>> figures(Object satisfaction, Object serviceCircles) {
        return List.of(Map.of("targetId", targetIds.get(0), "value", satisfaction),
                Map.of("targetId", targetIds.get(1), "value", serviceCircles));
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }
}
