package org.policyflow.escalation;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The coordinating office withdraws or closes a 督办 by hand, with its reason: the instance ends through its event
 * subprocess 督办结束 (cause WITHDRAWN), its open tasks go with it, and the reason shows on the desk and the item's
 * timeline.
 */
@Service
class EscalationWithdrawal {

    static final int MIN_REASON = 2;
    static final int MAX_REASON = 1000;

    private final EscalationRepository repository;
    private final RuntimeService runtime;

    EscalationWithdrawal(EscalationRepository repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @Transactional
    void withdraw(long escalationId, String reason, String userId) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON) {
            throw problem(HttpStatus.BAD_REQUEST, "请填写「撤销理由」(reason),至少 " + MIN_REASON + " 个字");
        }
        if (text.length() > MAX_REASON) {
            throw problem(HttpStatus.BAD_REQUEST, "「撤销理由」(reason) 不能超过 " + MAX_REASON + " 字(现有 "
                    + text.length() + " 字)");
        }
        EscalationRepository.OpenRow row = repository.find(escalationId)
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "督办 " + escalationId + " 不存在"));
        if (!row.open()) {
            throw problem(HttpStatus.CONFLICT, "该督办已经结束,不能再撤销");
        }
        if (!EndMessage.send(runtime, row.processInstanceId(), new EscalationRepository.Ending(
                EscalationEnd.WITHDRAWN.name(), text, userId))) {
            throw problem(HttpStatus.CONFLICT, "该督办由旧版督办流程办理,不能在督办台撤销;请在其待办任务中办结");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
