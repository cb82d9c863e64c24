package org.policyflow.calendar;

import org.policyflow.engine.EngineClock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.policyflow.plan.PlanQueries;
import org.policyflow.plan.PlanQueries.CalendarBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a plan's reporting calendar into pf_reporting_period and reads its periods back. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;
    private final CalendarProperties properties;
    private final PlanQueries plans;
    private final EngineClock clock;

    public CalendarStore(JdbcClient jdbc, CalendarProperties properties, PlanQueries plans, EngineClock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.plans = plans;
        this.clock = clock;
    }

    /** Whether periods last minutes (reminder offsets and grace periods follow, see reporting-deadlines.dmn). */
    public String calendarMode() {
        return properties.compressed() ? "COMPRESSED" : "REAL";
    }

    /** A stored period with its plan. */
    public record StoredPeriod(long id, long planId, ReportingPeriod period) {
    }

    /** Derives the plan's calendar from its year, publication and anchor, stores it and returns it in order. */
    public List<StoredPeriod> createFor(long planId) {
        CalendarBasis plan = plans.calendarBasis(planId);
        // the engine's clock, so that tests moving it for timers move the calendar too
        Instant now = clock.instant();
        List<ReportingPeriod> periods = properties.compressed()
                ? ReportingCalendar.compressed(plan.planYear(), plan.published(), now, properties.compressedPeriod())
                : ReportingCalendar.periods(plan.planYear(), plan.published(), plan.calendarAnchor(), now);
        for (ReportingPeriod period : periods) {
            jdbc.sql("""
                    insert into pf_reporting_period (plan_id, ordinal, label, kind, starts_at, ends_at, due_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(planId, period.ordinal(), period.label(), period.kind().name(),
                            Timestamp.from(period.startsAt()), Timestamp.from(period.endsAt()),
                            Timestamp.from(period.dueAt()))
                    .update();
        }
        return periodsOf(planId);
    }

    public List<StoredPeriod> periodsOf(long planId) {
        return jdbc.sql("select * from pf_reporting_period where plan_id = ? order by ordinal").param(planId)
                .query((rs, row) -> new StoredPeriod(rs.getLong("id"), rs.getLong("plan_id"),
                        new ReportingPeriod(rs.getInt("ordinal"), rs.getString("label"),
                                PeriodKind.valueOf(rs.getString("kind")),
                                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                                rs.getTimestamp("due_at").toInstant())))
                .list();
    }

    public StoredPeriod period(long periodId) {
        long planId = jdbc.sql("select plan_id from pf_reporting_period where id = ?").param(periodId)
                .query(Long.class).single();
        return periodsOf(planId).stream().filter(period -> period.id() == periodId).findFirst().orElseThrow();
    }
}
