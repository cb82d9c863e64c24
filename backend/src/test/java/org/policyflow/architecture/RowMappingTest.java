package org.policyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rows become records through {@link org.policyflow.Rows} only. JdbcClient's {@code query(Record.class)} and Spring's
 * row mappers look each camel-case component up as a column first, and H2 answers a missing column with an exception
 * it writes with its stack trace to its trace file, per column and row ({@code org.policyflow.RowsTest});
 * {@code query(Long.class)} and the like read one column and stay.
 */
class RowMappingTest {

    private static final Pattern QUERY_BY_CLASS = Pattern.compile("\\.query\\(\\s*([A-Z][\\w.]*)\\.class\\s*\\)");
    private static final Pattern SPRINGS_MAPPERS = Pattern.compile(
            "(DataClass|BeanProperty|SimpleProperty)RowMapper");
    private static final Set<String> ONE_COLUMN = Set.of("String", "Long", "Integer", "Short", "Boolean", "Double",
            "BigDecimal", "LocalDate", "LocalDateTime", "OffsetDateTime", "Instant", "UUID");

    @Test
    void noRecordIsReadByJdbcClientsOwnMapping() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher query = QUERY_BY_CLASS.matcher(code);
                while (query.find()) {
                    if (!ONE_COLUMN.contains(query.group(1))) {
                        found.add(source + ": " + query.group());
                    }
                }
                // Rows itself names them, to say why it is not one of them
                Matcher mapper = SPRINGS_MAPPERS.matcher(source.endsWith("Rows.java") ? "" : code);
                while (mapper.find()) {
                    found.add(source + ": " + mapper.group());
                }
            }
        }
        assertThat(found).as("read these with .query(Rows.of(Type.class))").isEmpty();
    }
}
