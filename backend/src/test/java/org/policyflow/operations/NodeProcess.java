package org.policyflow.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PolicyFlow node as operations run it: {@code java -jar policyflow.jar} in its own JVM on its own port, so a
 * test can kill it with SIGKILL (kill -9) and start it again on the same database.
 * <p>
 * The base of the *IT classes (failsafe, after the jar is packaged): tests of what only separate processes show
 * (several nodes on one database, a crash, start-up outside the demo profile). A test that can run in-process
 * belongs on org.policyflow.ApplicationTest instead: each node here costs a JVM and a full start.
 */
final class NodeProcess implements AutoCloseable {

    static final String PASSWORD = "demo";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private NodeProcess(String name, List<String> command, Path log, int port) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** A node with the demo accounts and the compressed calendar; {@code settings} add or override properties. */
    static NodeProcess of(String name, Path workDir, List<String> settings) throws IOException {
        Path jar = Path.of(System.getProperty("policyflow.jar", "target/policyflow.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no application jar at " + jar.toAbsolutePath() + ": run mvn package first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--policyflow.data-dir=" + workDir.resolve("data"),
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--logging.level.root=warn"));
        command.addAll(settings);
        return new NodeProcess(name, command, workDir.resolve(name + ".log"), port);
    }

    NodeProcess start() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start", e);
        }
        return this;
    }

    /** Waits until the node answers its health check. */
    NodeProcess awaitUp() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
            }
            try {
                if (get(null, "/actuator/health").statusCode() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // still starting
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not up after " + START_TIMEOUT + ": " + tail());
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An orderly stop (SIGTERM), as a service manager stops the node. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> postJson(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(url() + path);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Everything the node wrote to its console. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
