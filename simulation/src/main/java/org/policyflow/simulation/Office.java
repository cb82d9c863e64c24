package org.policyflow.simulation;

import java.time.LocalDate;

import org.policyflow.simulation.TaskForms.Form;
import org.policyflow.simulation.TaskForms.Values;

/**
 * What the coordinating office (and, at the top of the ladder, 市政府办公室) does: confirms a contested lead, reviews
 * reports (approve or return with a reason), decides extension requests, issues and checks 督办 notices and makes the
 * year's assessments.
 */
final class Office {

    private final TaskForms forms;
    private final Decisions decisions;

    Office(TaskForms forms, Decisions decisions) {
        this.forms = forms;
        this.decisions = decisions;
    }

    /** 确定牵头单位: confirms the named lead. */
    Outcome assignLead(OpenTask task) {
        Form form = forms.read(task);
        return forms.submit(task, new Values().text("assignedLeadId", form.text("leadDepartmentId"))
                .text("assignmentComment", "经研究,仍由原单位牵头,请按职责抓好落实"));
    }

    /** 审核进展报告. */
    Outcome reviewReport(OpenTask task) {
        int revision = forms.read(task).integer("returnCount", 0) + 1;
        if (decisions.returns(task.item(), task.period(), revision)) {
            return forms.submit(task, new Values().text("reviewDecision", "return")
                    .text("reviewComment", "数据口径与上期不一致,请核实各项指标数值并补充佐证材料"));
        }
        return forms.submit(task, new Values().text("reviewDecision", "approve").text("reviewComment", "同意"));
    }

    /** 审核延期申请. */
    Outcome reviewExtension(OpenTask task) {
        boolean approve = decisions.approvesExtension(task.title());
        return forms.submit(task, new Values().text("decision", approve ? "approve" : "refuse")
                .text("reviewComment", approve ? "理由充分,同意延期" : "理由不充分,请按原期限报送"));
    }

    /** 签发督办单: requirements and a rectification deadline as many days ahead as the level gives. */
    Outcome issueNotice(OpenTask task) {
        int days = forms.read(task).integer("rectificationDays", 7);
        return forms.submit(task, new Values().text("requirements", "请于期限内完成整改并报送整改情况和佐证材料")
                .text("rectificationDeadline", LocalDate.now(SimulateCommand.ZONE).plusDays(days).toString()));
    }

    /** 审核整改情况. */
    Outcome checkRectification(OpenTask task) {
        boolean accept = decisions.acceptsRectification(task.title(), task.departmentId());
        return forms.submit(task, new Values().text("checkResult", accept ? "RESOLVED" : "UNRESOLVED")
                .text("checkComment", accept ? "整改到位" : "整改不到位,升级督办"));
    }

    /** 年度考核评定: the rating follows the item's latest light, the score a few points around it. */
    Outcome assessItem(OpenTask task) {
        String light = task.light() == null ? "GREEN" : task.light();
        int jitter = decisions.scoreJitter(task.item());
        String result;
        int score;
        switch (light) {
            case "RED" -> {
                result = "NOT_COMPLETED";
                score = 50 + jitter;
            }
            case "YELLOW" -> {
                result = "MOSTLY_COMPLETED";
                score = 75 + jitter;
            }
            default -> {
                result = "COMPLETED";
                score = 90 + jitter;
            }
        }
        return forms.submit(task, new Values().text("assessmentResult", result).number("assessmentScore", score)
                .text("assessmentComment", "按年度目标完成情况评定"));
    }
}
