package dev.vitae.app.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Vitae service ({@code vitae.jar extractor|enricher|sink}) run as a child process, as a
 * deployment runs it, so that a drill can kill it with SIGKILL and start it again. Its output goes
 * to a log file under the drill's directory, appended across restarts.
 */
final class ServiceProcess implements AutoCloseable {
    /** Built by the package phase, which runs before the integration tests. */
    static final Path JAR = Path.of("target", "vitae.jar").toAbsolutePath();

    private final String service;
    private final List<String> command;
    private final Path log;
    private final java.util.Map<String, String> environment;
    private Process process;

    private ServiceProcess(String service, List<String> command, Path log, java.util.Map<String, String> environment) {
        this.service = service;
        this.command = command;
        this.log = log;
        this.environment = environment;
    }

    /** Starts {@code service} against {@code bootstrap} (null: the one in its {@code --config} file) with its data under {@code dataDir}. */
    static ServiceProcess start(String service, String bootstrap, Path dataDir, String... extra) {
        return start(service, bootstrap, dataDir, java.util.Map.of(), extra);
    }

    /** As {@link #start(String, String, Path, String...)} with {@code environment} added to this process's. */
    static ServiceProcess start(String service, String bootstrap, Path dataDir, java.util.Map<String, String> environment, String... extra) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the drills through `mvn verify` (package builds it)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-jar", JAR.toString(), service,
                "--data", dataDir.toAbsolutePath().toString()));
        if (bootstrap != null) {
            cmd.addAll(List.of("--bootstrap-servers", bootstrap));
        }
        cmd.addAll(List.of(extra));
        ServiceProcess p = new ServiceProcess(service, cmd, dataDir.resolve(service + ".log"), environment);
        p.spawn();
        return p;
    }

    private void spawn() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished, no group is left. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(service + " survived SIGKILL");
        }
    }

    /** SIGTERM and wait: the service's shutdown hook closes it cleanly. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM to all at once, then waits for each: their clean shutdowns overlap. */
    static void stopAll(ServiceProcess... services) throws InterruptedException {
        for (ServiceProcess s : services) {
            s.process.destroy();
        }
        for (ServiceProcess s : services) {
            s.stop();
        }
    }

    /** Starts the same command again (after {@link #kill9} or {@link #stop}). */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(service + " is still running");
        }
        spawn();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String service() {
        return service;
    }

    /** The last lines of the service's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
