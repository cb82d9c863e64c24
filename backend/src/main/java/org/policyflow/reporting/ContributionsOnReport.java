package org.policyflow.reporting;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.TaskKey;

/**
 * The contributors' material as the lead's 编制进展报告 and the office's 审核进展报告 show it (form list
 * {@value #VARIABLE}): one row per contributor (the body's name), submitted with its time (Asia/Shanghai), text
 * ({@code material}), figures ({@code figures}, one "target: value unit" line each) and evidence note
 * ({@code evidence}), or marked 未报送. The lead's report
 * opens on the calendar and does not wait for late contributors, so a contribution that arrives while the report is
 * being written or reviewed is added to the open task at once.
 * <p>
 * Each row carries its state twice: {@code state} in Chinese for the .form as Tasklist renders it, and the codes
 * {@code status} ({@value #SUBMITTED} or {@value #MISSING_CODE}) with {@code submittedAt} (yyyy-MM-dd HH:mm, Suzhou),
 * which the web client shows in the page's language.
 */
final class ContributionsOnReport {

    static final String VARIABLE = "contributions";
    static final String MISSING = "未报送";
    static final String SUBMITTED = "SUBMITTED";
    static final String MISSING_CODE = "MISSING";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ContributionsOnReport() {
    }

    /** Shows the rows on a report or review task being created. */
    static void show(ReportingRecords records, DelegateTask task) {
        Prefill.rows(task, VARIABLE, rows(records, states(records, task), ProcessVariables.itemId(task)));
    }

    /**
     * The sum of the submitted contributions' figures for each target whose figure adds up
     * ({@link ReportingRecords.Target#addsUp()}); targets no contributor gave a figure for are left out.
     */
    static List<ReportingRecords.ReportedValue> sums(ReportingRecords records, DelegateTask task,
            List<ReportingRecords.Target> targets) {
        Map<Long, BigDecimal> sums = new LinkedHashMap<>();
        for (ReportingRecords.ContributionState state : states(records, task)) {
            if (state.id() != null) {
                records.contributionValues(state.id()).forEach(value ->
                        sums.merge(value.targetId(), value.reportedValue(), BigDecimal::add));
            }
        }
        return targets.stream().filter(ReportingRecords.Target::addsUp).filter(target -> sums.containsKey(target.id()))
                .map(target -> new ReportingRecords.ReportedValue(target.id(), sums.get(target.id()))).toList();
    }

    /** How many contributions are missing now (when the lead submits its report). */
    static int missing(ReportingRecords records, DelegateTask task) {
        return (int) states(records, task).stream().filter(state -> state.recordedAt() == null).count();
    }

    /** After a contribution was recorded: refreshes the rows of the instance's open report or review task. */
    static void refresh(ReportingRecords records, DelegateTask contribution) {
        TaskService tasks = contribution.getProcessEngineServices().getTaskService();
        RuntimeService runtime = contribution.getProcessEngineServices().getRuntimeService();
        List<Task> open = tasks.createTaskQuery().processInstanceId(contribution.getProcessInstanceId())
                .taskDefinitionKeyIn(TaskKey.COMPILE_REPORT.id(), TaskKey.REVIEW_REPORT.id()).list();
        if (open.isEmpty()) {
            return;
        }
        Object rows = SpinValues.jsonValue(Prefill.json(rows(records, states(records, contribution),
                ProcessVariables.itemId(contribution)))).create();
        for (Task task : open) {
            runtime.setVariableLocal(task.getExecutionId(), VARIABLE, rows);
        }
    }

    private static List<ReportingRecords.ContributionState> states(ReportingRecords records, VariableScope scope) {
        Object ids = scope.getVariable(ProcessVariables.CONTRIBUTOR_DEPARTMENT_IDS);
        List<String> contributors = ids == null ? List.of() : ((List<?>) ids).stream().map(Object::toString).toList();
        return records.contributionStates(ProcessVariables.itemId(scope), ProcessVariables.periodId(scope),
                contributors);
    }

    private static List<Map<String, Object>> rows(ReportingRecords records,
            List<ReportingRecords.ContributionState> states, long itemId) {
        List<ReportingRecords.Target> targets = records.targets(itemId);
        return states.stream().map(state -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contributor", state.departmentName());
            String at = state.recordedAt() == null ? null
                    : MINUTES.format(state.recordedAt().toInstant().atZone(EngineClock.ZONE));
            row.put("state", at == null ? MISSING : "已报送 " + at);
            row.put("status", at == null ? MISSING_CODE : SUBMITTED);
            row.put("submittedAt", at);
            row.put("material", state.narrative() == null ? "" : state.narrative());
            row.put("figures", state.id() == null ? "" : figures(records.contributionValues(state.id()), targets));
            row.put("evidence", state.evidence() == null ? "" : state.evidence());
            return row;
        }).toList();
    }

    /** "target: value unit", one line per figure, in the order of the item's targets. */
    private static String figures(List<ReportingRecords.ReportedValue> values, List<ReportingRecords.Target> targets) {
        return targets.stream().flatMap(target -> values.stream().filter(value -> value.targetId() == target.id())
                        .map(value -> target.text() + ":" + value.reportedValue().stripTrailingZeros().toPlainString()
                                + target.unit()))
                .collect(Collectors.joining("\n"));
    }
}
