package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.policyflow.engine.TaskKey;

/**
 * The user-task ids are named once in Java ({@link TaskKey}); the models in bpmn/ and the front end must use the same
 * ones: a renamed task in a model, a key added or dropped on one side, or a front-end list of tasks that disagrees
 * with the server's fails here.
 */
class TaskKeysTest {

    private static final Path MODELS = Path.of("../bpmn");
    private static final Path FRONTEND = Path.of("../frontend/src");
    private static final Pattern EXTENSION_TASKS = Pattern.compile("const EXTENSION_TASKS\\s*=\\s*\\[([^]]*)]");
    private static final Pattern BULK_ACKNOWLEDGEMENT_TASKS =
            Pattern.compile("const BULK_ACKNOWLEDGEMENT_TASKS\\s*=\\s*\\[([^]]*)]");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

    @Test
    void theKeysAreTheUserTasksOfTheModels() throws IOException {
        Set<String> userTasks = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
                        .forEach(task -> userTasks.add(task.getId()));
            }
        }
        assertThat(userTasks).isNotEmpty().isEqualTo(
                Arrays.stream(TaskKey.values()).map(TaskKey::id).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theFrontEndOffersAnExtensionOnTheTasksTheServerAcceptsItFor() throws IOException {
        List<Path> declaring = frontEndSources().stream().filter(file -> EXTENSION_TASKS.matcher(read(file)).find())
                .toList();
        assertThat(declaring).as("one front-end module declares EXTENSION_TASKS").hasSize(1);
        Matcher list = EXTENSION_TASKS.matcher(read(declaring.get(0)));
        assertThat(list.find()).isTrue();
        assertThat(quoted(list.group(1))).isEqualTo(new TreeSet<>(TaskActions.EXTENSION_TASKS));
    }

    @Test
    void theFrontEndOffersBulkSigningOnTheTasksTheServerSignsInBulk() throws IOException {
        List<Path> declaring = frontEndSources().stream()
                .filter(file -> BULK_ACKNOWLEDGEMENT_TASKS.matcher(read(file)).find()).toList();
        assertThat(declaring).as("one front-end module declares BULK_ACKNOWLEDGEMENT_TASKS").hasSize(1);
        Matcher list = BULK_ACKNOWLEDGEMENT_TASKS.matcher(read(declaring.get(0)));
        assertThat(list.find()).isTrue();
        assertThat(quoted(list.group(1))).isEqualTo(new TreeSet<>(TaskActions.BULK_ACKNOWLEDGEMENT_TASKS));
    }

    private static List<Path> frontEndSources() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(f -> f.toString().matches(".*\\.tsx?$") && !f.toString().matches(".*\\.test\\.tsx?$"))
                    .sorted().toList();
        }
    }

    private static Set<String> quoted(String text) {
        Set<String> values = new TreeSet<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            values.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return values;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
