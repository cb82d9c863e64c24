package org.policyflow.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.policyflow.simulation.TaskForms.Form;
import org.policyflow.simulation.TaskForms.Values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the responsible bodies do with their tasks: 签收 (lead and parts), work plans, 配合材料 (on time or late),
 * 编制进展报告 with figures that keep up with 序时进度 or miss it, 延期申请, and answers to 督办 notices.
 */
final class Departments {

    private final PolicyFlowClient client;
    private final TaskForms forms;
    private final DueDates dueDates;
    private final Decisions decisions;
    private final PlanFacts facts;

    Departments(PolicyFlowClient client, TaskForms forms, DueDates dueDates, Decisions decisions, PlanFacts facts) {
        this.client = client;
        this.forms = forms;
        this.dueDates = dueDates;
        this.decisions = decisions;
        this.facts = facts;
    }

    /** 签收并制定工作计划: accept with a milestone per period and target, or contest the assignment once. */
    Outcome acknowledgeLead(OpenTask task) {
        Form form = forms.read(task);
        if (!form.has("lastContestReason") && decisions.contests(task.item())) {
            return forms.submit(task, new Values().text("acknowledgement", "contest")
                    .text("contestReason", "本单位职责与该事项主要内容不完全对应,请协调办公室确认牵头单位"));
        }
        ArrayNode milestones = form.rows("milestones");
        for (JsonNode row : milestones) {
            ObjectNode milestone = (ObjectNode) row;
            double expected = facts.expectedProgress(milestone.path("periodId").asLong());
            milestone.put("milestone", "完成" + milestone.path("target").asText() + "的阶段任务");
            if (milestone.hasNonNull("targetId")) {
                milestone.put("plannedValue", round(facts.targetValue(milestone.get("targetId").asLong()) * expected));
            }
        }
        return forms.submit(task, new Values().text("acknowledgement", "accept").json("milestones", milestones));
    }

    /** 签收配合任务. */
    Outcome acknowledgePart(OpenTask task) {
        return forms.submit(task, new Values().bool("partAcknowledged", true)
                .text("acknowledgementComment", "已签收,按职责分工落实"));
    }

    /**
     * 报送配合材料. A late contributor first lets the timers it would have met fire (reminder, then 催办, then the
     * escalation after the grace period) and waits for an escalation to be resolved before it submits.
     */
    Outcome submitContribution(OpenTask task) {
        Decisions.Lateness lateness = decisions.contribution(task.item(), task.period(), task.departmentId());
        if (lateness != Decisions.Lateness.ON_TIME) {
            DueDates.Scope scope = dueDates.scopeOf(task);
            dueDates.fire(scope, "ContributionReminder");
            if (lateness.compareTo(Decisions.Lateness.URGED) >= 0) {
                dueDates.fire(scope, "ContributionOverdue");
            }
            // 催办 has just started the grace period's timer: the scope is read again to find it
            if (lateness == Decisions.Lateness.ESCALATED && (dueDates.fire(dueDates.scopeOf(task), "GraceExpired")
                    || dueDates.escalationRunning(task.processInstanceId(), task.departmentId()))) {
                return Outcome.WAITING;
            }
        }
        return forms.submit(task, new Values()
                .text("contributionNarrative", task.period() + "按分工推进相关工作,完成情况已汇总报牵头单位")
                .text("evidence", lateness == Decisions.Lateness.ON_TIME ? "工作台账" : "工作台账(逾期补报)"));
    }

    /**
     * 编制进展报告: asks for an extension first if it decides so (and waits for the office's decision), then reports a
     * figure for every numeric target; a revision after a return makes up part of the gap.
     */
    Outcome compileReport(OpenTask task) {
        Form form = forms.read(task);
        int revision = form.integer("returnCount", 0) + 1;
        if (revision == 1 && decisions.asksExtension(task.item(), task.period())) {
            if (!form.has("extensionId")) {
                Map<String, Object> request = Map.of("reason", "部分指标数据需待统计部门发布后核实,申请延期报送",
                        "newDueDate", form.date("dueAt").plusDays(decisions.extensionDays(task.item(), task.period()))
                                .toString());
                return client.post(task.account(), "/api/tasks/" + task.id() + "/extension", request).conflict()
                        ? Outcome.CONFLICT : Outcome.ACTED;
            }
            if (!form.has("extensionDecision")) {
                return Outcome.WAITING;
            }
        }
        ArrayNode figures = form.rows("targetValues");
        double expected = facts.expectedProgress(task.periodId());
        for (JsonNode row : figures) {
            long target = row.get("targetId").asLong();
            double share = decisions.performance(task.item(), task.period(), facts.targetText(target), revision);
            ((ObjectNode) row).put("value", round(facts.targetValue(target) * expected * share));
        }
        return forms.submit(task, new Values()
                .text("narrative", task.period() + "各项工作按计划推进" + (revision > 1 ? ",已按审核意见修改" : ""))
                .text("problems", "个别指标进度有待加快").text("nextSteps", "加强统筹调度,确保完成全年目标")
                .json("targetValues", figures));
    }

    /** 整改反馈: answer the notice, or let its deadline pass (the escalation then rises a level). */
    Outcome submitRectification(OpenTask task) {
        if (!decisions.answersRectification(task.title(), task.departmentId())) {
            if (dueDates.fire(dueDates.scopeOf(task), "RectificationDeadlinePassed")) {
                return Outcome.ACTED;
            }
        }
        return forms.submit(task, new Values().text("rectificationText", "已对照督办要求逐项整改,相关工作已补齐")
                .text("measures", "明确专人负责,建立周调度机制").text("evidenceNote", "整改台账"));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
