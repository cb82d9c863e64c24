package org.policyflow.simulation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code --journal FILE}: one line per action on a task the server acknowledged (task id, task kind, COMPLETED or ACTED,
 * title), appended, so a
 * trainer or an operator can see what a run did, also across a stop and a restart.
 */
final class Journal implements AutoCloseable {

    private final BufferedWriter out;

    private Journal(BufferedWriter out) {
        this.out = out;
    }

    static Journal open(Path file) throws IOException {
        return new Journal(file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    synchronized void write(OpenTask task, Outcome outcome) {
        if (out == null) {
            return;
        }
        try {
            out.write(task.id() + "\t" + task.key() + "\t" + outcome + "\t" + task.title());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
