package dev.vitae.schemas.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Optional;

/**
 * The one lifecycle of the three stage services (extractor, enricher, sink), whether a command runs
 * one on its own or local mode runs all three in one JVM. {@link #start()} returns once the stage's
 * work runs on threads of its own; {@link #isReady()} and {@link #notReadyReason()} feed
 * {@code /health}; {@link #close()} stops the work and waits for it, letting an open transaction
 * finish; {@link #awaitStopped()} is what a command blocks on until then.
 */
public interface StageService extends AutoCloseable {
    /** The stage's name, as metrics and logs call it. */
    String stage();

    /** Starts the work on the service's own threads and returns; once only. */
    void start();

    /** Liveness: started and not stopped, whether or not it can make progress now. */
    boolean isAlive();

    /** Readiness: true while the stage can make progress. */
    boolean isReady();

    /** Why the stage is not ready (empty when it is). */
    Optional<String> notReadyReason();

    StageMetrics metrics();

    /**
     * Blocks until the work has stopped: after {@link #close()}, or because it failed, in which case
     * the failure is thrown (wrapped), so that a command exits non-zero.
     */
    void awaitStopped() throws InterruptedException;

    /** Stops the work and waits for it; safe to call more than once, and before {@link #start()}. */
    @Override
    void close();

    /**
     * Runs {@code service} as its command does: {@code /metrics} and {@code /health} where
     * {@code metrics} asks for them, stopped by SIGTERM (a shutdown hook closes it); returns once it
     * has stopped, and throws if its work failed.
     */
    static void runUntilStopped(StageService service, MetricsOptions metrics, PrometheusMeterRegistry registry)
            throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, service.stage() + "-shutdown"));
        service.start();
        MetricsServer server = metrics.start(registry, service::isReady);
        try {
            service.awaitStopped();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
