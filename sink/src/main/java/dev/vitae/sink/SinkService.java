package dev.vitae.sink;

import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: profiles.parsed (read_committed) → {@link ProfileStore}. Each poll batch is one
 * database transaction holding the rows and the next offsets; on assignment the consumer seeks to
 * the offsets in the database, so the store is exactly-once whatever crashes. Undecodable records go
 * to profiles.parsed.dlq unchanged. A batch that fails on the database is retried with backoff a few
 * times; if it still fails, records are applied one by one so that a poison record is dead-lettered
 * and the rest are stored, and if even single records fail transiently the service stops rather than
 * dead-letter good data during an outage.
 */
public final class SinkService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    static final String STAGE = "sink";

    private final SinkConfig config;
    private final ProfileStore store;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean started = new AtomicBoolean(false);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean ready;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    public SinkService(SinkConfig config, ProfileStore store) {
        this.config = config;
        this.store = store;
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already running");
        }
        try {
            TopicCreator.ensureTopics(config.clientProperties(), config.partitions(), config.replication());
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
                consumer = c;
                c.subscribe(List.of(Topics.PROFILES.name()), new SeekToStoredPositions(c));
                while (running.get()) {
                    ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(500));
                    if (!batch.isEmpty()) {
                        applyBatch(c, dlq, batch);
                    }
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ready = false;
            stopped.countDown();
            LOG.info("sink stopped; {} changes applied, {} dead-lettered", applied.get(), deadLettered.get());
        }
    }

    private void applyBatch(KafkaConsumer<byte[], byte[]> c, KafkaProducer<byte[], byte[]> dlq,
                            ConsumerRecords<byte[], byte[]> batch) throws InterruptedException {
        List<ProfileStore.Change> changes = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> sources = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : batch) {
            next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
            ProfileStore.Change change = decode(r, dlq);
            if (change != null) {
                changes.add(change);
                sources.add(r);
            }
        }
        List<ProfileStore.Position> positions = next.entrySet().stream()
                .map(e -> new ProfileStore.Position(e.getKey().topic(), e.getKey().partition(), e.getValue())).toList();
        if (!applyWithRetries(changes, positions)) {
            applyOneByOne(changes, sources, positions, dlq);
        }
        // Kafka's committed offsets only mirror the store's, for lag monitoring and the audit; the store is the truth.
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o)));
        c.commitAsync(commit, null);
    }

    private ProfileStore.Change decode(ConsumerRecord<byte[], byte[]> r, KafkaProducer<byte[], byte[]> dlq) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (key == null || key.isBlank()) {
            deadLetter(dlq, r, DeadLetter.of(STAGE, "INVALID_RECORD", "record has no document id key"));
            return null;
        }
        if (r.value() == null) {
            return new ProfileStore.Change(key, null, r.topic(), r.partition(), r.offset()); // erasure
        }
        try {
            ResumeProfile p = Topics.PROFILES.valueSerde().deserializer().deserialize(r.topic(), r.value());
            if (!key.equals(p.getDocumentId())) {
                deadLetter(dlq, r, DeadLetter.of(STAGE, "INVALID_RECORD", "key '" + key + "' differs from documentId " + p.getDocumentId()));
                return null;
            }
            return new ProfileStore.Change(key, p, r.topic(), r.partition(), r.offset());
        } catch (RuntimeException e) {
            deadLetter(dlq, r, DeadLetter.of(STAGE, "INVALID_RECORD", e, 1));
            return null;
        }
    }

    private boolean applyWithRetries(List<ProfileStore.Change> changes, List<ProfileStore.Position> positions) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                applied.addAndGet(store.apply(config.groupId(), changes, positions));
                read.addAndGet(changes.size());
                ready = true;
                return true;
            } catch (SQLException e) {
                if (e instanceof SQLNonTransientException || attempt >= config.maxAttempts()) {
                    LOG.warn("batch of {} failed after {} attempt(s): {}; applying one by one", changes.size(), attempt, e.toString());
                    return false;
                }
                LOG.warn("batch failed (attempt {}/{}), retrying: {}", attempt, config.maxAttempts(), e.toString());
                Thread.sleep(config.retryBackoff().toMillis() << (attempt - 1));
            }
        }
    }

    private void applyOneByOne(List<ProfileStore.Change> changes, List<ConsumerRecord<byte[], byte[]>> sources,
                               List<ProfileStore.Position> positions, KafkaProducer<byte[], byte[]> dlq) throws InterruptedException {
        for (int i = 0; i < changes.size(); i++) {
            ProfileStore.Change ch = changes.get(i);
            List<ProfileStore.Position> upTo = List.of(new ProfileStore.Position(ch.topic(), ch.partition(), ch.offset() + 1));
            try {
                applied.addAndGet(store.apply(config.groupId(), List.of(ch), upTo));
                read.incrementAndGet();
            } catch (SQLException e) {
                if (!(e instanceof SQLNonTransientException) && isOutage(e)) {
                    throw new IllegalStateException("store unavailable; stopping without losing data: " + e.getMessage(), e);
                }
                deadLetter(dlq, sources.get(i), DeadLetter.of(STAGE, "STORE_REJECTED", e, config.maxAttempts()));
            }
        }
        try {
            store.apply(config.groupId(), List.of(), positions);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record positions: " + e.getMessage(), e);
        }
    }

    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLTransientConnectionException || (state != null && state.startsWith("08"));
    }

    private void deadLetter(KafkaProducer<byte[], byte[]> dlq, ConsumerRecord<byte[], byte[]> r, DeadLetter why) {
        try {
            dlq.send(why.toRecord(r)).get(30, TimeUnit.SECONDS); // the record must be safe before its offset is stored
            deadLettered.incrementAndGet();
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

    public boolean isReady() {
        return ready;
    }

    public long appliedCount() {
        return applied.get();
    }

    /** Changes read and committed but not applied because the store already held a newer version. */
    public long skippedCount() {
        return read.get() - applied.get();
    }

    @Override
    public void close() {
        running.set(false);
        if (!started.get()) {
            return;
        }
        KafkaConsumer<byte[], byte[]> c = consumer;
        try {
            if (!stopped.await(30, TimeUnit.SECONDS) && c != null) {
                c.wakeup();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seeks each newly assigned partition to the position stored with the rows, or to the beginning when the store has none. */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> c;

        SeekToStoredPositions(KafkaConsumer<byte[], byte[]> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                Map<Integer, Long> stored = store.positions(config.groupId(), Topics.PROFILES.name());
                for (TopicPartition tp : partitions) {
                    Long pos = stored.get(tp.partition());
                    if (pos != null) {
                        c.seek(tp, pos);
                    } else {
                        c.seekToBeginning(List.of(tp)); // nothing stored from it yet: the store rebuilds from the (compacted) topic
                    }
                }
                ready = true;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read stored positions: " + e.getMessage(), e);
            }
        }
    }
}
