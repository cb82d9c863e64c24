package org.policyflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.policyflow.reporting.ReportingRecords.ReportedValue;
import org.policyflow.reporting.ReportingRecords.Target;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.SubmissionRejected;

/** The rows of the target figures a contribution or report form asks for, one per numeric target of the item. */
final class TargetValuesPrefill {

    static final String KEY = "targetValues";

    private TargetValuesPrefill() {
    }

    static void offer(DelegateTask task, List<Target> targets, List<ReportedValue> previous) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Target target : targets) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("targetId", target.id());
            row.put("targetText", target.text());
            row.put("targetValue", target.targetValue().stripTrailingZeros().toPlainString() + target.unit());
            row.put("value", previous.stream().filter(value -> value.targetId() == target.id()).findFirst()
                    .map(ReportedValue::reportedValue).map(BigDecimal::stripTrailingZeros).orElse(null));
            rows.add(row);
        }
        Prefill.rows(task, KEY, rows);
    }

    /** A submitted figure for one target, checked. */
    record Figure(long targetId, BigDecimal value) {
    }

    /**
     * @param required whether every target needs a figure (the lead's report) or only the ones given count
     */
    static List<Figure> read(FormValues form, List<Target> targets, boolean required) {
        List<Figure> figures = new ArrayList<>();
        Set<Long> given = new HashSet<>();
        int rows = 0;
        for (Map<String, Object> row : form.rows(KEY)) {
            int line = ++rows;
            long targetId = FormValues.id(row.get("targetId"), KEY, "第" + line + "行的指标编号");
            Target target = targets.stream().filter(t -> t.id() == targetId).findFirst()
                    .orElseThrow(() -> new SubmissionRejected(KEY, "第" + line + "行的指标编号 " + targetId
                            + " 不是本事项的指标"));
            if (!given.add(targetId)) {
                throw new SubmissionRejected(KEY, "指标「" + target.text() + "」填写了不止一行");
            }
            BigDecimal value = FormValues.nonNegative(row.get("value"), KEY, "本期数值(" + target.text() + ")");
            if (value != null) {
                figures.add(new Figure(targetId, value));
            } else if (required) {
                throw new SubmissionRejected(KEY, "请填写「本期数值(" + target.text() + ")」");
            }
        }
        if (required && figures.size() < targets.size()) {
            throw new SubmissionRejected(KEY, "请填写每个指标的本期数值");
        }
        return figures;
    }
}
