package dev.vitae.extractor;

import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.schemas.ops.PollingStage;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageTracer;
import dev.vitae.schemas.ops.Traceparent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor service: consume resumes.uploaded, extract each file, produce to resumes.extracted or
 * resumes.uploaded.dlq. The records of a poll batch are parsed concurrently, as many at once as there
 * are parsers; their results are then produced in input order (so per partition in offset order),
 * with the consumed offsets, in one Kafka transaction, so a crash anywhere replays the batch and
 * read_committed readers downstream see each document once.
 *
 * <p>A failed transaction is aborted and the consumer rewinds to the last committed offsets; results
 * already parsed for the rewound records are kept, so a retry does not parse again. A producer that
 * cannot abort (a fatal state) is closed and a new one takes its transactional id. A batch that fails
 * whole {@link ExtractorConfig#batchAttempts()} times is taken one record per transaction to isolate
 * a poison record; see {@link TransactionFailures} for what happens then. While the stage cannot
 * make progress, {@link #isStalled()} is true and {@link #isReady()} false.
 *
 * <p>Operations ({@link StageMetrics}, stage {@code extractor}): each record is counted by outcome when
 * parsed and timed; the consumer's and producer's Kafka metrics are bound; with a parser pool,
 * {@value #CHILDREN_ALIVE} and {@value #CHILDREN_RESTARTS}. Each record is a span of its upload's trace
 * ({@link StageTracer}; document id and trace id in the log context while it is parsed), and what it
 * becomes, text or dead letter, carries that span as its traceparent.
 */
public final class ExtractorService extends PollingStage {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorService.class);
    static final String CHILDREN_ALIVE = "vitae.parser.children.alive";
    static final String CHILDREN_RESTARTS = "vitae.parser.children.restarts";

    private final ExtractorConfig config;
    private final UploadProcessor processor;
    private final Extractor extractor;
    private final ExecutorService parsing;
    private final TransactionFailures failures;
    private final Map<ExtractionOutcome, LongAdder> outcomes = new EnumMap<>(ExtractionOutcome.class);
    private final StageMetrics metrics;
    private final StageTracer tracer = StageTracer.fromEnvironment(UploadProcessor.STAGE);
    private AutoCloseable producerMetrics; // the current producer's binding: a replaced producer is unbound
    /** Results of the current batch by source position, kept across a failed transaction's rewind. */
    private final Map<Position, ProducerRecord<byte[], byte[]>> parsed = new HashMap<>();
    private volatile boolean ready;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> producer;

    private record Position(String topic, int partition, long offset) {
        static Position of(ConsumerRecord<?, ?> r) {
            return new Position(r.topic(), r.partition(), r.offset());
        }
    }

    public ExtractorService(ExtractorConfig config) {
        this(config, new SimpleMeterRegistry());
    }

    /** With its meters ({@link StageMetrics}, the parser children's, its Kafka clients') in {@code registry}. */
    public ExtractorService(ExtractorConfig config, MeterRegistry registry) {
        super(UploadProcessor.STAGE);
        this.config = config;
        for (ExtractionOutcome o : ExtractionOutcome.values()) {
            outcomes.put(o, new LongAdder());
        }
        this.metrics = new StageMetrics(registry, UploadProcessor.STAGE);
        this.extractor = config.newExtractor();
        if (extractor instanceof ParserPool pool) {
            Gauge.builder(CHILDREN_ALIVE, pool, ParserPool::childrenAlive).tags(metrics.tags())
                    .description("Parser child processes running now").register(registry);
            FunctionCounter.builder(CHILDREN_RESTARTS, pool, ParserPool::restarts).tags(metrics.tags())
                    .description("Parser child processes started to replace one").register(registry);
        }
        this.processor = new UploadProcessor(extractor, config.maxAttempts(), config.retryBackoff(), Clock.systemUTC(), o -> {
            outcomes.get(o).increment();
            metrics.count(o.metricOutcome());
        });
        AtomicInteger n = new AtomicInteger();
        this.parsing = Executors.newFixedThreadPool(config.parsers(), r -> {
            Thread t = new Thread(r, "vitae-extract-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        this.failures = new TransactionFailures(config.batchAttempts(), config.retryBackoff());
    }

    @Override
    protected void pollLoop() {
        try {
            TopicCreator.ensureTopics(config.clientProperties(), config.partitions(), config.replication());
            extractor.prepare(); // parser processes started and warm before this instance joins the group and says it is ready
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer = c;
                metrics.bind(c);
                try {
                    producer = newProducer(); // early: fences a previous instance and aborts what it left open
                } catch (KafkaException e) {
                    LOG.warn("cannot start the transactional producer yet; the first transaction tries again", e);
                }
                c.subscribe(List.of(Topics.UPLOADED.name()), new ReadyOnAssignment());
                while (isRunning()) {
                    ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(500));
                    if (!batch.isEmpty()) {
                        processBatch(c, batch);
                    }
                }
            }
        } catch (WakeupException e) {
            if (isRunning()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ready = false;
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
            parsing.shutdownNow();
            extractor.close();
            metrics.close();
            tracer.close();
            LOG.info("extractor stopped; outcomes {}", outcomeCounts());
        }
    }

    private void processBatch(KafkaConsumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> batch) throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        List<ProducerRecord<byte[], byte[]>> results = parse(records);
        if (!failures.oneByOne()) {
            if (transact(c, results, records)) {
                failures.batchDone();
                parsed.clear();
                return;
            }
            Duration pause = failures.batchFailed();
            rewind(c, batch.partitions());
            if (failures.oneByOne()) {
                LOG.warn("the batch of {} records failed {} times; taking its records one per transaction", records.size(),
                        config.batchAttempts());
            }
            pause(pause);
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<byte[], byte[]> r = records.get(i);
            if (transact(c, List.of(results.get(i)), List.of(r))) {
                failures.committed();
                parsed.remove(Position.of(r));
                continue;
            }
            if (failures.recordFailed(lastRoot.get()) == TransactionFailures.Verdict.DEAD_LETTER) {
                ProducerRecord<byte[], byte[]> reference = processor.undeliverable(r, lastRoot.get());
                LOG.warn("{}-{}@{}: its result cannot be produced ({}); dead-lettered by reference", r.topic(), r.partition(), r.offset(),
                        lastRoot.get().toString());
                if (transact(c, List.of(reference), List.of(r))) {
                    failures.committed();
                    parsed.remove(Position.of(r));
                    continue;
                }
                failures.outage();
            }
            LOG.warn("extractor stalled at {}-{}@{}: {}; retrying in {} ms", r.topic(), r.partition(), r.offset(),
                    lastRoot.get().toString(), failures.outagePause().toMillis());
            rewind(c, batch.partitions());
            pause(failures.outagePause());
            return;
        }
        failures.batchDone();
        parsed.clear();
    }

    /** Results for {@code records}, in their order: parsed concurrently, or kept from a failed attempt. */
    private List<ProducerRecord<byte[], byte[]>> parse(List<ConsumerRecord<byte[], byte[]>> records) throws InterruptedException {
        Map<Position, ProducerRecord<byte[], byte[]>> kept = new HashMap<>();
        List<Future<ProducerRecord<byte[], byte[]>>> pending = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> r : records) {
            ProducerRecord<byte[], byte[]> done = parsed.get(Position.of(r));
            if (done != null) {
                kept.put(Position.of(r), done);
                pending.add(null);
            } else {
                pending.add(parsing.submit(() -> traced(r)));
            }
        }
        List<ProducerRecord<byte[], byte[]>> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<byte[], byte[]> r = records.get(i);
            ProducerRecord<byte[], byte[]> out = pending.get(i) == null ? kept.get(Position.of(r)) : await(r, pending.get(i));
            kept.put(Position.of(r), out);
            results.add(out);
        }
        parsed.clear();
        parsed.putAll(kept); // only this batch's: a rewind replays these same positions
        return results;
    }

    /** Processes {@code r} as one span of its trace, timed; its result carries the span as its traceparent. */
    private ProducerRecord<byte[], byte[]> traced(ConsumerRecord<byte[], byte[]> r) throws InterruptedException {
        long start = System.nanoTime();
        String key = r.key() == null || r.key().length == 0 ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
        try (StageTracer.RecordSpan span = tracer.start(Traceparent.of(r.headers()).orElseGet(Traceparent::newRoot), key)) {
            ProducerRecord<byte[], byte[]> out = processor.process(r);
            span.traceparent().writeTo(out.headers());
            String outcome = VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OUTCOME);
            span.outcome(outcome == null ? StageMetrics.OK : outcome);
            return out;
        } finally {
            metrics.processing().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private ProducerRecord<byte[], byte[]> await(ConsumerRecord<byte[], byte[]> r, Future<ProducerRecord<byte[], byte[]>> f)
            throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            LOG.error("{}-{}@{}: processing failed", r.topic(), r.partition(), r.offset(), e.getCause());
            ProducerRecord<byte[], byte[]> dead = processor.crashed(r, e.getCause());
            Traceparent.of(r.headers()).ifPresent(t -> t.writeTo(dead.headers()));
            return dead;
        }
    }

    private final AtomicReference<Throwable> lastRoot = new AtomicReference<>();

    /**
     * Produces {@code out} and commits the offsets after {@code in} in one transaction. False when it
     * failed; the transaction is then aborted (or the producer replaced) and {@link #lastRoot} holds
     * the root cause, logged with its stack the first time it is seen.
     */
    private boolean transact(KafkaConsumer<byte[], byte[]> c, List<ProducerRecord<byte[], byte[]>> out,
                             List<ConsumerRecord<byte[], byte[]>> in) {
        AtomicReference<Exception> sendError = new AtomicReference<>();
        try {
            if (producer == null) {
                producer = newProducer();
            }
            producer.beginTransaction();
            for (ProducerRecord<byte[], byte[]> r : out) {
                producer.send(r, (m, e) -> {
                    if (e != null) {
                        sendError.compareAndSet(null, e);
                    }
                });
            }
            producer.sendOffsetsToTransaction(offsetsAfter(in), c.groupMetadata());
            producer.commitTransaction();
            return true;
        } catch (ProducerFencedException e) {
            throw e; // another instance took over this transactional id: stop, do not touch its work
        } catch (KafkaException | IllegalStateException e) {
            Throwable root = sendError.get() != null ? TransactionFailures.rootCause(sendError.get()) : TransactionFailures.rootCause(e);
            lastRoot.set(root);
            if (failures.shouldLog(root)) {
                LOG.warn("transaction of {} records aborted ({}); root cause:", out.size(), e.toString(), root);
            } else {
                LOG.debug("transaction of {} records aborted again: {}", out.size(), root.toString());
            }
            abortOrReplaceProducer();
            return false;
        }
    }

    private void abortOrReplaceProducer() {
        if (producer == null) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (ProducerFencedException e) {
            throw e;
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("the producer cannot abort ({}); closing it, a new one takes over its transactional id", e.toString());
            producer.close(Duration.ZERO);
            unbindProducer();
            producer = null; // the next transaction creates it; its initTransactions aborts what the old one left open
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsetsAfter(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            offsets.merge(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<byte[], byte[]> c, Collection<TopicPartition> partitions) {
        Set<TopicPartition> owned = new HashSet<>(partitions);
        owned.retainAll(c.assignment()); // a rebalance may have taken some away: those are not ours to seek
        Map<TopicPartition, OffsetAndMetadata> committed = c.committed(owned);
        for (TopicPartition tp : owned) {
            OffsetAndMetadata om = committed.get(tp);
            if (om == null) {
                c.seekToBeginning(List.of(tp));
            } else {
                c.seek(tp, om.offset());
            }
        }
    }

    /** Sleeps, but not past a stop request. */
    private void pause(Duration d) throws InterruptedException {
        long until = System.nanoTime() + d.toNanos();
        while (isRunning() && System.nanoTime() < until) {
            Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer());
        try {
            p.initTransactions();
            unbindProducer();
            producerMetrics = metrics.bind(p);
            return p;
        } catch (RuntimeException e) {
            p.close(Duration.ZERO);
            throw e;
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
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxPollRecords()));
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Long.toString(config.maxPollInterval().toMillis()));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, ExtractorConfig.TRANSACTIONAL_ID_PREFIX + config.instanceId());
        return p;
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ExtractorConfig.TRANSACTIONAL_ID_PREFIX + config.instanceId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // The topics' limit; UploadProcessor keeps every record under DeadLetters.RECORD_BUDGET, below it
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, ExtractorConfig.TRANSACTIONAL_ID_PREFIX + config.instanceId());
        return p;
    }

    private void unbindProducer() {
        if (producerMetrics != null) {
            try {
                producerMetrics.close();
            } catch (Exception e) {
                LOG.debug("unbinding a producer's metrics: {}", e.toString());
            }
            producerMetrics = null;
        }
    }

    @Override
    public StageMetrics metrics() {
        return metrics;
    }

    /** Partitions assigned, and not stalled. */
    @Override
    public boolean isReady() {
        return ready && !failures.isStalled();
    }

    /** True while the stage cannot make progress: a record's own transaction keeps failing for a reason that is not the record's. */
    public boolean isStalled() {
        return failures.isStalled();
    }

    /** Why the extractor is not ready (empty when it is): stalled, with the root cause, or no partitions yet. */
    @Override
    public Optional<String> notReadyReason() {
        if (failures.isStalled()) {
            Throwable root = lastRoot.get();
            return Optional.of("stalled: transactions keep failing" + (root == null ? "" : " (" + root + ")"));
        }
        return ready ? Optional.empty() : Optional.of("no partitions of " + Topics.UPLOADED.name() + " assigned yet");
    }

    public Map<ExtractionOutcome, Long> outcomeCounts() {
        Map<ExtractionOutcome, Long> counts = new EnumMap<>(ExtractionOutcome.class);
        outcomes.forEach((o, n) -> counts.put(o, n.sum()));
        return counts;
    }

    @Override
    protected void interruptPoll() {
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    protected void closeUnstarted() {
        parsing.shutdownNow();
        extractor.close();
    }

    private final class ReadyOnAssignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            parsed.clear(); // another instance may take these positions; keep nothing for them
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            ready = true;
        }
    }
}
