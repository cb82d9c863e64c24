package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.calendar.CalendarStore;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.ReportingCalendar;
import org.policyflow.calendar.ReportingPeriod;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.plan.PlanImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns an imported plan into work: stores its reporting calendar and starts one action-item instance per item, in
 * the import's transaction (a failure here undoes the import), then announces them with {@link ActionItemsStarted}.
 * Instances carry ids and routing only; the items and their bodies come with {@link PlanImported}.
 */
@Component
class ActionItemStarter {

    private final RuntimeService runtimeService;
    private final CalendarStore calendar;
    private final ApplicationEventPublisher events;

    ActionItemStarter(RuntimeService runtimeService, CalendarStore calendar, ApplicationEventPublisher events) {
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.events = events;
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
        List<ActionItemsStarted.Instance> started = new ArrayList<>();
        for (PlanImported.Item item : event.items()) {
            started.add(start(item, common));
        }
        events.publishEvent(new ActionItemsStarted(started));
    }

    private ActionItemsStarted.Instance start(PlanImported.Item item, Map<String, Object> common) {
        Map<String, Object> variables = new HashMap<>(common);
        variables.put(ProcessVariables.ITEM_ID, item.id());
        variables.put(ProcessVariables.ITEM_LABEL, itemLabel(item.label(), item.title()));
        variables.put(ProcessVariables.LEAD_DEPARTMENT_ID, item.lead());
        List<String> contributors = new ArrayList<>(item.supporting());
        contributors.addAll(item.implementers());
        variables.put(ProcessVariables.SUPPORTING_DEPARTMENT_IDS, new ArrayList<>(item.supporting()));
        variables.put(ProcessVariables.CONTRIBUTOR_DEPARTMENT_IDS, contributors);
        String instanceId = runtimeService.startProcessInstanceByKey(ActionItemsStarted.PROCESS_KEY,
                item.businessKey(), variables).getId();
        Set<String> bodies = new LinkedHashSet<>();
        if (item.lead() != null) {
            bodies.add(item.lead());
        }
        bodies.addAll(contributors);
        return new ActionItemsStarted.Instance(item.id(), instanceId, List.copyOf(bodies));
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
