package org.policyflow.reporting;

import org.policyflow.calendar.CalendarStore;
import org.policyflow.calendar.ReportingCalendar;
import org.policyflow.calendar.ReportingPeriod;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.plan.BodyRole;
import org.policyflow.plan.PlanImported;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns an imported plan into work: stores its reporting calendar and starts one action-item instance per item, in
 * the import's transaction (a failure here undoes the import). Instances carry ids and routing only.
 */
@Component
class ActionItemStarter {

    static final String PROCESS_KEY = "action-item";

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final CalendarStore calendar;

    ActionItemStarter(JdbcClient jdbc, RuntimeService runtimeService, CalendarStore calendar) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
    }

    @EventListener
    void onPlanImported(PlanImported event) {
        List<StoredPeriod> periods = calendar.createFor(event.planId());
        List<ReportingPeriod> dates = periods.stream().map(StoredPeriod::period).toList();
        Map<String, Object> common = new HashMap<>();
        common.put(ProcessVariables.PLAN_ID, event.planId());
        common.put(ProcessVariables.PERIOD_IDS, new ArrayList<>(periods.stream().map(StoredPeriod::id).toList()));
        common.put(ProcessVariables.CALENDAR_MODE, calendar.calendarMode());
        common.put(ProcessVariables.ACKNOWLEDGE_DUE_AT, Date.from(ReportingCalendar.acknowledgementDue(dates)));
        common.put(ProcessVariables.ASSESSMENT_DUE_AT, Date.from(ReportingCalendar.assessmentDue(dates)));
        for (long itemId : event.itemIds()) {
            start(itemId, common);
        }
    }

    private void start(long itemId, Map<String, Object> common) {
        record Item(String label, String title, String businessKey) {
        }
        // columns named as the record's components: a snake_case name costs the row mapper a driver exception first
        Item item = jdbc.sql("select label, title, business_key as businessKey from pf_item where id = ?").param(itemId)
                .query(Item.class).single();
        Map<String, Object> variables = new HashMap<>(common);
        variables.put(ProcessVariables.ITEM_ID, itemId);
        variables.put(ProcessVariables.ITEM_LABEL, itemLabel(item.label(), item.title()));
        variables.put(ProcessVariables.LEAD_DEPARTMENT_ID,
                bodies(itemId, BodyRole.LEAD).stream().findFirst().orElse(null));
        List<String> supporting = bodies(itemId, BodyRole.SUPPORTING);
        List<String> implementers = bodies(itemId, BodyRole.IMPLEMENTER);
        List<String> contributors = new ArrayList<>(supporting);
        contributors.addAll(implementers);
        variables.put(ProcessVariables.SUPPORTING_DEPARTMENT_IDS, supporting);
        variables.put(ProcessVariables.CONTRIBUTOR_DEPARTMENT_IDS, contributors);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, item.businessKey(), variables);
    }

    private ArrayList<String> bodies(long itemId, BodyRole role) {
        return new ArrayList<>(jdbc.sql("""
                select department_id from pf_item_body where item_id = ? and role = ? order by ordinal""")
                .params(itemId, role.name()).query(String.class).list());
    }

    /** "(三) 推进服务供给提质": the label and the item's first sentence without its full stop. */
    static String itemLabel(String label, String title) {
        String shortTitle = title.strip();
        while (shortTitle.endsWith("。") || shortTitle.endsWith(".")) {
            shortTitle = shortTitle.substring(0, shortTitle.length() - 1);
        }
        return label.strip() + " " + shortTitle;
    }
}
