package dev.vitae.schemas.ops;

import dev.vitae.schemas.DeadLetterOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The meters of one pipeline stage, all tagged {@code stage}:
 * <ul>
 *   <li>{@value #RECORDS} ({@code vitae_stage_records_total}): records handled, by {@code outcome}:
 *       {@value #OK} or the {@link DeadLetterOutcome} it was dead-lettered with;</li>
 *   <li>{@value #PROCESSING} ({@code vitae_stage_processing_seconds}): time to process one record
 *       (the sink: one poll batch, which is one store transaction);</li>
 *   <li>the stage's Kafka clients, through Micrometer's Kafka binders ({@link #bind}), among them the
 *       consumer lag per partition, {@code vitae_kafka_consumer_fetch_manager_records_lag}.</li>
 * </ul>
 * The sink also records {@value #UPLOAD_TO_STORED} ({@code vitae_upload_to_stored_seconds}), the
 * histogram of upload-to-stored latency, with a bucket at the 10 s objective. Counters are
 * registered at their first use, but {@value #OK} at once, so a stage shows from its start.
 */
public final class StageMetrics implements AutoCloseable {
    public static final String RECORDS = "vitae.stage.records";
    public static final String PROCESSING = "vitae.stage.processing";
    public static final String UPLOAD_TO_STORED = "vitae.upload.to.stored";
    public static final String OK = "OK";
    /** The upload-to-stored objective: 99 % within it. */
    public static final Duration STORED_OBJECTIVE = Duration.ofSeconds(10);
    /** How often the Kafka binders look for client metrics that appeared (a partition's lag appears on assignment). */
    public static final Duration KAFKA_REFRESH = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final String stage;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Timer processing;
    private final List<AutoCloseable> bindings = new ArrayList<>();

    public StageMetrics(MeterRegistry registry, String stage) {
        this.registry = registry;
        this.stage = stage;
        this.processing = Timer.builder(PROCESSING).tag("stage", stage)
                .description("Time to process one record (sink: one batch)")
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(30))
                .register(registry);
        counter(OK);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One record handled with {@code outcome}: {@value #OK} or a {@link DeadLetterOutcome}'s name. */
    public void count(String outcome) {
        counter(outcome).increment();
    }

    public void count(DeadLetterOutcome outcome) {
        count(outcome.name());
    }

    /** The processing timer of this stage. */
    public Timer processing() {
        return processing;
    }

    /** The upload-to-stored latency histogram (the sink's). */
    public static Timer uploadToStored(MeterRegistry registry) {
        return Timer.builder(UPLOAD_TO_STORED).description("From the upload record's timestamp to the profile committed in the store")
                .serviceLevelObjectives(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                        STORED_OBJECTIVE, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5))
                .register(registry);
    }

    /** How many records this stage counted with {@code outcome} (for tests and summaries). */
    public long countOf(String outcome) {
        Counter c = counters.get(outcome);
        return c == null ? 0 : (long) c.count();
    }

    private Counter counter(String outcome) {
        return counters.computeIfAbsent(outcome, o -> Counter.builder(RECORDS).tags(Tags.of("stage", stage, "outcome", o))
                .description("Records handled by a stage, by outcome (OK or the dead-letter outcome)").register(registry));
    }

    /** Binds a consumer's client metrics, tagged with this stage; unbound by {@link #close}, or by closing the answer. */
    public AutoCloseable bind(Consumer<?, ?> consumer) {
        return this.<KafkaClientMetrics>bind(scheduler -> new KafkaClientMetrics(consumer, clientTags("consumer"), scheduler, KAFKA_REFRESH));
    }

    /** Binds a producer's client metrics (close the answer when the producer is replaced). */
    public AutoCloseable bind(Producer<?, ?> producer) {
        return this.<KafkaClientMetrics>bind(scheduler -> new KafkaClientMetrics(producer, clientTags("producer"), scheduler, KAFKA_REFRESH));
    }

    /**
     * Binds the binder {@code factory} makes with the scheduler it is given (its refresh thread, stopped
     * with it), e.g. a {@code KafkaStreamsMetrics} with {@link #clientTags clientTags("streams")} and {@link #KAFKA_REFRESH}.
     */
    public synchronized <B extends MeterBinder & AutoCloseable> AutoCloseable bind(Function<ScheduledExecutorService, B> factory) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vitae-" + stage + "-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        B binder = factory.apply(scheduler);
        binder.bindTo(registry);
        AutoCloseable binding = () -> {
            scheduler.shutdownNow();
            binder.close(); // removes the client's meters
        };
        bindings.add(binding);
        return () -> {
            synchronized (this) {
                if (bindings.remove(binding)) {
                    binding.close();
                }
            }
        };
    }

    /**
     * The tags of a Kafka client's meters: the stage, and which kind of client ({@code consumer},
     * {@code producer}, {@code streams}), since a stage's consumer and producer may share a client.id.
     */
    public Tags clientTags(String kind) {
        return tags().and("kafka_client", kind);
    }

    /** The tags of this stage's meters. */
    public Tags tags() {
        return Tags.of("stage", stage);
    }

    /** Unbinds the Kafka clients (their meters go); the stage's own meters stay, with their counts. */
    @Override
    public synchronized void close() {
        for (AutoCloseable b : bindings) {
            try {
                b.close();
            } catch (Exception e) {
                // a binder only removes meters; nothing to recover
            }
        }
        bindings.clear();
    }
}
