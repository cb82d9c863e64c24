package org.policyflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.SubmissionRejected;
import org.policyflow.identity.CurrentUser;
import org.policyflow.plan.BodyRole;
import org.policyflow.plan.PlanQueries;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 申请调整工作计划: the item's current lead (the body whose plan is in force, the one that compiles the reports)
 * proposes every cell anew with a reason; the request and its cells are recorded and work-plan-change started in one
 * transaction, so a refused request leaves nothing behind. One open request per item.
 */
@Service
class WorkPlanChangeRequests {

    static final String PROCESS_KEY = "work-plan-change";
    /** pf_work_plan_change.reason */
    static final int MAX_REASON = 2000;

    /**
     * A proposed cell as the client sends it, checked like the 签收并制定工作计划 form's rows (Object: a value of the
     * wrong kind is refused naming its cell, never coerced).
     *
     * @param plannedValue a non-negative number in the target's unit, or null for a qualitative target
     * @param milestone    the milestone's text (required, at most 2,000 characters)
     */
    @Schema(name = "WorkPlanChangeCell")
    record ProposedCell(@Schema(implementation = BigDecimal.class) @Nullable Object plannedValue,
                        @Schema(type = "string") @Nullable Object milestone) {
    }

    private final WorkPlanChangeRecords records;
    private final PlanQueries plans;
    private final RuntimeService runtimeService;

    WorkPlanChangeRequests(WorkPlanChangeRecords records, PlanQueries plans, RuntimeService runtimeService) {
        this.records = records;
        this.plans = plans;
        this.runtimeService = runtimeService;
    }

    @Transactional
    long request(long itemId, Object reason, List<ProposedCell> cells, CurrentUser user) {
        WorkPlanChangeRecords.ItemRef item = records.item(itemId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "事项 " + itemId + " 不存在"));
        WorkPlanChangeRecords.CurrentPlan plan = records.currentPlan(itemId).orElse(null);
        if (plan == null || !user.departmentIds().contains(plan.departmentId())) {
            boolean lead = user.departmentIds().stream()
                    .anyMatch(body -> plans.roleOf(itemId, body).orElse(null) == BodyRole.LEAD);
            throw plan == null && lead
                    ? new ResponseStatusException(HttpStatus.CONFLICT, "该事项尚无工作计划(签收时制定),无从调整")
                    : new ResponseStatusException(HttpStatus.FORBIDDEN, "只有事项的牵头单位可以申请调整工作计划");
        }
        refuseSecond(itemId);
        String why = checkedReason(reason);
        List<WorkPlanChangeRecords.PlanCell> current = records.cells(plan.id());
        if (cells == null || cells.size() != current.size()) {
            throw badRequest("「工作计划」(cells) 应有 " + current.size() + " 格(每项指标每个报告期一格,按现行计划的顺序),收到 "
                    + (cells == null ? 0 : cells.size()) + " 格");
        }
        List<WorkPlanCells.Milestone> proposed = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < current.size(); i++) {
            WorkPlanChangeRecords.PlanCell before = current.get(i);
            ProposedCell cell = cells.get(i) == null ? new ProposedCell(null, null) : cells.get(i);
            WorkPlanCells.Milestone milestone;
            try {
                milestone = WorkPlanCells.milestone(before.cell(), cell.milestone(), cell.plannedValue(), "cells");
            } catch (SubmissionRejected e) {
                throw badRequest(e.getMessage());
            }
            proposed.add(milestone);
            if (!milestone.text().equals(before.milestone()) || !sameNumber(milestone, before)) {
                changed++;
            }
        }
        if (changed == 0) {
            throw badRequest("调整后的工作计划与现行计划相同,请至少修改一格的「计划值」或「阶段目标」");
        }
        long changeId;
        try {
            changeId = records.request(itemId, plan.departmentId(), plan.id(), why, changed, user.userId());
        } catch (DuplicateKeyException e) {
            throw openAlready();
        }
        for (int i = 0; i < current.size(); i++) {
            records.cell(changeId, i, current.get(i).cell(), proposed.get(i));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ITEM_ID, itemId);
        variables.put(ProcessVariables.ITEM_LABEL, item.label());
        variables.put(ProcessVariables.WORK_PLAN_CHANGE_ID, changeId);
        variables.put(ProcessVariables.CHANGE_REASON, why);
        records.processInstance(changeId, runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, item.businessKey(), variables).getId());
        return changeId;
    }

    private String checkedReason(Object reason) {
        String text;
        try {
            text = reason == null ? "" : FormValues.text(reason, "reason", "调整理由").strip();
        } catch (SubmissionRejected e) {
            throw badRequest(e.getMessage());
        }
        if (text.isEmpty()) {
            throw badRequest("请填写「调整理由」(reason)");
        }
        if (text.length() > MAX_REASON) {
            throw badRequest("「调整理由」(reason) 不能超过 " + MAX_REASON + " 字(现有 " + text.length() + " 字),未保存");
        }
        return text;
    }

    /** The open request's check before writing; the unique open_item_id decides a race between two requests. */
    private void refuseSecond(long itemId) {
        if (records.hasOpen(itemId)) {
            throw openAlready();
        }
    }

    private static boolean sameNumber(WorkPlanCells.Milestone proposed, WorkPlanChangeRecords.PlanCell before) {
        return proposed.plannedValue() == null || before.plannedValue() == null
                ? Objects.equals(proposed.plannedValue(), before.plannedValue())
                : proposed.plannedValue().compareTo(before.plannedValue()) == 0;
    }

    private static ResponseStatusException openAlready() {
        return new ResponseStatusException(HttpStatus.CONFLICT, "该事项已有一份工作计划调整申请在审批中,请待协调办审批后再申请");
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
