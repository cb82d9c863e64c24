package org.policyflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where the figures go: printed as they come (the run's progress) and appended, as Markdown lines with the time and
 * the load average, to target/benchmarks/results.md, from which docs/BENCHMARKS.md is written.
 */
final class Results {

    private static final Path FILE = Path.of(System.getProperty("benchmark.results", "target/benchmarks/results.md"));

    private Results() {
    }

    static void heading(String title) {
        write("\n### " + title + " (" + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + ", "
                + Machine.describe() + ")\n");
    }

    static void figure(String line) {
        write("- " + line + " [load " + Machine.load() + "]");
    }

    /** Progress of long work, not a figure: printed only. */
    static void progress(String line) {
        System.out.println("[benchmark] " + line);
    }

    private static void write(String line) {
        System.out.println("[benchmark] " + line);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
