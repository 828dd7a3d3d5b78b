package dev.vitae.app;

import dev.vitae.enricher.EnricherConfig;
import dev.vitae.enricher.EnricherService;
import dev.vitae.extractor.ExtractorConfig;
import dev.vitae.extractor.ExtractorService;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.ops.StageService;
import dev.vitae.schemas.ops.VitaeMetrics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.SinkConfig;
import dev.vitae.sink.SinkService;
import dev.vitae.sink.StoreConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services (extractor, enricher, sink) and the store, started in this JVM against any
 * Kafka cluster. Local mode runs it beside an embedded broker; the end-to-end tests run it against
 * the test cluster.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final Map<String, BooleanSupplier> readiness = new LinkedHashMap<>();
    private final Map<String, Supplier<Optional<String>>> notReadyReasons = new LinkedHashMap<>();
    private final PrometheusMeterRegistry registry = VitaeMetrics.newRegistry();
    private ExtractorService extractor;
    private EnricherService enricher;
    private SinkService sink;
    private ProfileStore store;

    /** Leave the number of parser processes to the extractor's own default (one per core). */
    public static final int DEFAULT_PARSERS = 0;

    private Pipeline() {}

    public static Pipeline start(Properties client, Path dataDir, StoreConfig storeConfig, int partitions) {
        return start(client, dataDir, storeConfig, partitions, EnricherService.VERSION);
    }

    /** With the enricher stamping {@code enricherVersion}, as a newer release would. */
    public static Pipeline start(Properties client, Path dataDir, StoreConfig storeConfig, int partitions, String enricherVersion) {
        return start(client, dataDir, storeConfig, partitions, enricherVersion, DEFAULT_PARSERS);
    }

    /** @param parsers documents parsed at once, each in its own parser process; {@link #DEFAULT_PARSERS} for the extractor's default */
    public static Pipeline start(Properties client, Path dataDir, StoreConfig storeConfig, int partitions, String enricherVersion, int parsers) {
        Pipeline p = new Pipeline();
        try {
            p.startAll(client, dataDir, storeConfig, partitions, enricherVersion, parsers);
            return p;
        } catch (RuntimeException | Error e) {
            p.close();
            throw e;
        }
    }

    private void startAll(Properties client, Path dataDir, StoreConfig storeConfig, int partitions, String enricherVersion, int parsers) {
        TopicCreator.ensureTopics(client, partitions, (short) 1);
        ExtractorConfig.Builder extraction = ExtractorConfig.builder(client, dataDir.resolve("logs")).instanceId("local").partitions(partitions);
        if (parsers != DEFAULT_PARSERS) {
            extraction.parsers(parsers);
        }
        extractor = new ExtractorService(extraction.build(), registry);
        run(extractor);
        enricher = new EnricherService(new EnricherConfig(client, EnricherConfig.DEFAULT_APPLICATION_ID,
                dataDir.resolve("streams"), 1, partitions, (short) 1), enricherVersion, registry);
        run(enricher);
        store = ProfileStore.open(storeConfig);
        sink = new SinkService(SinkConfig.defaults(client, storeConfig).withTopics(partitions, (short) 1), store, registry);
        run(sink);
    }

    /** Starts {@code service}; it is closed before those started earlier (downstream first). */
    private void run(StageService service) {
        toClose.add(0, service);
        service.start();
        readiness.put(service.stage(), service::isReady);
        notReadyReasons.put(service.stage(), service::notReadyReason);
    }

    public Map<String, BooleanSupplier> readiness() {
        return readiness;
    }

    /** Why a service is not ready, for the services that can say (empty when ready). */
    public Map<String, Supplier<Optional<String>>> notReadyReasons() {
        return notReadyReasons;
    }

    public boolean isReady() {
        return readiness.values().stream().allMatch(BooleanSupplier::getAsBoolean);
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                StringBuilder sb = new StringBuilder();
                readiness.forEach((k, v) -> sb.append(k).append('=').append(v.getAsBoolean() ? "up " : "down "));
                notReadyReasons.forEach((k, v) -> v.get().ifPresent(why -> sb.append("(").append(k).append(": ").append(why).append(") ")));
                throw new IllegalStateException("services not ready after " + timeout + ": " + sb.toString().strip());
            }
            Thread.sleep(100);
        }
    }

    /** Every service's meters, for {@code /metrics}. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public ProfileStore store() {
        return store;
    }

    public ExtractorService extractor() {
        return extractor;
    }

    public EnricherService enricher() {
        return enricher;
    }

    public SinkService sink() {
        return sink;
    }

    @Override
    public void close() {
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        if (store != null) {
            store.close();
        }
    }
}
