package org.policyflow.department;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of known bodies, kept as data in {@code registry.tsv} beside this class so that the command line
 * reads it without Spring and the start-up sync copies it into pf_department.
 */
public final class DepartmentRegistry implements BodyDirectory {

    /** One registered body with the other names documents use for it. */
    public record Entry(Body body, List<String> aliases) {
    }

    private static final String RESOURCE = "registry.tsv";

    private final List<Entry> entries;
    private final Map<String, Body> byName;

    DepartmentRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Body> names = new LinkedHashMap<>();
        for (Entry entry : entries) {
            register(names, entry.body().name(), entry.body());
            entry.aliases().forEach(alias -> register(names, alias, entry.body()));
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    private static void register(Map<String, Body> names, String name, Body body) {
        Body previous = names.putIfAbsent(name, body);
        if (previous != null && !previous.id().equals(body.id())) {
            throw new IllegalStateException("Registry name " + name + " is given to both " + previous.id()
                    + " and " + body.id());
        }
    }

    /** Reads the registry shipped with the application. */
    public static DepartmentRegistry load() {
        try (InputStream in = DepartmentRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + DepartmentRegistry.class);
            }
            return new DepartmentRegistry(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the department registry", e);
        }
    }

    private static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalStateException("Registry line needs id, kind and name: " + line);
            }
            List<String> aliases = columns.length > 3 && !columns[3].isBlank()
                    ? List.of(columns[3].split("\\|")) : List.of();
            entries.add(new Entry(new Body(columns[0].strip(), columns[2].strip(), columns[1].strip()), aliases));
        }
        return entries;
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public Optional<Body> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public List<Body> counties() {
        return entries.stream().map(Entry::body).filter(Body::isCounty).toList();
    }
}
