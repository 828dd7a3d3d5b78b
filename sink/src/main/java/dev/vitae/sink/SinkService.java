package dev.vitae.sink;

import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.ops.PollingStage;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageTracer;
import dev.vitae.schemas.ops.Traceparent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: profiles.parsed (read_committed) → {@link ProfileStore}. Each poll batch is one
 * database transaction holding the rows and the next offsets; on assignment the consumer seeks to
 * the offsets in the database, so the store is exactly-once whatever crashes.
 *
 * <p>Failures follow {@link StoreFaults}:
 * <ul>
 *   <li>{@code RETRY} (the store is down, locked, full, read-only, its file gone): an outage. The sink
 *       pauses its partitions and keeps polling, so it stays in its group and reads nothing new, waits
 *       with {@link RetryBackoff}, and retries the same work until the store answers; meanwhile it is
 *       not ready and {@link #notReadyReason()} says why. Nothing is dead-lettered for an outage.</li>
 *   <li>{@code DEAD_LETTER} (a record the store refuses for its content, or one that cannot be decoded):
 *       the batch is applied record by record, so only the bad record goes to profiles.parsed.dlq.</li>
 *   <li>{@code STOP} (a schema or programming error): the service stops with the reason; nothing
 *       unapplied is marked consumed, so a fixed sink resumes where this one stopped.</li>
 * </ul>
 * A rebalance while the sink waits drops the partitions it lost from the pending batch; the batch's
 * other partitions are rewound and read again.
 *
 * <p>Operations ({@link StageMetrics}): each record is counted by outcome once its batch is committed
 * ({@code OK} stored or already newer, {@code ERASED} for a tombstone, or its dead-letter outcome), each
 * batch is timed, and every stored profile adds now − its {@code uploadedAt} to the upload-to-stored
 * histogram. Each record is a span of its trace ({@link StageTracer}), with its document and trace id in
 * the log context while it is decoded and dead-lettered.
 */
public final class SinkService extends PollingStage {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    static final String STAGE = "sink";
    /** The outcome counted for a tombstone (an erasure). */
    static final String ERASED = "ERASED";
    private static final Duration POLL = Duration.ofMillis(500);

    private final SinkConfig config;
    private final ProfileStore store;
    private final StageMetrics metrics;
    private final Timer uploadToStored;
    private final StageTracer tracer = StageTracer.fromEnvironment(STAGE);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    private final AtomicLong revocations = new AtomicLong();
    private volatile boolean ready;
    private volatile String outage; // why the sink is waiting for the store, or null
    private volatile String stoppedBecause;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    // Consumer-thread state (the rebalance listener runs inside poll, on that thread).
    private final Set<TopicPartition> unpositioned = new HashSet<>(); // assigned while the store could not say where to start
    private final Map<TopicPartition, Long> inFlight = new HashMap<>(); // first offset, per partition, of the batch being applied
    private boolean batchRevoked;
    private int failedAttempts; // consecutive, in the current outage

    public SinkService(SinkConfig config, ProfileStore store) {
        this(config, store, new SimpleMeterRegistry());
    }

    /** With its meters ({@link StageMetrics}, the upload-to-stored histogram, its Kafka clients') in {@code registry}. */
    public SinkService(SinkConfig config, ProfileStore store, MeterRegistry registry) {
        super(STAGE);
        this.config = config;
        this.store = store;
        this.metrics = new StageMetrics(registry, STAGE);
        this.uploadToStored = StageMetrics.uploadToStored(registry);
    }

    /** The decision that ended a store call, other than RETRY (which is waited out). */
    private static final class StoreFailure extends Exception {
        final StoreFaults.Decision decision;

        StoreFailure(StoreFaults.Decision decision, Throwable cause) {
            super(cause);
            this.decision = decision;
        }
    }

    /** A partition of the batch being applied was revoked while the sink waited for the store. */
    private static final class BatchRevoked extends Exception {
        BatchRevoked() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws SQLException;
    }

    @Override
    protected void pollLoop() {
        try {
            TopicCreator.ensureTopics(config.clientProperties(), config.partitions(), config.replication());
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
                consumer = c;
                metrics.bind(c);
                metrics.bind(dlq);
                c.subscribe(List.of(Topics.PROFILES.name()), new SeekToStoredPositions(c));
                while (isRunning()) {
                    if (!unpositioned.isEmpty()) {
                        positionFromStore(c);
                    }
                    ConsumerRecords<byte[], byte[]> batch = c.poll(POLL);
                    if (!batch.isEmpty()) {
                        applyBatch(c, dlq, batch);
                    }
                }
            }
        } catch (WakeupException e) {
            if (isRunning()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            stoppedBecause = e.getMessage();
            throw e;
        } finally {
            ready = false;
            metrics.close();
            tracer.close();
            LOG.info("sink stopped; {} changes applied, {} dead-lettered", applied.get(), deadLettered.get());
        }
    }

    private void applyBatch(KafkaConsumer<byte[], byte[]> c, KafkaProducer<byte[], byte[]> dlq,
                            ConsumerRecords<byte[], byte[]> batch) throws InterruptedException {
        inFlight.clear();
        batchRevoked = false;
        long start = System.nanoTime();
        List<StageTracer.RecordSpan> spans = new ArrayList<>();
        try {
            List<ProfileStore.Change> changes = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> sources = new ArrayList<>();
            List<StageTracer.RecordSpan> changeSpans = new ArrayList<>();
            Map<TopicPartition, Long> next = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : batch) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                inFlight.putIfAbsent(tp, r.offset());
                next.put(tp, r.offset() + 1);
                StageTracer.RecordSpan span = tracer.start(Traceparent.of(r.headers()).orElseGet(Traceparent::newRoot),
                        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
                spans.add(span);
                ProfileStore.Change change = decode(r, dlq, span);
                span.clearLogContext(); // the batch is logged as a batch
                if (change != null) {
                    changes.add(change);
                    sources.add(r);
                    changeSpans.add(span);
                }
            }
            List<ProfileStore.Position> positions = next.entrySet().stream()
                    .map(e -> new ProfileStore.Position(e.getKey().topic(), e.getKey().partition(), e.getValue())).toList();
            try {
                applied.addAndGet(withStore(c, () -> store.apply(config.groupId(), changes, positions)));
                read.addAndGet(changes.size());
                for (int i = 0; i < changes.size(); i++) {
                    stored(changes.get(i), changeSpans.get(i));
                }
            } catch (StoreFailure f) {
                if (f.decision == StoreFaults.Decision.STOP) {
                    throw stop("a batch", f);
                }
                LOG.warn("batch of {} refused by the store ({}); applying one by one to isolate the bad record",
                        changes.size(), StoreFaults.describe(f.getCause()));
                applyOneByOne(c, changes, sources, changeSpans, positions, dlq);
            }
            // Kafka's committed offsets only mirror the store's, for lag monitoring and the audit; the store is the truth.
            Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
            next.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o)));
            c.commitAsync(commit, null);
        } catch (BatchRevoked e) {
            // The revoked partitions belong to another consumer now, which starts from the stored positions;
            // the partitions kept are rewound to where this batch began, and read again.
            inFlight.forEach(c::seek);
            LOG.info("a rebalance interrupted a pending batch; {} partition(s) rewound", inFlight.size());
        } finally {
            inFlight.clear();
            batchRevoked = false; // only a pending batch can be revoked: none is, until the next one
            spans.forEach(StageTracer.RecordSpan::close);
            metrics.processing().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** A change committed in the store: counted, and a profile's upload-to-stored latency recorded. */
    private void stored(ProfileStore.Change change, StageTracer.RecordSpan span) {
        String outcome = change.profile() == null ? ERASED : StageMetrics.OK;
        metrics.count(outcome);
        span.outcome(outcome);
        if (change.profile() != null && change.profile().getUploadedAt() != null) {
            // clocks of different hosts: a negative difference (skew) counts as zero
            Duration latency = Duration.between(change.profile().getUploadedAt(), java.time.Instant.now());
            uploadToStored.record(latency.isNegative() ? Duration.ZERO : latency);
        }
    }

    private ProfileStore.Change decode(ConsumerRecord<byte[], byte[]> r, KafkaProducer<byte[], byte[]> dlq, StageTracer.RecordSpan span) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (key == null || key.isBlank()) {
            deadLetter(dlq, r, span, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD, "record has no document id key"));
            return null;
        }
        if (r.value() == null) {
            return new ProfileStore.Change(key, null, r.topic(), r.partition(), r.offset()); // erasure
        }
        ResumeProfile p;
        try {
            p = Topics.PROFILES.valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            if (StoreFaults.classify(e) != StoreFaults.Decision.DEAD_LETTER) {
                throw e;
            }
            deadLetter(dlq, r, span, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD, e, 1));
            return null;
        }
        if (!key.equals(p.getDocumentId())) {
            deadLetter(dlq, r, span, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD, "key '" + key + "' differs from documentId " + p.getDocumentId()));
            return null;
        }
        return new ProfileStore.Change(key, p, r.topic(), r.partition(), r.offset());
    }

    private void applyOneByOne(KafkaConsumer<byte[], byte[]> c, List<ProfileStore.Change> changes,
                               List<ConsumerRecord<byte[], byte[]>> sources, List<StageTracer.RecordSpan> spans,
                               List<ProfileStore.Position> positions,
                               KafkaProducer<byte[], byte[]> dlq) throws InterruptedException, BatchRevoked {
        for (int i = 0; i < changes.size(); i++) {
            ProfileStore.Change ch = changes.get(i);
            List<ProfileStore.Position> upTo = List.of(new ProfileStore.Position(ch.topic(), ch.partition(), ch.offset() + 1));
            try {
                applied.addAndGet(withStore(c, () -> store.apply(config.groupId(), List.of(ch), upTo)));
                read.incrementAndGet();
                stored(ch, spans.get(i));
            } catch (StoreFailure f) {
                if (f.decision == StoreFaults.Decision.STOP) {
                    throw stop(ch.documentId(), f);
                }
                deadLetter(dlq, sources.get(i), spans.get(i), DeadLetter.of(STAGE, DeadLetterOutcome.STORE_REJECTED, f.getCause(), 1));
            }
        }
        try {
            withStore(c, () -> store.apply(config.groupId(), List.of(), positions));
        } catch (StoreFailure f) {
            throw stop("the batch's positions", f);
        }
    }

    private IllegalStateException stop(String what, StoreFailure f) {
        return new IllegalStateException("store error on " + what + " that neither waiting nor dead-lettering can fix; stopping: "
                + StoreFaults.describe(f.getCause()), f.getCause());
    }

    /**
     * Runs {@code call}; while it fails with a RETRY-class fault, waits with backoff (polling, partitions
     * paused) and runs it again. Other decisions are thrown as {@link StoreFailure}.
     */
    private <T> T withStore(KafkaConsumer<byte[], byte[]> c, StoreCall<T> call) throws StoreFailure, InterruptedException, BatchRevoked {
        while (true) {
            T result;
            try {
                result = call.run();
            } catch (SQLException | RuntimeException e) {
                StoreFaults.Decision d = StoreFaults.classify(e);
                if (d != StoreFaults.Decision.RETRY) {
                    throw new StoreFailure(d, e);
                }
                waitForStore(c, e);
                if (batchRevoked) {
                    throw new BatchRevoked();
                }
                continue;
            }
            endOutage(c);
            return result;
        }
    }

    /**
     * After a store call succeeded: if an outage was on, it is over, and every partition that knows
     * where to start is resumed. Called wherever the store answers, including the rebalance listener:
     * an outage that ends while a rebalance revokes the pending batch would otherwise leave the
     * partitions paused with no store call left to resume them.
     */
    private void endOutage(KafkaConsumer<byte[], byte[]> c) {
        if (outage == null) {
            return;
        }
        LOG.info("store available again after {} failed attempt(s); resuming", failedAttempts);
        outage = null;
        failedAttempts = 0;
        Set<TopicPartition> resume = new HashSet<>(c.assignment());
        resume.removeAll(unpositioned);
        c.resume(resume);
        ready = unpositioned.isEmpty();
    }

    /** Waits out one backoff step of an outage, polling with every partition paused so the group keeps this member. */
    private void waitForStore(KafkaConsumer<byte[], byte[]> c, Exception cause) {
        failedAttempts++;
        String why = "store unavailable, waiting to retry (attempt " + failedAttempts + "): " + StoreFaults.describe(cause);
        if (outage == null) {
            outages.incrementAndGet();
            LOG.warn("{}", why, cause);
        } else {
            LOG.info("{}", why); // at most one line per backoff step
        }
        outage = why;
        ready = false;
        c.pause(c.assignment());
        long deadline = System.nanoTime() + config.retryBackoff().delay(failedAttempts, ThreadLocalRandom.current()::nextDouble).toNanos();
        // until the step is over, the pending batch is revoked, or the store answered the rebalance listener
        for (long left; (left = deadline - System.nanoTime()) > 0 && !batchRevoked && outage != null; ) {
            if (!isRunning()) {
                throw new WakeupException(); // closing: leave the loop as a wakeup would
            }
            ConsumerRecords<byte[], byte[]> none = c.poll(Duration.ofNanos(Math.min(left, POLL.toNanos())));
            if (!none.isEmpty()) {
                // Records come only when a rebalance inside this poll resumed partitions (the store answered
                // the listener, which ended the outage): never drop what was read; it is read again after
                // the revoked batch. Pause them only while the outage is still on.
                Map<TopicPartition, Long> first = new HashMap<>();
                none.forEach(r -> first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min));
                first.forEach(c::seek);
                if (outage != null) {
                    c.pause(first.keySet());
                }
            }
        }
    }

    /** Seeks the partitions assigned while the store was unavailable to their stored positions, waiting for the store. */
    private void positionFromStore(KafkaConsumer<byte[], byte[]> c) throws InterruptedException {
        try {
            Map<Integer, Long> stored = withStore(c, () -> store.positions(config.groupId(), Topics.PROFILES.name()));
            for (TopicPartition tp : unpositioned) {
                seekTo(c, tp, stored.get(tp.partition()));
            }
            c.resume(unpositioned);
            unpositioned.clear();
            ready = true;
        } catch (StoreFailure f) {
            throw stop("reading the stored positions", f);
        } catch (BatchRevoked e) {
            throw new IllegalStateException("no batch is pending while positioning", e);
        }
    }

    private static void seekTo(KafkaConsumer<byte[], byte[]> c, TopicPartition tp, Long pos) {
        if (pos != null) {
            c.seek(tp, pos);
        } else {
            c.seekToBeginning(List.of(tp)); // nothing stored from it yet: the store rebuilds from the (compacted) topic
        }
    }

    private void deadLetter(KafkaProducer<byte[], byte[]> dlq, ConsumerRecord<byte[], byte[]> r, StageTracer.RecordSpan span, DeadLetter why) {
        try {
            ProducerRecord<byte[], byte[]> out = why.toRecord(r);
            span.traceparent().writeTo(out.headers());
            dlq.send(out).get(30, TimeUnit.SECONDS); // the record must be safe before its offset is stored
            deadLettered.incrementAndGet();
            metrics.count(why.outcome());
            span.outcome(why.outcome().name());
        } catch (Exception e) {
            throw new IllegalStateException("cannot dead-letter " + r.topic() + "/" + r.partition() + "@" + r.offset() + ": " + e, e);
        }
    }

    private Properties consumerProps() {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, dev.vitae.schemas.GroupMembership.SESSION_TIMEOUT_MS); // unless --config sets it: a killed instance's partitions move after 10 s, not 45 s
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxBatch()));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        return p;
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        return p;
    }

    /** Ready: assigned and positioned, not waiting for the store, and the store on disk is the one being written. */
    @Override
    public boolean isReady() {
        return ready && outage == null && store.fault().isEmpty();
    }

    /** Why the sink is not ready, or empty when it is. */
    @Override
    public Optional<String> notReadyReason() {
        Optional<String> fault = store.fault();
        if (fault.isPresent()) {
            return fault;
        }
        if (stoppedBecause != null) {
            return Optional.of("stopped: " + stoppedBecause);
        }
        if (outage != null) {
            return Optional.of(outage);
        }
        if (isStarted() && !isAlive()) {
            return Optional.of("stopped");
        }
        return ready ? Optional.empty() : Optional.of("starting: waiting for partitions");
    }

    @Override
    public StageMetrics metrics() {
        return metrics;
    }

    public long appliedCount() {
        return applied.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** How many times the store became unavailable since the sink started. */
    public long outageCount() {
        return outages.get();
    }

    /** How many times partitions were taken from this sink (rebalances, or eviction from the group). */
    public long revocationCount() {
        return revocations.get();
    }

    /** Changes read and committed but not applied because the store already held a newer version. */
    public long skippedCount() {
        return read.get() - applied.get();
    }

    @Override
    protected void interruptPoll() {
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /**
     * Seeks each newly assigned partition to the position stored with the rows, or to the beginning when
     * the store has none. When the store cannot answer, the partitions stay paused until it can.
     */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> c;

        SeekToStoredPositions(KafkaConsumer<byte[], byte[]> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                revocations.incrementAndGet();
            }
            for (TopicPartition tp : partitions) {
                if (inFlight.remove(tp) != null) {
                    batchRevoked = true;
                }
            }
            unpositioned.removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            inFlight.keySet().removeAll(partitions); // positioned from the store below, not from the pending batch
            if (outage != null) {
                c.pause(partitions); // no new work while the store is down
            }
            try {
                Map<Integer, Long> stored = store.positions(config.groupId(), Topics.PROFILES.name());
                for (TopicPartition tp : partitions) {
                    seekTo(c, tp, stored.get(tp.partition()));
                }
                endOutage(c); // the store answered
                ready = unpositioned.isEmpty() && outage == null;
            } catch (SQLException | RuntimeException e) {
                if (StoreFaults.classify(e) != StoreFaults.Decision.RETRY) {
                    throw new IllegalStateException("cannot read stored positions: " + StoreFaults.describe(e), e);
                }
                LOG.warn("partitions {} assigned while the store is unavailable; paused until it answers: {}",
                        partitions, StoreFaults.describe(e));
                unpositioned.addAll(partitions);
                c.pause(partitions);
            }
        }
    }
}
