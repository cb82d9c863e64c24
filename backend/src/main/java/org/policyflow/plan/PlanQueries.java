package org.policyflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policyflow.Rows;
import org.policyflow.plan.Plan.NamedBody;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads imported plans back: for the API the list of plans and one plan with its items, bodies and targets; for other
 * packages what they need of a plan, an item or its bodies.
 */
@Service
public class PlanQueries {

    public record PlanSummary(long id, String docNumber, String title, @Nullable String issuer,
                              @Nullable LocalDate published, int year, String calendarAnchor, OffsetDateTime importedAt,
                              String importedBy, int items) {
    }

    public record SectionView(int ordinal, String label, String title) {
    }

    public record TargetView(long id, int ordinal, String text, BigDecimal value, String unit, String comparator,
                             @Nullable LocalDate deadline) {
    }

    public record ItemView(long id, int number, String label, @Nullable Integer section, String title, String text,
                           @Nullable String responsibilityNote, String businessKey, @Nullable NamedBody lead,
                           List<NamedBody> supporting, List<NamedBody> implementers, List<TargetView> targets,
                           @Nullable String collectiveLead, @Nullable String deadline) {
    }

    public record PlanDetail(long id, String docNumber, String title, @Nullable String issuer,
                             @Nullable LocalDate published, int year, String calendarAnchor, OffsetDateTime importedAt,
                             String importedBy, String sourceSha256, List<SectionView> sections, List<ItemView> items) {
    }

    private static final String SUMMARY = "select p.id, p.doc_number, p.title, p.issuer, p.published, p.plan_year, "
            + "p.calendar_anchor, p.imported_at, p.imported_by, p.source_sha256, "
            + "(select count(*) from pf_item i where i.plan_id = p.id) item_count from pf_plan p";

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanSummary> list() {
        return jdbc.sql(SUMMARY + " order by p.id").query((rs, n) -> new PlanSummary(rs.getLong("id"),
                rs.getString("doc_number"), rs.getString("title"), rs.getString("issuer"),
                rs.getObject("published", LocalDate.class), rs.getInt("plan_year"), rs.getString("calendar_anchor"),
                rs.getObject("imported_at", OffsetDateTime.class), rs.getString("imported_by"),
                rs.getInt("item_count"))).list();
    }

    public Optional<PlanDetail> find(long id) {
        Optional<PlanSummary> summary = jdbc.sql(SUMMARY + " where p.id = ?").param(id).query((rs, n) ->
                new PlanSummary(rs.getLong("id"), rs.getString("doc_number"), rs.getString("title"),
                        rs.getString("issuer"), rs.getObject("published", LocalDate.class), rs.getInt("plan_year"),
                        rs.getString("calendar_anchor"), rs.getObject("imported_at", OffsetDateTime.class),
                        rs.getString("imported_by"), rs.getInt("item_count"))).optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        String sha = jdbc.sql("select source_sha256 from pf_plan where id = ?").param(id).query(String.class).single();
        List<SectionView> sections = jdbc.sql("select ordinal, label, title from pf_plan_section where plan_id = ? "
                + "order by ordinal").param(id).query((rs, n) -> new SectionView(rs.getInt("ordinal"),
                rs.getString("label"), rs.getString("title"))).list();

        Map<Long, List<NamedBody>[]> bodies = new LinkedHashMap<>();
        jdbc.sql("select b.item_id, b.role, b.written_as, d.id, d.name, d.kind from pf_item_body b "
                        + "join v_department d on d.id = b.department_id join pf_item i on i.id = b.item_id "
                        + "where i.plan_id = ? order by b.item_id, b.role, b.ordinal")
                .param(id).query((rs, n) -> {
                    List<NamedBody>[] roles = bodies.computeIfAbsent(rs.getLong("item_id"), k -> newRoles());
                    NamedBody body = new NamedBody(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                            rs.getString("written_as"));
                    switch (BodyRole.valueOf(rs.getString("role"))) {
                        case LEAD -> roles[0].add(body);
                        case SUPPORTING -> roles[1].add(body);
                        default -> roles[2].add(body);
                    }
                    return null;
                }).list();
        Map<Long, List<TargetView>> targets = new LinkedHashMap<>();
        jdbc.sql("select t.* from pf_target t join pf_item i on i.id = t.item_id where i.plan_id = ? "
                        + "order by t.item_id, t.ordinal")
                .param(id).query((rs, n) -> targets.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
                        .add(new TargetView(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("text"),
                                TargetReader.plain(rs.getBigDecimal("target_value")), rs.getString("unit"),
                                rs.getString("comparator"), rs.getObject("deadline", LocalDate.class))))
                .list();
        List<ItemView> items = jdbc.sql("select * from pf_item where plan_id = ? order by number").param(id)
                .query((rs, n) -> {
                    long itemId = rs.getLong("id");
                    List<NamedBody>[] roles = bodies.getOrDefault(itemId, newRoles());
                    return new ItemView(itemId, rs.getInt("number"), rs.getString("label"),
                            (Integer) rs.getObject("section_ordinal", Integer.class), rs.getString("title"),
                            rs.getString("text"), rs.getString("responsibility_note"), rs.getString("business_key"),
                            roles[0].isEmpty() ? null : roles[0].get(0), roles[1], roles[2],
                            targets.getOrDefault(itemId, List.of()), rs.getString("collective_lead"),
                            rs.getString("deadline_text"));
                }).list();
        PlanSummary s = summary.get();
        return Optional.of(new PlanDetail(s.id(), s.docNumber(), s.title(), s.issuer(), s.published(), s.year(),
                s.calendarAnchor(), s.importedAt(), s.importedBy(), sha, sections, items));
    }

    /** What a plan's reporting calendar is derived from. */
    public record CalendarBasis(int planYear, LocalDate published, String calendarAnchor) {
    }

    public CalendarBasis calendarBasis(long planId) {
        // columns named as the record's components: a snake_case name costs the row mapper a driver exception first
        return jdbc.sql("select plan_year as planYear, published, calendar_anchor as calendarAnchor from pf_plan "
                        + "where id = ?")
                .param(planId).query(Rows.of(CalendarBasis.class)).single();
    }

    /** The role of a body in an item; the first of {@link BodyRole}'s order when the plan names it twice. */
    public Optional<BodyRole> roleOf(long itemId, String departmentId) {
        return jdbc.sql("select role from pf_item_body where item_id = :item and department_id = :department")
                .param("item", itemId).param("department", departmentId)
                .query(String.class).list().stream().map(BodyRole::valueOf).min(Comparator.naturalOrder());
    }

    /** Every body taking part in the item of this business key, in whatever role; none for another key. */
    public List<String> participants(String businessKey) {
        return jdbc.sql("""
                        select distinct b.department_id from pf_item_body b join pf_item i on i.id = b.item_id
                        where i.business_key = ?""").param(businessKey).query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private static List<NamedBody>[] newRoles() {
        return new List[] {new ArrayList<NamedBody>(), new ArrayList<NamedBody>(), new ArrayList<NamedBody>()};
    }
}
