package org.policyflow.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * policyflow.jar started as the README starts it ({@code java -jar policyflow.jar}, no JVM flags) on a free port,
 * timed from launch until it is ready, with the resident memory of its process read from /proc.
 */
final class LaunchedJar implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    final URI base;
    private final Process process;
    private final long launchedAt;
    private final Path log;

    private LaunchedJar(URI base, Process process, long launchedAt, Path log) {
        this.base = base;
        this.process = process;
        this.launchedAt = launchedAt;
        this.log = log;
    }

    /** Starts the jar with these arguments (data folder, profiles, database) and its output in {@code log}. */
    static LaunchedJar start(Path log, List<String> arguments) throws IOException {
        Path jar = Path.of(System.getProperty("policyflow.jar", "target/policyflow.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no application jar at " + jar.toAbsolutePath() + ": run mvn package first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // JVM options for a profiling run only (a flight recording, say); the figures are taken without any
        String jvmArgs = System.getProperty("benchmark.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(arguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        long launchedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new LaunchedJar(URI.create("http://127.0.0.1:" + port), process, launchedAt, log);
    }

    /**
     * Waits until the readiness probe answers UP, which Spring Boot reports only after every start-up runner (model
     * deployment, identities, the seed import) has finished. Returns the seconds since launch.
     */
    double awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("policyflow.jar exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> health = PROBE.send(probe, HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start-up
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("policyflow.jar was not ready after " + START_TIMEOUT + ", see " + log);
    }

    /** CPU time the server process has used so far (all its threads). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    long rssMb() {
        return Machine.rssMb(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
