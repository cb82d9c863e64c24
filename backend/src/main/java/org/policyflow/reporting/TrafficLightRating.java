package org.policyflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.reporting.ReportingRecords.ReportedValue;
import org.policyflow.reporting.ReportingRecords.Target;
import org.policyflow.calendar.CalendarStore;
import org.policyflow.calendar.CalendarStore.StoredPeriod;
import org.policyflow.calendar.ProgressClock;
import org.springframework.stereotype.Component;

/**
 * 评定红黄绿灯: rates every numeric target of the report and the item with traffic-light.dmn. Progress is the
 * reported value against the target, compared with 序时进度 (the share of the plan's calendar elapsed at the period's
 * end); lateness is the days the report came after its due date. The item takes its worst rating.
 */
@Component
class TrafficLightRating implements JavaDelegate {

    static final String DECISION = "traffic-light";
    private static final List<String> WORST_LAST = List.of("GREEN", "YELLOW", "RED");

    private final ReportingRecords records;
    private final CalendarStore calendar;

    TrafficLightRating(ReportingRecords records, CalendarStore calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        long reportId = ProcessVariables.reportId(execution);
        int daysLate = records.daysLate(reportId);
        BigDecimal expected = expectedProgress(ProcessVariables.periodId(execution));
        List<Target> targets = records.targets(ProcessVariables.itemId(execution));
        String itemRating = rate(decisions, null, daysLate);
        for (ReportedValue value : records.reportValues(reportId)) {
            Target target = targets.stream().filter(t -> t.id() == value.targetId()).findFirst().orElseThrow();
            Double ratio = target.targetValue().signum() == 0 || expected.signum() == 0 ? null
                    : value.reportedValue().divide(target.targetValue(), 6, RoundingMode.HALF_UP)
                            .divide(expected, 6, RoundingMode.HALF_UP).doubleValue();
            String rating = rate(decisions, ratio, daysLate);
            records.rateTarget(reportId, target.id(), expected, rating);
            itemRating = worse(itemRating, rating);
        }
        records.rateReport(reportId, itemRating);
        execution.setVariable(ProcessVariables.ITEM_RATING, itemRating);
    }

    /** 序时进度 at the end of the reported period. */
    private BigDecimal expectedProgress(long periodId) {
        StoredPeriod period = calendar.period(periodId);
        return ProgressClock.of(calendar.periodsOf(period.planId())).expectedAt(period.period().endsAt());
    }

    private static String rate(DecisionService decisions, Double progressRatio, int daysLate) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("progressRatio", progressRatio);
        inputs.put("daysLate", daysLate);
        return decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleEntry();
    }

    private static String worse(String a, String b) {
        return WORST_LAST.indexOf(a) >= WORST_LAST.indexOf(b) ? a : b;
    }
}
