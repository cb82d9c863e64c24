package org.policyflow.escalation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.policyflow.engine.EngineClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * pf_escalation and pf_escalation_notice. Writes run inside the engine's transaction (same DataSource), so a refused
 * or conflicting task completion leaves nothing behind. Notice updates only touch the level's open notice and report
 * how many rows they changed, so a second answer or check of the same notice is noticed instead of overwriting.
 */
@Repository
class EscalationRepository {

    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";
    /** Ended by the decision of the highest level without the rectification being accepted. */
    static final String CLOSED = "CLOSED";
    /** Ended by its cause going away or by the coordinating office, with end_cause and end_note saying why. */
    static final String ENDED = "ENDED";

    private static final String OPEN_NOTICE = """
            id = (select max(n.id) from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
                  where e.process_instance_id = :processInstanceId)""";

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Opening(String processInstanceId, long itemId, Long periodId, String periodLabel, String departmentId,
                   EscalationTrigger trigger, String reason) {
    }

    record Level(String code, String name, int rank) {
    }

    /** Registers the escalation at its first level, or moves it to a new level; returns true if it was new. */
    boolean openOrRaise(Opening opening, Level level, OffsetDateTime now) {
        int raised = jdbc.sql("""
                        update pf_escalation set current_level = :level, level_name = :name, level_rank = :rank,
                               level_since = :now
                        where process_instance_id = :processInstanceId""")
                .param("level", level.code()).param("name", level.name()).param("rank", level.rank())
                .param("now", now).param("processInstanceId", opening.processInstanceId())
                .update();
        if (raised > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into pf_escalation (item_id, period_id, period_label, department_id, trigger_type, reason,
                            current_level, level_name, level_rank, level_since, status, opened_at, process_instance_id)
                        values (:itemId, :periodId, :periodLabel, :departmentId, :trigger, :reason,
                            :level, :name, :rank, :now, :status, :now, :processInstanceId)""")
                .param("itemId", opening.itemId()).param("periodId", opening.periodId())
                .param("periodLabel", opening.periodLabel()).param("departmentId", opening.departmentId())
                .param("trigger", opening.trigger().name()).param("reason", opening.reason())
                .param("level", level.code()).param("name", level.name()).param("rank", level.rank())
                .param("now", now).param("status", OPEN).param("processInstanceId", opening.processInstanceId())
                .update();
        return true;
    }

    record Notice(String level, String levelName, String issuerGroup, String issuedBy, String requirements,
                  LocalDate deadline) {
    }

    /**
     * Records the notice with the next number of its issue year (Asia/Shanghai). The update of the one numbering row
     * comes first and holds its lock until the engine's transaction ends, so a notice issued at the same time waits
     * and then reads this one's number as taken.
     */
    void issueNotice(String processInstanceId, Notice notice, OffsetDateTime now) {
        jdbc.sql("update pf_escalation_numbering set issued = issued + 1 where id = 1").update();
        jdbc.sql("""
                        insert into pf_escalation_notice (escalation_id, level, level_name, issuer_group, issued_by,
                            requirements, deadline, issued_at, number_year, number_seq)
                        select id, :level, :levelName, :issuerGroup, :issuedBy, :requirements, :deadline, :now, :year,
                            (select coalesce(max(number_seq), 0) + 1 from pf_escalation_notice where number_year = :year)
                        from pf_escalation where process_instance_id = :processInstanceId""")
                .param("level", notice.level()).param("levelName", notice.levelName())
                .param("issuerGroup", notice.issuerGroup()).param("issuedBy", notice.issuedBy())
                .param("requirements", notice.requirements()).param("deadline", notice.deadline())
                .param("now", now).param("year", now.atZoneSameInstant(EngineClock.ZONE).getYear())
                .param("processInstanceId", processInstanceId)
                .update();
    }

    /** A 督办单 as printed: its number, the body, the item, why, what and by when, who issued it and when. */
    Optional<NoticePaper.Notice> findNotice(long noticeId) {
        return jdbc.sql("""
                select n.id, n.number_year, n.number_seq, n.level, n.level_name, n.issuer_group, n.requirements,
                       n.deadline, n.issued_at, e.department_id, d.name as department_name, e.trigger_type, e.reason,
                       e.period_label, i.label as item_label, i.title as item_title, i.business_key
                from pf_escalation_notice n
                join pf_escalation e on e.id = n.escalation_id
                join v_item i on i.id = e.item_id
                join v_department d on d.id = e.department_id
                where n.id = ?""").param(noticeId)
                .query((rs, row) -> new NoticePaper.Notice(rs.getLong("id"),
                        NoticePaper.number(rs.getInt("number_year"), rs.getInt("number_seq")),
                        rs.getString("level"), rs.getString("level_name"), rs.getString("issuer_group"),
                        rs.getString("requirements"), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("issued_at", OffsetDateTime.class), rs.getString("department_id"),
                        rs.getString("department_name"), rs.getString("trigger_type"), rs.getString("reason"),
                        rs.getString("period_label"), rs.getString("item_label"), rs.getString("item_title"),
                        rs.getString("business_key")))
                .optional();
    }

    /** The notices issued for items of the plan from (inclusive) to (exclusive), in issue order. */
    List<EscalationQueue.IssuedNotice> findIssued(long planId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select n.id, n.number_year, n.number_seq, e.item_id, i.label as item_label, i.title as item_title,
                       d.name as department_name, n.level_name, e.trigger_type, n.issued_at, n.deadline
                from pf_escalation_notice n
                join pf_escalation e on e.id = n.escalation_id
                join v_item i on i.id = e.item_id
                join v_department d on d.id = e.department_id
                where i.plan_id = :plan and n.issued_at >= :from and n.issued_at < :to
                order by n.issued_at, n.id""")
                .param("plan", planId).param("from", from).param("to", to)
                .query((rs, row) -> new EscalationQueue.IssuedNotice(rs.getLong("id"),
                        NoticePaper.number(rs.getInt("number_year"), rs.getInt("number_seq")), rs.getLong("item_id"),
                        rs.getString("item_label"), rs.getString("item_title"), rs.getString("department_name"),
                        rs.getString("level_name"), NoticePaper.cause(rs.getString("trigger_type")),
                        rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("deadline", LocalDate.class)))
                .list();
    }

    record Answer(String rectification, String measures, String evidenceNote, String answeredBy) {
    }

    /** @return false if the level's notice was answered or closed already */
    boolean answerOpenNotice(String processInstanceId, Answer answer, OffsetDateTime now) {
        return jdbc.sql("""
                        update pf_escalation_notice set rectification = :rectification, measures = :measures,
                               evidence_note = :evidenceNote, answered_at = :now, answered_by = :answeredBy
                        where answered_at is null and check_result is null""" + " and " + OPEN_NOTICE)
                .param("rectification", answer.rectification()).param("measures", answer.measures())
                .param("evidenceNote", answer.evidenceNote()).param("answeredBy", answer.answeredBy())
                .param("now", now).param("processInstanceId", processInstanceId)
                .update() > 0;
    }

    /** @return false if the level's notice was checked already */
    boolean checkOpenNotice(String processInstanceId, String result, String comment, String checkedBy,
                            OffsetDateTime now) {
        return jdbc.sql("""
                        update pf_escalation_notice set check_result = :result, check_comment = :comment,
                               checked_at = :now, checked_by = :checkedBy
                        where check_result is null""" + " and " + OPEN_NOTICE)
                .param("result", result).param("comment", comment).param("checkedBy", checkedBy)
                .param("now", now).param("processInstanceId", processInstanceId)
                .update() > 0;
    }

    void close(String processInstanceId, String status, OffsetDateTime now) {
        jdbc.sql("update pf_escalation set status = :status, closed_at = :now where process_instance_id = :id")
                .param("status", status).param("now", now).param("id", processInstanceId)
                .update();
    }

    record Ending(String cause, String note, String endedBy) {
    }

    /**
     * Ends an open escalation with its cause; one that ended already keeps its first end.
     *
     * @return false if it was not open
     */
    boolean end(String processInstanceId, Ending ending, OffsetDateTime now) {
        return jdbc.sql("""
                        update pf_escalation set status = :ended, end_cause = :cause, end_note = :note,
                               ended_by = :endedBy, closed_at = :now
                        where process_instance_id = :id and status = :open""")
                .param("ended", ENDED).param("cause", ending.cause()).param("note", ending.note())
                .param("endedBy", ending.endedBy()).param("now", now).param("id", processInstanceId)
                .param("open", OPEN)
                .update() > 0;
    }

    /** The process instance of an escalation and whether it is still open; empty if there is no such escalation. */
    Optional<OpenRow> find(long id) {
        return jdbc.sql("select process_instance_id, status from pf_escalation where id = ?").param(id)
                .query((rs, row) -> new OpenRow(rs.getString(1), OPEN.equals(rs.getString(2)))).optional();
    }

    record OpenRow(String processInstanceId, boolean open) {
    }

    /** Whether the item has an open escalation, of this body and trigger where they are given (null: any). */
    boolean anyOpen(long itemId, String departmentId, String trigger) {
        return jdbc.sql("""
                        select count(*) from pf_escalation where item_id = :itemId and status = :status
                          and (cast(:departmentId as varchar(64)) is null or department_id = :departmentId)
                          and (cast(:trigger as varchar(32)) is null or trigger_type = :trigger)""")
                .param("itemId", itemId).param("status", OPEN).param("departmentId", departmentId)
                .param("trigger", trigger).query(Long.class).single() > 0;
    }

    /** The process instances of every open escalation. */
    List<String> openInstances() {
        return jdbc.sql("select process_instance_id from pf_escalation where status = ?").param(OPEN)
                .query(String.class).list();
    }

    /** The escalations that ended, latest first: how (status and cause), why (note) and by whom. */
    List<EscalationQueue.EndedEscalation> findEnded(Optional<Collection<String>> departments, int limit) {
        if (departments.isPresent() && departments.get().isEmpty()) {
            return List.of();
        }
        return ofDepartments("""
                select e.id, e.item_id, i.label as item_label, i.title as item_title, i.business_key,
                       e.department_id, d.name as department_name, e.period_label, e.trigger_type, e.reason,
                       e.current_level, e.level_name, e.status, e.end_cause, e.end_note, e.ended_by,
                       e.opened_at, e.closed_at
                from pf_escalation e
                join v_item i on i.id = e.item_id
                join v_department d on d.id = e.department_id
                where e.status <> :open""", departments,
                " order by e.closed_at desc, e.id desc fetch first " + limit + " rows only")
                .query((rs, row) -> new EscalationQueue.EndedEscalation(
                rs.getLong("id"), rs.getLong("item_id"), rs.getString("item_label"), rs.getString("item_title"),
                rs.getString("business_key"), rs.getString("department_id"), rs.getString("department_name"),
                rs.getString("period_label"), rs.getString("trigger_type"), rs.getString("reason"),
                rs.getString("current_level"), rs.getString("level_name"), rs.getString("status"),
                rs.getString("end_cause"), rs.getString("end_note"), rs.getString("ended_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class)))
                .list();
    }

    /** The query with its status parameter and, if asked, limited to the given bodies, then ordered. */
    private JdbcClient.StatementSpec ofDepartments(String sql, Optional<Collection<String>> departments,
                                                   String order) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql + (departments.isPresent()
                ? " and e.department_id in (:departments)" : "") + order).param("open", OPEN);
        return departments.isPresent() ? statement.param("departments", departments.get()) : statement;
    }

    /** The open escalations, highest level first, oldest first within a level; all of them when departments is empty. */
    List<EscalationQueue.OpenEscalation> findOpen(Optional<Collection<String>> departments, OffsetDateTime now) {
        if (departments.isPresent() && departments.get().isEmpty()) {
            return List.of();
        }
        return ofDepartments("""
                select e.id, e.item_id, i.label as item_label, i.title as item_title, i.business_key,
                       e.department_id, d.name as department_name, e.period_id, e.period_label, e.trigger_type,
                       e.reason, e.current_level, e.level_name, e.level_rank, e.opened_at, e.level_since,
                       n.deadline, n.answered_at, e.process_instance_id, n.id as notice_id, n.number_year,
                       n.number_seq
                from pf_escalation e
                join v_item i on i.id = e.item_id
                join v_department d on d.id = e.department_id
                left join pf_escalation_notice n on n.id =
                    (select max(x.id) from pf_escalation_notice x where x.escalation_id = e.id and x.level = e.current_level)
                where e.status = :open""", departments, " order by e.level_rank desc, e.opened_at, e.id")
                .query((rs, row) -> {
            OffsetDateTime openedAt = rs.getObject("opened_at", OffsetDateTime.class);
            OffsetDateTime levelSince = rs.getObject("level_since", OffsetDateTime.class);
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            boolean answered = rs.getObject("answered_at", OffsetDateTime.class) != null;
            return new EscalationQueue.OpenEscalation(
                    rs.getLong("id"), rs.getLong("item_id"), rs.getString("item_label"), rs.getString("item_title"),
                    rs.getString("business_key"), rs.getString("department_id"), rs.getString("department_name"),
                    rs.getObject("period_id", Long.class), rs.getString("period_label"), rs.getString("trigger_type"),
                    rs.getString("reason"), rs.getString("current_level"), rs.getString("level_name"),
                    rs.getInt("level_rank"), openedAt, levelSince,
                    Duration.between(openedAt, now).toDays(), Duration.between(levelSince, now).toDays(),
                    deadline, answered,
                    deadline != null && !answered && deadline.isBefore(now.atZoneSameInstant(EngineClock.ZONE).toLocalDate()),
                    rs.getString("process_instance_id"), rs.getObject("notice_id", Long.class),
                    deadline == null ? null : NoticePaper.number(rs.getInt("number_year"), rs.getInt("number_seq")));
        }).list();
    }
}
