package org.policyflow.reporting;

import org.policyflow.calendar.CalendarProperties;
import org.policyflow.calendar.CalendarStore;
import org.policyflow.engine.EngineClock;
import org.policyflow.plan.PlanQueries;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;

/**
 * PolicyFlow's side of the plain process tests (camunda-bpm-assert on the "process-tests" engine of process-tests.cfg.xml):
 * its Flyway-migrated tables in the engine's in-memory database, every listener and delegate bean of the reporting,
 * escalation and calendar packages (with the plan's query class the calendar reads through) created as Spring would
 * and registered under its bean name through {@link Mocks}, the bodies, and a plan with one item, its targets and
 * calendar written with JDBC.
 * <p>
 * The base of the plain process tests (one model's paths, timers and listeners, with the engine's clock in hand):
 * they run on this one engine without starting the application. A test that needs HTTP, security or the
 * application's start-up extends org.policyflow.ApplicationTest instead.
 */
public final class ProcessFixture {

    /**
     * The process tests' engine configuration. Not camunda.cfg.xml, Camunda's default name: ProcessEngines.init(),
     * which the webapps call in the Spring Boot tests of the same JVM, would then start this engine too.
     */
    public static final String ENGINE_CONFIGURATION = "process-tests.cfg.xml";

    public static final String LEAD = "shangwu";
    public static final String OTHER_LEAD = "minzheng";
    public static final List<String> CONTRIBUTORS = List.of("zhujian", "kunshan");
    public static final String ITEM_LABEL = "(三) 推进服务供给提质";
    /** The plan year 2025, published 2025-07-28, anchored to its own dates: Q3 is due on 2025-10-10. */
    public static final LocalDate TODAY = LocalDate.of(2025, 8, 1);
    public static final ZoneId ZONE = EngineClock.ZONE;

    private static final String URL = "jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=1000";
    private static final AtomicInteger PLANS = new AtomicInteger();
    private static DataSource dataSource;
    private static AnnotationConfigApplicationContext engineBeans;

    public final JdbcClient jdbc;
    public final CalendarStore calendar;
    public long planId;
    public long itemId;
    public List<Long> periodIds;
    public List<Long> targetIds;

    /** Registers the beans the models name and sets the engine's clock to {@link #TODAY} 09:00. */
    public ProcessFixture() {
        AnnotationConfigApplicationContext beans = engineBeans();
        this.jdbc = beans.getBean(JdbcClient.class);
        this.calendar = beans.getBean(CalendarStore.class);
        for (String name : beans.getBeanNamesForType(Object.class)) {
            Object bean = beans.getBean(name);
            if (bean instanceof JavaDelegate || bean instanceof TaskListener || bean instanceof ExecutionListener) {
                Mocks.register(name, bean);
            }
        }
        ClockUtil.setCurrentTime(java.util.Date.from(TODAY.atTime(9, 0).atZone(ZONE).toInstant()));
    }

    /**
     * The listeners, delegates and repositories of the packages the models call into, wired by constructor as in the
     * application, on the engine's in-memory database with PolicyFlow's migrations and the bodies applied once.
     */
    private static synchronized AnnotationConfigApplicationContext engineBeans() {
        if (engineBeans == null) {
            dataSource = new SimpleDriverDataSource(new org.h2.Driver(), URL, "sa", "");
            Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            insertDepartments(jdbc, List.of("coordination-office", "city-government-office", LEAD, OTHER_LEAD,
                    "zhujian", "kunshan"));
            AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
            context.registerBean(JdbcClient.class, () -> jdbc);
            context.registerBean(CalendarProperties.class, () -> new CalendarProperties(null));
            context.registerBean(EngineClock.class);
            // what the calendar reads of a plan
            context.registerBean(PlanQueries.class);
            // the work plan's cells, which both listeners of 签收并制定工作计划 read
            context.registerBean(WorkPlanCells.class);
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
            TypeFilter component = new AnnotationTypeFilter(Component.class);
            List<TypeFilter> engineFacing = List.of(new AnnotationTypeFilter(Repository.class),
                    new AssignableTypeFilter(JavaDelegate.class), new AssignableTypeFilter(TaskListener.class),
                    new AssignableTypeFilter(ExecutionListener.class));
            scanner.addIncludeFilter((reader, factory) -> component.match(reader, factory)
                    && engineFacing.stream().anyMatch(filter -> {
                        try {
                            return filter.match(reader, factory);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            scanner.scan(Stream.of("reporting", "escalation", "calendar").map(p -> "org.policyflow." + p)
                    .toArray(String[]::new));
            context.refresh();
            engineBeans = context;
        }
        return engineBeans;
    }

    /** Inserts the bodies that are not registered yet (each test database or application keeps its own). */
    public static void insertDepartments(JdbcClient jdbc, List<String> ids) {
        for (String id : ids) {
            if (jdbc.sql("select count(*) from pf_department where id = ?").param(id).query(Long.class).single() == 0) {
                jdbc.sql("insert into pf_department (id, name, kind, created_at) values (?, ?, 'MUNICIPAL', ?)")
                        .params(id, "测试单位 " + id, Timestamp.from(java.time.Instant.now())).update();
            }
        }
    }

    /**
     * A plan with one item "(三) 推进服务供给提质", its lead (or none), the contributors and two targets
     * (满意度达到85分, 新建便民生活圈100个), and its calendar.
     */
    public ProcessFixture item(String lead, List<String> contributors) {
        itemId = itemOf(jdbc, "测试〔2025〕" + PLANS.incrementAndGet() + "号");
        planId = jdbc.sql("select plan_id from pf_item where id = ?").param(itemId).query(Long.class).single();
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

    /**
     * The item (三) of the plan with this document number (published 2025-07-28, anchored to its own dates),
     * inserted with its plan unless it is there already; returns the item's id.
     */
    public static long itemOf(JdbcClient jdbc, String docNumber) {
        String businessKey = docNumber + "-3";
        if (jdbc.sql("select count(*) from pf_item where business_key = ?").param(businessKey).query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into pf_plan (doc_number, title, issuer, published, plan_year, source_sha256, source_text,
                      imported_at, imported_by, calendar_anchor) values (?, '测试方案', '苏州市人民政府办公室', ?, 2025, ?, '正文',
                      ?, 'test', 'ORIGINAL')""")
                    .params(docNumber, LocalDate.of(2025, 7, 28), "0".repeat(64),
                            Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
                    .update();
            jdbc.sql("""
                    insert into pf_item (plan_id, number, label, section_ordinal, title, text, business_key)
                    select id, 3, '(三)', 1, '推进服务供给提质。', '推进服务供给提质。力争全市公共服务质量满意度达到85分。', ?
                    from pf_plan where doc_number = ?""")
                    .params(businessKey, docNumber).update();
        }
        return jdbc.sql("select id from pf_item where business_key = ?").param(businessKey).query(Long.class).single();
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
        variables.put("itemLabel", ITEM_LABEL);
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
        variables.put("itemLabel", ITEM_LABEL);
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

    /** The inputs the action-item and reporting-period processes pass to the escalation call activity. */
    public static Map<String, Object> escalationInputs(long itemId, String departmentId, String trigger) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("itemId", itemId);
        variables.put("periodId", null);
        variables.put("departmentId", departmentId);
        variables.put("trigger", trigger);
        variables.put("reason", "2025年第三季度进展报告逾期未报");
        variables.put("itemLabel", ITEM_LABEL);
        variables.put("periodLabel", "2025年第三季度");
        return variables;
    }

    /** The notices the escalation listeners wrote for one escalation instance, oldest level first. */
    public static List<Map<String, Object>> escalationNotices(JdbcClient jdbc, String processInstanceId) {
        return jdbc.sql("""
                select n.* from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
                where e.process_instance_id = ? order by n.id""").param(processInstanceId).query().listOfRows();
    }

    /**
     * Lets the calendar reach the lead's report of a reporting-period instance: its 编制进展报告 opens on a timer
     * (ReportOpens) some days before the due date, which a test does not wait for.
     */
    public static void openReport(org.camunda.bpm.engine.ManagementService management, String periodInstanceId) {
        management.executeJob(management.createJobQuery().processInstanceId(periodInstanceId)
                .activityId("ReportOpens").singleResult().getId());
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }
}
