package org.policyflow.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.policyflow.engine.EngineClock;
import org.policyflow.identity.CurrentUser;
import org.policyflow.paper.Paper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable 督办单 of one issued notice: its number 督办〔year〕seq号, the body addressed, the item, the cause, the
 * requirements, the rectification deadline, the level and who issued it when. The coordinating office and
 * administrators print every notice; a body prints the notices addressed to it; anyone else is refused (403).
 */
@Service
class NoticePaper {

    private static final Map<String, String> CAUSES = Map.of("OVERDUE", "逾期未报送", "RED_RATING", "进展评定为红灯",
            "RETURNED_TWICE", "进展报告两次被退回");
    private static final Map<String, String> ISSUERS = Map.of("coordination-office", "行动方案协调办公室",
            "city-government-office", "市政府办公室");

    /** One notice as the repository reads it. */
    record Notice(long id, String number, String level, String levelName, String issuerGroup, String requirements,
                  LocalDate deadline, OffsetDateTime issuedAt, String departmentId, String departmentName,
                  String trigger, String reason, String periodLabel, String itemLabel, String itemTitle,
                  String businessKey) {
    }

    private final EscalationRepository repository;

    NoticePaper(EscalationRepository repository) {
        this.repository = repository;
    }

    /** Why a body is supervised, in Chinese: the escalation's trigger (OVERDUE, RED_RATING, RETURNED_TWICE). */
    static String cause(String trigger) {
        return CAUSES.getOrDefault(trigger, trigger);
    }

    /** 督办〔2025〕12号 */
    static String number(int year, int seq) {
        return "督办〔" + year + "〕" + seq + "号";
    }

    @Transactional(readOnly = true)
    public Paper paper(long noticeId, CurrentUser user) {
        Notice notice = repository.findNotice(noticeId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "督办单(noticeId) " + noticeId + " 不存在"));
        if (!user.actsAsCoordinatingOffice() && !user.isAdmin()
                && !user.departmentIds().contains(notice.departmentId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能打印发给本单位的督办单");
        }
        String cause = cause(notice.trigger());
        String issuer = ISSUERS.getOrDefault(notice.issuerGroup(), notice.issuerGroup());
        return Paper.builder("督办单", notice.number(), notice.number() + "-" + notice.departmentName())
                .field("被督办单位", notice.departmentName())
                .field("督办事项", notice.itemLabel() + " " + notice.itemTitle() + "(" + notice.businessKey() + ")")
                .field("报告期", notice.periodLabel() == null ? "—" : notice.periodLabel())
                .field("督办级别", notice.levelName())
                .field("督办原因", cause + "。" + notice.reason())
                .field("整改要求", notice.requirements())
                .field("整改期限", Paper.DATE.format(notice.deadline()) + "前")
                .text("请于整改期限前在 PolicyFlow「整改反馈」中报送整改情况、整改措施及佐证材料。")
                .footer("签发单位:" + issuer + "(盖章)")
                .footer("签发人:")
                .footer("签发日期:" + Paper.DATE.format(notice.issuedAt().atZoneSameInstant(EngineClock.ZONE)))
                .build();
    }
}
