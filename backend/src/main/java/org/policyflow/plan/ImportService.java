package org.policyflow.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.policyflow.department.Body;
import org.policyflow.department.DepartmentService;
import org.policyflow.engine.EngineClock;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.NamedBody;
import org.policyflow.plan.Plan.Target;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports a plan document: {@link #preview} reads it and writes nothing; {@link #confirm} reads it first, outside any
 * transaction (a read that runs into its deadline holds no database connection and has written nothing), then writes
 * the plan, its sections, items, bodies and targets in one transaction and announces it with {@link PlanImported}
 * inside that transaction, so that a failing listener (starting the processes) undoes the whole import.
 */
@Service
class ImportService {

    public static final String REBASED = "REBASED";
    public static final String ORIGINAL = "ORIGINAL";

    /** What the person importing changes before confirming; ids are department ids, null fields stay as read. */
    public record ItemCorrection(Integer item, @Nullable String lead, @Nullable List<String> supporting,
                                 @Nullable List<String> implementers, @Nullable List<Target> targets) {
    }

    /**
     * @param calendarAnchor REBASED (default: reporting periods start from the import) or ORIGINAL (the plan's year)
     */
    public record ImportRequest(String text, @Nullable String calendarAnchor,
                                @Nullable List<ItemCorrection> corrections) {
    }

    /**
     * The plan as read, the bodies an import would create, and the plan already imported under its number.
     *
     * @param text the text read from an uploaded document (.docx, .pdf, .html), to confirm the import with; null
     *             when the text itself was sent
     */
    public record PlanPreview(@JsonUnwrapped Plan plan, List<Body> newBodies, @Nullable Long existingPlanId,
                              @Nullable String text) {
    }

    public record ImportedItem(long id, int number, String businessKey) {
    }

    public record ImportResult(long id, String docNumber, List<ImportedItem> items) {
    }

    /** A plan with this document number exists already: nothing was written. */
    public static class DuplicatePlanException extends ResponseStatusException {
        DuplicatePlanException(String docNumber, long existingPlanId) {
            super(HttpStatus.CONFLICT, "文号为“" + docNumber + "”的方案已经导入（方案编号 " + existingPlanId + "），未重复导入");
        }
    }

    private final JdbcClient jdbc;
    private final ItemTermWriter terms;
    private final DepartmentService departments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final EngineClock clock;

    ImportService(JdbcClient jdbc, JdbcTemplate batches, DepartmentService departments,
                  ApplicationEventPublisher events, PlatformTransactionManager transactionManager, EngineClock clock) {
        this.jdbc = jdbc;
        this.terms = new ItemTermWriter(batches);
        this.departments = departments;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reads the text against the bodies in the database; writes nothing. */
    PlanPreview preview(String text, ReadDeadline deadline) {
        Plan plan = read(text, deadline);
        return new PlanPreview(plan, newBodies(plan), existingPlan(docNumberOf(plan, text)).orElse(null), null);
    }

    /** Like {@link #preview}, for the text read from a document, which the answer carries for the import. */
    PlanPreview previewDocument(String text, ReadDeadline deadline) {
        PlanPreview preview = preview(text, deadline);
        return new PlanPreview(preview.plan(), preview.newBodies(), preview.existingPlanId(), text);
    }

    /** An import of the operator's own files (the seed), read to the end however long that takes. */
    public ImportResult confirm(ImportRequest request, String importedBy) {
        return confirm(request, importedBy, ReadDeadline.NONE);
    }

    ImportResult confirm(ImportRequest request, String importedBy, ReadDeadline deadline) {
        String text = PlanText.check(request.text());
        Plan plan = read(text, deadline);
        return transactions.execute(status -> write(request, text, plan, importedBy));
    }

    private ImportResult write(ImportRequest request, String text, Plan plan, String importedBy) {
        String anchor = request.calendarAnchor() == null ? REBASED : request.calendarAnchor();
        if (!anchor.equals(REBASED) && !anchor.equals(ORIGINAL)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "calendarAnchor 只能是 REBASED 或 ORIGINAL，收到“" + anchor + "”");
        }
        String docNumber = docNumberOf(plan, text);
        Optional<Long> existing = existingPlan(docNumber);
        if (existing.isPresent()) {
            throw new DuplicatePlanException(docNumber, existing.get());
        }
        List<Body> newBodies = newBodies(plan);
        List<Item> items = corrected(plan.items(), request.corrections(), newBodies);

        long planId;
        try {
            planId = insertPlan(plan, docNumber, text, anchor, importedBy);
        } catch (DuplicateKeyException e) {
            throw new DuplicatePlanException(docNumber, existingPlan(docNumber).orElse(-1L));
        }
        departments.registerMissing(items.stream().flatMap(ImportService::bodies).map(NamedBody::body).toList(), planId);
        for (int i = 0; i < plan.sections().size(); i++) {
            Plan.Section section = plan.sections().get(i);
            jdbc.sql("insert into pf_plan_section (plan_id, ordinal, label, title) values (?, ?, ?, ?)")
                    .params(planId, i + 1, cut(section.label(), 20), cut(section.title(), 500)).update();
        }
        List<ImportedItem> imported = new ArrayList<>();
        List<PlanImported.Item> written = new ArrayList<>();
        List<ItemTermWriter.Indexed> searchable = new ArrayList<>();
        for (Item item : items) {
            String businessKey = docNumber + "-" + item.number();
            PlanImported.Item row = insertItem(planId, item, businessKey);
            long itemId = row.id();
            written.add(row);
            searchable.add(new ItemTermWriter.Indexed(itemId, planId, item.number(), row.title(), row.label(),
                    row.businessKey()));
            insertBodies(itemId, item);
            for (int t = 0; t < item.targets().size(); t++) {
                Target target = item.targets().get(t);
                jdbc.sql("insert into pf_target (item_id, ordinal, text, target_value, unit, comparator, deadline) "
                                + "values (?, ?, ?, ?, ?, ?, ?)")
                        .params(itemId, t + 1, cut(target.text(), 1000), target.value(), cut(target.unit(), 20),
                                target.comparator(), target.deadline())
                        .update();
            }
            imported.add(new ImportedItem(itemId, item.number(), businessKey));
        }
        terms.write(searchable);
        events.publishEvent(new PlanImported(planId, written));
        return new ImportResult(planId, docNumber, imported);
    }

    /** The plan imported under this document number, if any. */
    public Optional<Long> existingPlan(String docNumber) {
        return jdbc.sql("select id from pf_plan where doc_number = ?").param(docNumber).query(Long.class).optional();
    }

    Plan read(String text) {
        return read(text, ReadDeadline.NONE);
    }

    private Plan read(String text, ReadDeadline deadline) {
        return new PlanReader(departments.directory()).read(PlanText.check(text), deadline);
    }

    /** A plan without a document number is keyed by a digest of its text, so that importing it again is refused. */
    static String docNumberOf(Plan plan, String text) {
        return plan.docNumber() != null ? plan.docNumber() : "无文号-" + sha256(text).substring(0, 12);
    }

    private List<Body> newBodies(Plan plan) {
        Map<String, Body> missing = new LinkedHashMap<>();
        plan.items().stream().flatMap(ImportService::bodies)
                .filter(body -> !body.isRegistered() && departments.findById(body.id()).isEmpty())
                .forEach(body -> missing.putIfAbsent(body.id(), body.body()));
        return List.copyOf(missing.values());
    }

    private static Stream<NamedBody> bodies(Item item) {
        return Stream.of(Stream.ofNullable(item.lead()), item.supporting().stream(), item.implementers().stream())
                .flatMap(s -> s);
    }

    private List<Item> corrected(List<Item> items, List<ItemCorrection> corrections, List<Body> newBodies) {
        if (corrections == null || corrections.isEmpty()) {
            return items;
        }
        List<Item> result = new ArrayList<>(items);
        for (int c = 0; c < corrections.size(); c++) {
            ItemCorrection correction = corrections.get(c);
            String field = "corrections[" + c + "]";
            if (correction == null || correction.item() == null || correction.item() < 1
                    || correction.item() > items.size()) {
                throw badRequest(field + ".item 必须是 1 到 " + items.size() + " 之间的事项序号");
            }
            Item item = result.get(correction.item() - 1);
            NamedBody lead = correction.lead() == null ? item.lead() : correction.lead().isBlank() ? null
                    : asWritten(body(correction.lead(), field + ".lead", newBodies), item);
            List<NamedBody> supporting = correction.supporting() == null ? item.supporting()
                    : bodies(correction.supporting(), field + ".supporting", newBodies, item);
            List<NamedBody> implementers = correction.implementers() == null ? item.implementers()
                    : bodies(correction.implementers(), field + ".implementers", newBodies, item);
            List<Target> targets = correction.targets() == null ? item.targets()
                    : checkedTargets(correction.targets(), field + ".targets");
            if (lead != null) {
                supporting = supporting.stream().filter(b -> !b.id().equals(lead.id())).toList();
                implementers = implementers.stream().filter(b -> !b.id().equals(lead.id())).toList();
            }
            result.set(correction.item() - 1, new Item(item.number(), item.label(), item.section(), item.title(),
                    item.text(), lead, supporting, implementers, targets, item.responsibilityNote(), item.line(),
                    lead == null ? item.collectiveLead() : null, item.deadline()));
        }
        return result;
    }

    private List<NamedBody> bodies(List<String> ids, String field, List<Body> newBodies, Item item) {
        List<NamedBody> bodies = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            NamedBody body = asWritten(body(ids.get(i), field + "[" + i + "]", newBodies), item);
            if (bodies.stream().noneMatch(b -> b.id().equals(body.id()))) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    /** A body chosen in a correction keeps the name the document gave it, if the document named it for this item. */
    private static NamedBody asWritten(Body body, Item item) {
        String writtenAs = bodies(item).filter(b -> b.id().equals(body.id())).map(NamedBody::writtenAs).findFirst()
                .orElse(null);
        return NamedBody.of(body, writtenAs);
    }

    private Body body(String id, String field, List<Body> newBodies) {
        if (id == null) {
            throw badRequest(field + " 不能为空");
        }
        return departments.findById(id)
                .or(() -> newBodies.stream().filter(b -> b.id().equals(id)).findFirst())
                .orElseThrow(() -> badRequest(field + "：没有编号为“" + id + "”的单位"));
    }

    private static List<Target> checkedTargets(List<Target> targets, String field) {
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String at = field + "[" + i + "]";
            if (target == null || target.text() == null || target.text().isBlank()) {
                throw badRequest(at + ".text 不能为空");
            }
            if (target.value() == null || target.value().abs().compareTo(new java.math.BigDecimal("1e15")) >= 0) {
                throw badRequest(at + ".value 必须是小于 10^15 的数值");
            }
            if (target.unit() == null || target.unit().isBlank() || target.unit().length() > 20) {
                throw badRequest(at + ".unit 必须是 1 到 20 个字符");
            }
            if (!List.of(TargetReader.AT_LEAST, TargetReader.MORE_THAN, TargetReader.ABOUT, TargetReader.REACH,
                    TargetReader.AT_MOST).contains(target.comparator())) {
                throw badRequest(at + ".comparator 只能是 AT_LEAST、MORE_THAN、ABOUT、REACH 或 AT_MOST");
            }
        }
        return targets;
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    private long insertPlan(Plan plan, String docNumber, String text, String anchor, String importedBy) {
        int year = plan.year() != null ? plan.year() : clock.today().getYear();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into pf_plan (doc_number, title, issuer, published, plan_year, source_sha256, source_text, "
                        + "imported_at, imported_by, calendar_anchor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cut(docNumber, 100), cut(plan.title() == null ? docNumber : plan.title(), 500),
                        cut(plan.issuer(), 200), plan.published(), year, sha256(text), text, clock.now(),
                        cut(importedBy, 64), anchor)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** @return the item as written, for {@link PlanImported} */
    private PlanImported.Item insertItem(long planId, Item item, String businessKey) {
        String label = cut(item.label(), 20);
        String title = cut(item.title(), 1000);
        String key = cut(businessKey, 200);
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("insert into pf_item (plan_id, number, label, section_ordinal, title, text, responsibility_note, "
                        + "business_key, collective_lead, deadline_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, item.number(), label, item.section(), title, cut(item.text(), 100_000),
                        cut(item.responsibilityNote(), 2000), key, cut(item.collectiveLead(), 200),
                        cut(item.deadline(), 200))
                .update(id, "id");
        return new PlanImported.Item(id.getKey().longValue(), label, title, key,
                item.lead() == null ? null : item.lead().id(), ids(item.supporting()), ids(item.implementers()));
    }

    private static List<String> ids(List<NamedBody> bodies) {
        return bodies.stream().map(NamedBody::id).toList();
    }

    private void insertBodies(long itemId, Item item) {
        if (item.lead() != null) {
            insertBody(itemId, item.lead(), BodyRole.LEAD, 0);
        }
        for (int i = 0; i < item.supporting().size(); i++) {
            insertBody(itemId, item.supporting().get(i), BodyRole.SUPPORTING, i + 1);
        }
        for (int i = 0; i < item.implementers().size(); i++) {
            insertBody(itemId, item.implementers().get(i), BodyRole.IMPLEMENTER, i + 1);
        }
    }

    private void insertBody(long itemId, NamedBody body, BodyRole role, int ordinal) {
        jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal, written_as) values (?, ?, ?, ?, ?)")
                .params(itemId, body.id(), role.name(), ordinal, cut(body.writtenAs(), 200)).update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
