package org.policyflow.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published by {@link IssueNoticeCompleted} in the engine's transaction once a 督办单 is recorded, so that the inbox
 * marks the body's open tasks of the item and the message centre tells the body, in the same transaction.
 *
 * @param level     the level's code from escalation-level.dmn (BLUE, ORANGE, RED, CITY)
 * @param levelName its name (蓝色督办)
 * @param deadline  整改期限: rectification due by the end of this day in Suzhou
 */
public record NoticeIssued(long itemId, String departmentId, String level, String levelName, String requirements,
                           LocalDate deadline, Instant issuedAt) {
}
