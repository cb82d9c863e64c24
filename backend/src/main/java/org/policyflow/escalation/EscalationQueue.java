package org.policyflow.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.policyflow.engine.EngineClock;
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
     */
    public record OpenEscalation(long id, long itemId, String itemLabel, String itemTitle, String businessKey,
                                 String departmentId, String departmentName, Long periodId, String periodLabel,
                                 String trigger, String reason, String level, String levelName, int levelRank,
                                 OffsetDateTime openedAt, OffsetDateTime levelSince, long ageDays, long daysAtLevel,
                                 LocalDate deadline, boolean answered, boolean overdue, String processInstanceId) {
    }

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

    /** The open escalations of the given bodies (department ids), in the same order. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> ofDepartments(Collection<String> departmentIds) {
        return repository.findOpen(Optional.of(departmentIds), clock.now());
    }
}
