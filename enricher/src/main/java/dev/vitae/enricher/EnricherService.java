package dev.vitae.enricher;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageService;
import dev.vitae.schemas.ops.StageTracer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enricher service: runs {@link EnricherTopology} with exactly-once processing (v2), so a
 * profile and the consumed offset commit together and a crash never publishes a profile twice.
 */
public final class EnricherService implements StageService {
    private static final Logger LOG = LoggerFactory.getLogger(EnricherService.class);
    public static final String VERSION = readVersion();

    private final EnricherConfig config;
    private final String version;
    private final StageMetrics metrics;
    private final StageTracer tracer = StageTracer.fromEnvironment(EnrichProcessor.STAGE);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaStreams streams;
    private volatile boolean failed;

    public EnricherService(EnricherConfig config) {
        this(config, VERSION);
    }

    /** With another enricher version stamped on the profiles: for replay tests that stand in for an upgrade. */
    public EnricherService(EnricherConfig config, String version) {
        this(config, version, new SimpleMeterRegistry());
    }

    /** With its meters ({@link StageMetrics}, the Streams client's) in {@code registry}. */
    public EnricherService(EnricherConfig config, String version, MeterRegistry registry) {
        this.config = config;
        this.version = version;
        this.metrics = new StageMetrics(registry, EnrichProcessor.STAGE);
    }

    @Override
    public String stage() {
        return EnrichProcessor.STAGE;
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            throw new IllegalStateException("already started");
        }
        TopicCreator.ensureTopics(config.clientProperties(), config.partitions(), config.replication());
        streams = new KafkaStreams(EnricherTopology.build(new ResumeEnricher(version, Clock.systemUTC()), metrics, tracer), streamsProperties());
        KafkaStreams bound = streams;
        metrics.<KafkaStreamsMetrics>bind(scheduler -> new KafkaStreamsMetrics(bound, metrics.clientTags("streams"), scheduler, StageMetrics.KAFKA_REFRESH));
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                failed = true;
            }
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streams.start();
    }

    @Override
    public void awaitStopped() throws InterruptedException {
        stopped.await();
        if (failed) {
            throw new IllegalStateException("the enricher's Kafka Streams client failed (state ERROR); see the log");
        }
    }

    Properties streamsProperties() {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replication());
        p.put(StreamsConfig.producerPrefix("max.request.size"), Integer.toString(dev.vitae.schemas.Topics.MAX_MESSAGE_BYTES));
        p.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), Integer.toString(dev.vitae.schemas.Topics.MAX_MESSAGE_BYTES));
        p.put(StreamsConfig.producerPrefix("compression.type"), "zstd");
        p.putIfAbsent("session.timeout.ms", dev.vitae.schemas.GroupMembership.SESSION_TIMEOUT_MS); // unless --config sets it: a killed instance's tasks move after 10 s, not 45 s
        p.put("processing.exception.handler.global.enabled", "true");
        if (config.instanceId() != null) {
            // Streams suffixes it with each thread's index
            p.put(StreamsConfig.mainConsumerPrefix("group.instance.id"), config.applicationId() + "-" + config.instanceId());
        }
        return p;
    }

    @Override
    public boolean isAlive() {
        KafkaStreams s = streams;
        return s != null && s.state().isRunningOrRebalancing();
    }

    @Override
    public boolean isReady() {
        KafkaStreams s = streams;
        return s != null && s.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public Optional<String> notReadyReason() {
        KafkaStreams s = streams;
        if (s == null) {
            return Optional.of("not started");
        }
        return s.state() == KafkaStreams.State.RUNNING ? Optional.empty() : Optional.of("streams " + s.state());
    }

    @Override
    public synchronized void close() {
        if (streams != null) {
            // Leave the group: otherwise the next instance waits out this one's session timeout (45 s) before it gets partitions.
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
        }
        metrics.close();
        tracer.close();
        stopped.countDown(); // also when never started: nothing is left to wait for
    }

    @Override
    public StageMetrics metrics() {
        return metrics;
    }

    private static String readVersion() {
        try (InputStream in = EnricherService.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("enricher version.properties missing from the build", e));
        }
    }
}
