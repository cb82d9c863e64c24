package org.policyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policyflow.OwnsTables;

/**
 * Each of PolicyFlow's tables has one owner, the feature package whose {@link OwnsTables} names it, and only the
 * owner's Java names it (its tables, their indexes and constraints); other packages read the views owners publish.
 * The tables, indexes and views are those the Flyway migrations create; the Java is read as text, comments included,
 * so a name in a comment counts as well.
 */
class TableOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/org/policyflow");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(pf_\\w+)");
    private static final Pattern CREATE_VIEW = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+(v_\\w+)");
    /** An index or constraint, and the table it belongs to. */
    private static final Pattern TABLE_PART = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unique\\s+)?index\\s+(pf_\\w+)\\s+on\\s+(pf_\\w+)"
                    + "|\\balter\\s+table\\s+(pf_\\w+)\\s+add\\s+constraint\\s+(pf_\\w+)");
    private static final Pattern TABLE_NAME = Pattern.compile("\\bpf_[A-Za-z0-9_]+");
    private static final Pattern VIEW_NAME = Pattern.compile("\\bv_[A-Za-z0-9_]+");

    @Test
    void everyTableOfTheMigrationsHasExactlyOneOwner() {
        Map<String, List<String>> owners = new TreeMap<>();
        tables().forEach(table -> owners.put(table, new ArrayList<>()));
        ownership().forEach((pkg, owns) -> List.of(owns.value())
                .forEach(table -> owners.computeIfAbsent(table, t -> new ArrayList<>()).add(pkg)));

        assertThat(owners).as("tables with their owner packages").allSatisfy((table, packages) -> assertThat(packages)
                .as("packages whose @OwnsTables names %s", table).hasSize(1));
        assertThat(owners.keySet()).as("tables owned but created by no migration").isSubsetOf(tables());
    }

    @Test
    void everyPublishedViewHasExactlyOneOwnerAndIsCreatedByAMigration() {
        Map<String, List<String>> publishers = new TreeMap<>();
        views().forEach(view -> publishers.put(view, new ArrayList<>()));
        ownership().forEach((pkg, owns) -> List.of(owns.views())
                .forEach(view -> publishers.computeIfAbsent(view, v -> new ArrayList<>()).add(pkg)));

        assertThat(publishers).as("views with the packages publishing them").allSatisfy((view, packages) ->
                assertThat(packages).as("packages whose @OwnsTables(views) names %s", view).hasSize(1));
        assertThat(publishers.keySet()).as("views published but created by no migration").isSubsetOf(views());
    }

    @Test
    void aTableIsNamedInTheJavaOfItsOwnerOnly() {
        Map<String, String> ownerOfTable = new TreeMap<>();
        ownership().forEach((pkg, owns) -> List.of(owns.value()).forEach(table -> ownerOfTable.put(table, pkg)));
        Map<String, String> tableOfName = tableParts();
        tables().forEach(table -> tableOfName.put(table, table));

        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            Matcher name = TABLE_NAME.matcher(read(file));
            Set<String> reported = new TreeSet<>();
            while (name.find()) {
                String table = tableOfName.get(name.group());
                String owner = table == null ? null : ownerOfTable.get(table);
                if (!pkg.equals(owner) && reported.add(name.group())) {
                    violations.add(JAVA.relativize(file) + " names " + name.group()
                            + (table == null ? ", which no migration creates"
                            : (table.equals(name.group()) ? "" : " (of " + table + ")")
                            + (owner == null ? ", owned by no package" : ", owned by " + owner)));
                }
            }
        }
        assertThat(violations).as("pf_ names outside their owner's Java (read the owner's view or query class)")
                .isEmpty();
    }

    @Test
    void everyViewNamedInJavaIsPublishedAndCreated() {
        Set<String> published = new TreeSet<>();
        ownership().values().forEach(owns -> published.addAll(List.of(owns.views())));
        Set<String> created = views();

        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher name = VIEW_NAME.matcher(read(file));
            while (name.find()) {
                List<String> missing = new ArrayList<>();
                if (!published.contains(name.group())) {
                    missing.add("in no @OwnsTables(views)");
                }
                if (!created.contains(name.group())) {
                    missing.add("created by no migration");
                }
                if (!missing.isEmpty()) {
                    violations.add(JAVA.relativize(file) + " names " + name.group() + ", which is "
                            + String.join(" and ", missing));
                }
            }
        }
        assertThat(violations).as("views named in Java").isEmpty();
    }

    /** The @OwnsTables of every package under org.policyflow that has one, by package name relative to it. */
    private static Map<String, OwnsTables> ownership() {
        Map<String, OwnsTables> ownership = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(JAVA)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String pkg = dir.getFileName().toString();
                OwnsTables owns = packageInfo(pkg);
                if (owns != null) {
                    ownership.put(pkg, owns);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(ownership).as("packages with @OwnsTables").isNotEmpty();
        return ownership;
    }

    private static OwnsTables packageInfo(String pkg) {
        try {
            return Class.forName("org.policyflow." + pkg + ".package-info").getPackage().getAnnotation(OwnsTables.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<String> tables() {
        return names(CREATE_TABLE);
    }

    private static Set<String> views() {
        return names(CREATE_VIEW);
    }

    private static Set<String> names(Pattern create) {
        Set<String> names = new TreeSet<>();
        for (Path migration : migrations()) {
            Matcher matcher = create.matcher(read(migration));
            while (matcher.find()) {
                names.add(matcher.group(1).toLowerCase());
            }
        }
        assertThat(names).as("names matching " + create).isNotEmpty();
        return names;
    }

    /** Indexes and constraints, each with its table. */
    private static Map<String, String> tableParts() {
        Map<String, String> tableOfPart = new TreeMap<>();
        for (Path migration : migrations()) {
            Matcher matcher = TABLE_PART.matcher(read(migration));
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    tableOfPart.put(matcher.group(1).toLowerCase(), matcher.group(2).toLowerCase());
                } else {
                    tableOfPart.put(matcher.group(4).toLowerCase(), matcher.group(3).toLowerCase());
                }
            }
        }
        return tableOfPart;
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature package of a source file: its first folder under org/policyflow; "" for the root package. */
    private static String packageOf(Path file) {
        Path relative = JAVA.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
