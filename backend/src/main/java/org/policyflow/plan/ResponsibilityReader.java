package org.policyflow.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyflow.department.Body;
import org.policyflow.department.BodyDirectory;
import org.policyflow.plan.Plan.NamedBody;

/**
 * Reads a responsibility note ("市商务局、市民政局按职责分工负责", "牵头单位：A；配合单位：B、C", "A牵头，B、C参与",
 * "A指导，各地负责落实" …) into a lead, supporting bodies and implementers. County-level governments carry items out
 * locally: they become implementers unless a note makes one of them lead explicitly.
 */
final class ResponsibilityReader {

    /**
     * What one note says, plus what it says about later items.
     *
     * @param collectiveLead the collective named first when no single body leads (各有关部门和单位), as written
     */
    record Responsibility(NamedBody lead, List<NamedBody> supporting, List<NamedBody> implementers,
                          List<NamedBody> carriedForward, boolean bareList, List<String> warnings,
                          String collectiveLead) {
    }

    private enum Role { LEAD, GUIDE, FIRST_LEADS, SUPPORT, IMPLEMENT }

    /** @param bare a list that names no roles (责任单位：A、B or just A、B): whoever is first leads by convention */
    private record Assignment(Role role, List<String> names, boolean bare) {
    }

    private record Resolved(NamedBody body, boolean collective) {
    }

    static final Pattern LABEL = Pattern.compile(
            "^(牵头单位|牵头部门|主办单位|主责单位|主体责任单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位"
                    + "|参加单位|协同单位|实施单位|落实单位|实施主体|责任主体|牵头|配合|参与|协办|责任)\\s*+[:：]\\s*+(.*)$");
    private static final Pattern TIME_LABEL = Pattern.compile("^(完成时限|完成时间|时间节点|时限要求|时间要求|进度安排)\\s*[:：]");
    /**
     * A role keyword and the names before it. Matched with lookingAt: what follows the keyword is read on from
     * {@code end()} without copying it, so that a clause of many keywords is read in one pass.
     */
    private static final Pattern KEYWORD = Pattern.compile("(.*?)(共同牵头负责|共同牵头|牵头负责|负责牵头|牵头|主办|指导"
            + "|按照职责分工负责|按职责分工负责|按职责分工落实|按职能分工负责|按职责负责|分工负责|各负其责|负责落实|抓好落实|组织落实"
            + "|具体落实|推动落实|落实|具体负责|负责|配合实施|配合|参与|协同|协助|协办|参加)");
    /** "排在第一位的部门为牵头部门，下同", "列第一位者为牵头单位" */
    static final Pattern CONVENTION = Pattern.compile("(排在|排列|列在|列于|列)?(第一位|首位)[^，,；;。]{0,8}(为|是)牵头");
    /** "以下均需各县级市<区>人民政府<管委会>落实,不再列出" */
    static final Pattern CARRY_FORWARD = Pattern.compile("不再(一一|重复)?列出|不再列举|下同|后同");
    private static final Pattern COLLECTIVE_COUNTY = Pattern.compile(
            "^(全市)?各(县级市|辖市|辖区|县市区|县市|市区|区县|县区|市县|市、区|县|区|地|板块)[^部门单位]{0,12}$|^各地(区)?各部门$");
    /** 市各有关部门, 市政府相关部门, 各成员单位: no body in particular. */
    private static final Pattern COLLECTIVE_OTHER = Pattern.compile("(各|有关|相关|其他|其它)(部门|单位|委办局)|成员单位|直属单位");
    /** A collective that may stand first in a note and so in the lead's place: 各有关部门和单位, 各省级人民政府. */
    private static final Pattern COLLECTIVE_FIRST = Pattern.compile("^(各|有关|相关)[^、，,；;]{1,20}$");
    private static final String OPENERS = "（(<〈【";
    private static final String CLOSERS = "）)>〉】";
    /** Words that qualify a name rather than belong to it: 市商务局按职责分工 → 市商务局. */
    private static final List<String> QUALIFIERS = List.of("分别", "共同", "各自", "具体", "按照职责分工", "按职责分工", "按照职责",
            "按职责", "按职能分工", "按职能");
    // compiled once: every name of every note is looked up in these spellings
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(由|和|及|与|以及|会同|联合)");
    private static final Pattern CITY_PREFIX = Pattern.compile("^苏州市(?!人民政府)");
    private static final Pattern PARTY_PREFIX = Pattern.compile("^中共");
    private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(人民政府|管委会|管理委员会)$");
    private static final Pattern CITY_NAME = Pattern.compile("^苏州市");
    /** 等, 等部门, 等有关部门和单位, 等相关单位: the list goes on without naming them. */
    private static final Pattern TRAILING_ETC = Pattern.compile("等(有关|相关|其他|其它)?((部门|单位)([和及、](部门|单位))?)?$");
    private static final Pattern BODY_LIKE = Pattern.compile("^[^\\d。！？]{2,40}(局|委|办|厅|部|院|会|中心|政府|管委会|办公室|联|社"
            + "|署|所|站|队|馆|集团|公司|银行|行|海关|总工会|妇联|科协|残联|团市委|区|市|县|镇|街道)$");

    private static final Pattern OFFICIAL_NAME = Pattern.compile("^(?!.*(以上|以下|级|等级))[省市区县][^\\d。！？]{1,30}"
            + "(局|委|办|厅|部|院|会|中心|政府|管委会|办公室|联|社|署|总工会|妇联|科协|残联)$");

    /** Words that say who carries a carried-forward list out (负责落实，): at most a few, bounded so it is no scan. */
    private static final Pattern CARRY_VERBS = Pattern.compile(
            "(按职责分工|负责|抓好|组织|具体|推动){0,8}(落实|负责|实施|参与|配合)");
    private static final Pattern CARRY_VERBS_AT_END = Pattern.compile(CARRY_VERBS.pattern() + "[，,\\s]*+$");
    private static final Pattern CARRY_VERBS_IN_LIST = Pattern.compile(CARRY_VERBS.pattern() + "[，,]");

    private final BodyDirectory directory;
    private final ReadDeadline deadline;

    ResponsibilityReader(BodyDirectory directory, ReadDeadline deadline) {
        this.directory = directory;
        this.deadline = deadline;
    }

    /** Whether the text inside a pair of brackets is a responsibility note rather than an aside. */
    boolean isNote(String content) {
        deadline.check();
        String text = stripNested(content).strip();
        if (text.isEmpty() || text.contains("简称") || text.contains("详见") || text.contains("见附件")) {
            return false;
        }
        if (LABEL.matcher(text).find() || CONVENTION.matcher(text).find()) {
            return true;
        }
        List<String> names = new ArrayList<>();
        for (String clause : clauses(text)) {
            Matcher keyword = keyword(clause);
            names.addAll(tokens(keyword != null ? keyword.group(1) + "、" + clause.substring(keyword.end()) : clause));
        }
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            return false;
        }
        boolean anyKnown = names.stream().anyMatch(name -> lookup(clean(name)).isPresent()
                || COLLECTIVE_COUNTY.matcher(clean(name)).matches() || COLLECTIVE_FIRST.matcher(clean(name)).matches());
        boolean hasKeyword = clauses(text).stream().anyMatch(clause -> keyword(clause) != null);
        if (hasKeyword) {
            return anyKnown || names.stream().allMatch(name -> BODY_LIKE.matcher(clean(name)).matches());
        }
        // a bare list: known bodies, or names an administration would give its bodies (省发展改革委、省财政厅)
        return names.stream().allMatch(name -> lookup(clean(name)).isPresent()
                || COLLECTIVE_COUNTY.matcher(clean(name)).matches() || OFFICIAL_NAME.matcher(clean(name)).matches());
    }

    Responsibility read(String note) {
        deadline.check();
        List<String> warnings = new ArrayList<>();
        String text = stripNested(note).strip();
        List<NamedBody> carried = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (String sentence : text.split("[；;。]")) {
            if (CONVENTION.matcher(sentence).find()) {
                // "排在第一位的为牵头单位" may share its sentence with the list itself: keep what precedes it
                String before = sentence.substring(0, CONVENTION.matcher(sentence).results().findFirst()
                        .orElseThrow().start());
                remaining.add(withoutListIntroduction(before));
            } else if (CARRY_FORWARD.matcher(sentence).find()) {
                carried.addAll(carriedBodies(sentence, warnings));
            } else {
                remaining.add(sentence);
            }
        }
        List<Assignment> assignments = assignments(String.join("；", remaining));
        boolean bare = assignments.stream().anyMatch(a -> a.bare() && a.names().size() > 1);

        Map<String, NamedBody> supporting = new LinkedHashMap<>();
        Map<String, NamedBody> implementers = new LinkedHashMap<>();
        NamedBody lead = null;
        NamedBody firstNamedCounty = null;
        String collectiveLead = null;
        for (Role role : new Role[] {Role.LEAD, Role.GUIDE, Role.FIRST_LEADS, Role.SUPPORT, Role.IMPLEMENT}) {
            for (Assignment assignment : assignments) {
                if (assignment.role() != role) {
                    continue;
                }
                // "A、B负责落实" with nobody leading: read like "A、B按职责分工负责"
                Role effective = role == Role.IMPLEMENT && lead == null ? Role.FIRST_LEADS : role;
                List<NamedBody> leadsHere = new ArrayList<>();
                for (String name : assignment.names()) {
                    // 各…/有关…/相关… only: the first character spares the other names a second cleaning
                    if (collectiveLead == null && lead == null && effective != Role.SUPPORT
                            && effective != Role.IMPLEMENT && "各有相".indexOf(name.charAt(0)) >= 0
                            && COLLECTIVE_FIRST.matcher(clean(name)).matches()) {
                        collectiveLead = written(name);
                    }
                    for (Resolved resolved : resolve(name, warnings)) {
                        NamedBody body = resolved.body();
                        boolean explicitLead = effective == Role.LEAD || effective == Role.GUIDE;
                        if (explicitLead && !resolved.collective()) {
                            leadsHere.add(body);
                        } else if (body.isCounty()) {
                            implementers.putIfAbsent(body.id(), body);
                            if (effective == Role.FIRST_LEADS && !resolved.collective() && firstNamedCounty == null) {
                                firstNamedCounty = body;
                            }
                        } else if (effective == Role.FIRST_LEADS && lead == null) {
                            lead = body;
                        } else if (effective == Role.IMPLEMENT) {
                            implementers.putIfAbsent(body.id(), body);
                        } else {
                            supporting.putIfAbsent(body.id(), body);
                        }
                    }
                }
                for (NamedBody body : leadsHere) {
                    if (lead == null) {
                        lead = body;
                    } else if (!lead.id().equals(body.id())) {
                        if (role == Role.LEAD) {
                            warnings.add("写有多个牵头单位，以排在第一位的“" + lead.name() + "”为牵头单位，“"
                                    + body.name() + "”列为配合单位");
                        }
                        supporting.putIfAbsent(body.id(), body);
                    }
                }
            }
        }
        if (lead == null && firstNamedCounty != null) {
            lead = firstNamedCounty;
        }
        if (lead != null) {
            supporting.remove(lead.id());
            implementers.remove(lead.id());
            collectiveLead = null;
        }
        supporting.keySet().forEach(implementers::remove);
        if (note.matches("(?s).*等\\s*(按|负责|参与|配合|落实|单位|部门|有关|相关|[)）]|$).*")) {
            warnings.add("责任单位以“等”结尾，可能还有未列出的单位");
        }
        return new Responsibility(lead, List.copyOf(supporting.values()), List.copyOf(implementers.values()),
                List.copyOf(carried), bare, warnings, collectiveLead);
    }

    /** Splits the note into role assignments, keeping document order within each. */
    private List<Assignment> assignments(String text) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Assignment labelled = null;
        for (String clause : clauses(text)) {
            if (TIME_LABEL.matcher(clause).find()) {
                labelled = null;
                continue;
            }
            Matcher label = LABEL.matcher(clause);
            if (label.matches()) {
                Role role = labelRole(label.group(1));
                labelled = new Assignment(role, new ArrayList<>(tokens(label.group(2))), role == Role.FIRST_LEADS);
                assignments.add(labelled);
                continue;
            }
            Matcher keyword = keyword(clause);
            if (keyword != null) {
                labelled = null;
                keywordClause(clause, keyword, pending, assignments);
            } else if (labelled != null) {
                labelled.names().addAll(tokens(clause));
            } else {
                pending.addAll(tokens(clause));
            }
        }
        if (!pending.isEmpty()) {
            assignments.add(new Assignment(Role.FIRST_LEADS, pending, true));
        }
        return assignments;
    }

    /**
     * "A、B牵头，" or "A牵头B配合C参与": the bodies before each keyword take its role. A loop along the clause, not a
     * recursion: a clause of a hundred thousand keywords must neither overflow the stack nor be copied each time.
     */
    private static void keywordClause(String clause, Matcher keyword, List<String> pending,
                                      List<Assignment> assignments) {
        while (true) {
            List<String> names = new ArrayList<>(pending);
            names.addAll(tokens(keyword.group(1)));
            pending.clear();
            assignments.add(new Assignment(keywordRole(keyword.group(2)), names, false));
            int rest = keyword.end();
            while (rest < clause.length() && Character.isWhitespace(clause.charAt(rest))) {
                rest++;
            }
            if (rest == clause.length()) {
                return;
            }
            keyword.region(rest, clause.length());
            if (!keyword.lookingAt()) {
                pending.addAll(tokens(clause.substring(rest)));
                return;
            }
            if (keyword.group(1).isBlank()) {
                return;
            }
        }
    }

    /**
     * The first role keyword of a clause, or null. A clause that spans lines has none: the keyword and its names
     * are read within one line, as they always were ({@code .} stops at a line end).
     */
    private static Matcher keyword(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        Matcher keyword = KEYWORD.matcher(clause);
        return keyword.lookingAt() ? keyword : null;
    }

    /** "A、B，其中：" → "A、B": the words leading up to a convention that shares its sentence with the list. */
    private static String withoutListIntroduction(String text) {
        int end = text.length();
        if (end > 0 && "：:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (text.startsWith("其中", end - 2)) {
            end -= 2;
        } else if (text.startsWith("注", end - 1)) {
            end--;
        }
        while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && "，,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Role labelRole(String label) {
        if (label.startsWith("牵头") || label.startsWith("主办") || label.startsWith("主责")) {
            return Role.LEAD;
        }
        if (label.startsWith("实施") || label.startsWith("落实")) {
            return Role.IMPLEMENT;
        }
        if (label.startsWith("责任") || label.startsWith("主体")) {
            return Role.FIRST_LEADS;
        }
        return Role.SUPPORT;
    }

    private static Role keywordRole(String keyword) {
        if (keyword.contains("牵头") || keyword.equals("主办")) {
            return Role.LEAD;
        }
        if (keyword.equals("指导")) {
            return Role.GUIDE;
        }
        if (keyword.equals("按职责分工落实")) {
            return Role.FIRST_LEADS;
        }
        if (keyword.contains("落实")) {
            return Role.IMPLEMENT;
        }
        if (keyword.contains("负责") || keyword.equals("各负其责")) {
            return Role.FIRST_LEADS;
        }
        return Role.SUPPORT;
    }

    /** Bodies a carry-forward clause names: "以下均需各县级市人民政府落实，不再列出". */
    private List<NamedBody> carriedBodies(String sentence, List<String> warnings) {
        String names = sentence.replaceAll("不再(一一|重复)?列出|不再列举|下同|后同", "")
                .replaceAll("^[，,\\s]*(以下|下列|其余)?(各项|各条)?(任务|工作|事项)?(均需|均要|均由|均应|需|由)?", "")
                .transform(s -> CARRY_VERBS_AT_END.matcher(s).replaceAll(""))
                .transform(s -> CARRY_VERBS_IN_LIST.matcher(s).replaceAll("，"));
        List<NamedBody> bodies = new ArrayList<>();
        for (String token : tokens(names)) {
            resolve(token, warnings).forEach(resolved -> bodies.add(resolved.body()));
        }
        return bodies;
    }

    private static List<String> clauses(String text) {
        return List.of(text.split("[；;，,。]")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> tokens(String text) {
        return List.of(text.split("[、，,；;/／\\s]+|会同|联合|以及")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The text without its bracketed asides, nested ones included; full-width, ASCII, <> and 【】 pair freely, an
     * unpaired bracket stays. One pass with a stack of where each open bracket was kept: a text nested a hundred
     * thousand deep is no slower than a flat one.
     */
    static String stripNested(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int[] openedAt = new int[16];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                if (depth == openedAt.length) {
                    openedAt = Arrays.copyOf(openedAt, depth * 2);
                }
                openedAt[depth++] = kept.length();
                kept.append(c);
            } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
                kept.setLength(openedAt[--depth]);
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String clean(String token) {
        return written(stripNested(token));
    }

    /**
     * The name as the document wrote it, without the words around it (由…按职责分工, 等); asides in brackets are gone
     * already: a note is read without them (各县级市（区）人民政府 is 各县级市人民政府).
     */
    private static String written(String token) {
        String name = withoutQualifiers(LEADING_CONJUNCTION.matcher(token.strip()).replaceFirst(""));
        return TRAILING_ETC.matcher(name).replaceAll("").strip();
    }

    /** Strips the qualifiers ending a name from the end, so that a long run of them is not scanned from every start. */
    private static String withoutQualifiers(String name) {
        int end = name.length();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String qualifier : QUALIFIERS) {
                if (name.startsWith(qualifier, end - qualifier.length())) {
                    end -= qualifier.length();
                    stripped = true;
                    break;
                }
            }
        }
        return name.substring(0, end);
    }

    /** A name as written, resolved to bodies: a collective phrase stands for every county-level unit. */
    private List<Resolved> resolve(String token, List<String> warnings) {
        String name = clean(token);
        if (name.isEmpty()) {
            return List.of();
        }
        // without brackets in it the name as written is the cleaned one: no second pass over the token
        String writtenAs = hasBracket(token) ? written(token) : name;
        if (COLLECTIVE_COUNTY.matcher(name).matches()) {
            return directory.counties().stream().map(body -> new Resolved(NamedBody.of(body, writtenAs), true)).toList();
        }
        Optional<Body> known = lookup(name);
        if (known.isPresent()) {
            return List.of(new Resolved(NamedBody.of(known.get(), writtenAs), false));
        }
        if (COLLECTIVE_OTHER.matcher(name).find() || COLLECTIVE_FIRST.matcher(name).matches()) {
            warnings.add("“" + name + "”是集合称谓，未对应到具体单位");
            return List.of();
        }
        String[] parts = name.split("和|及|与");
        if (parts.length > 1 && List.of(parts).stream().allMatch(part -> lookup(part).isPresent())) {
            return List.of(parts).stream()
                    .map(part -> new Resolved(NamedBody.of(lookup(part).orElseThrow(), part), false)).toList();
        }
        if (name.length() > 40 || name.matches(".*[\\d。！？].*")) {
            warnings.add("无法识别的责任单位“" + name + "”，未列入");
            return List.of();
        }
        warnings.add("单位“" + name + "”不在单位名录中，导入时将新建");
        return List.of(new Resolved(NamedBody.of(BodyDirectory.unregistered(name), writtenAs), false));
    }

    private static boolean hasBracket(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (OPENERS.indexOf(token.charAt(i)) >= 0 || CLOSERS.indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Looks a name up as written and in the spellings documents vary it by (苏州市X = 市X, X人民政府 = X). */
    Optional<Body> lookup(String name) {
        for (String variant : List.of(name, CITY_PREFIX.matcher(name).replaceFirst("市"),
                PARTY_PREFIX.matcher(name).replaceFirst(""), GOVERNMENT_SUFFIX.matcher(name).replaceFirst(""),
                CITY_NAME.matcher(name).replaceFirst(""))) {
            Optional<Body> body = directory.find(variant);
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }
}
