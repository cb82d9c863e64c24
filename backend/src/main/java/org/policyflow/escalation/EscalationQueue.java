package org.policyflow.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.policyflow.engine.EngineClock;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation queue of the coordinating office: what is still open, at which level, and for how long. */
@Service
public class EscalationQueue {

    /**
     * One open escalation.
     *
     * @param level          level code from escalation-level.dmn (BLUE, ORANGE, RED, CITY)
     * @param levelRank      1 = lowest; the queue lists the highest first
     * @param ageDays        whole days since the escalation was opened
     * @param daysAtLevel    whole days since it reached its current level
     * @param deadline       rectification deadline of the current level's notice; null until the notice is issued
     * @param answered       whether the body has answered the current notice
     * @param overdue        the deadline has passed without an answer
     * @param noticeId       the current level's 督办单, to print (GET /api/escalations/notices/{noticeId}); null until
     *                       issued
     * @param noticeNumber   its number, e.g. 督办〔2025〕12号
     */
    public record OpenEscalation(long id, long itemId, String itemLabel, String itemTitle, String businessKey,
                                 String departmentId, String departmentName, @Nullable Long periodId,
                                 @Nullable String periodLabel, String trigger, String reason, String level,
                                 String levelName, int levelRank, OffsetDateTime openedAt, OffsetDateTime levelSince,
                                 long ageDays, long daysAtLevel, @Nullable LocalDate deadline, boolean answered,
                                 boolean overdue, String processInstanceId, @Nullable Long noticeId,
                                 @Nullable String noticeNumber) {
    }

    /**
     * One escalation that ended.
     *
     * @param status   RESOLVED (rectification accepted), CLOSED (the top level decided) or ENDED (see endCause)
     * @param endCause for ENDED: MATERIAL_SUBMITTED, EXTENSION_GRANTED, REPORT_APPROVED, ITEM_REASSIGNED, WITHDRAWN
     *                 or CANCELLED (its instance was cancelled)
     * @param endNote  why, in Chinese (the coordinating office's reason when it withdrew the escalation)
     * @param endedBy  the user who ended it by hand; null when a process ended it
     */
    public record EndedEscalation(long id, long itemId, String itemLabel, String itemTitle, String businessKey,
                                  String departmentId, String departmentName, @Nullable String periodLabel,
                                  String trigger, String reason, String level, String levelName, String status,
                                  @Nullable String endCause, @Nullable String endNote, @Nullable String endedBy,
                                  OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    /**
     * One 督办单 issued.
     *
     * @param number 督办〔2025〕12号
     * @param cause  why, in Chinese: 逾期未报送, 进展评定为红灯 or 进展报告两次被退回
     */
    public record IssuedNotice(long id, String number, long itemId, String itemLabel, String itemTitle,
                               String departmentName, String levelName, String cause, OffsetDateTime issuedAt,
                               LocalDate deadline) {
    }

    /** How many ended escalations the desk lists. */
    public static final int RECENTLY_ENDED = 20;

    private final EscalationRepository repository;
    private final EngineClock clock;

    EscalationQueue(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every open escalation, highest level first and oldest first within a level. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> all() {
        return repository.findOpen(Optional.empty(), clock.now());
    }

    /** The {@value #RECENTLY_ENDED} escalations that ended last, with how and why. */
    @Transactional(readOnly = true)
    public List<EndedEscalation> recentlyEnded() {
        return repository.findEnded(Optional.empty(), RECENTLY_ENDED);
    }

    /** The 督办单 issued for the plan's items from (inclusive) to (exclusive), in issue order. */
    @Transactional(readOnly = true)
    public List<IssuedNotice> issued(long planId, Instant from, Instant to) {
        return repository.findIssued(planId, from.atZone(EngineClock.ZONE).toOffsetDateTime(),
                to.atZone(EngineClock.ZONE).toOffsetDateTime());
    }

    /** The open escalations of the given bodies (department ids), in the same order. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> ofDepartments(Collection<String> departmentIds) {
        return repository.findOpen(Optional.of(departmentIds), clock.now());
    }
}
