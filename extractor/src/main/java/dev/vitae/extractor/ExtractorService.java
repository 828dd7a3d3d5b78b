package dev.vitae.extractor;

import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
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
 * resumes.uploaded.dlq. Each poll batch is one Kafka transaction holding the produced records and the
 * consumed offsets, so a crash anywhere replays the batch and read_committed readers downstream see
 * each document once. If a transaction fails, it is aborted and the consumer rewinds to the last
 * committed offsets.
 */
public final class ExtractorService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorService.class);

    private final ExtractorConfig config;
    private final UploadProcessor processor;
    private final Extractor extractor;
    private final Map<ExtractionOutcome, LongAdder> outcomes = new EnumMap<>(ExtractionOutcome.class);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean started = new AtomicBoolean(false);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean ready;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    public ExtractorService(ExtractorConfig config) {
        this.config = config;
        for (ExtractionOutcome o : ExtractionOutcome.values()) {
            outcomes.put(o, new LongAdder());
        }
        this.extractor = config.newExtractor();
        this.processor = new UploadProcessor(extractor, config.maxAttempts(),
                config.retryBackoff(), Clock.systemUTC(), o -> outcomes.get(o).increment());
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already running");
        }
        try {
            TopicCreator.ensureTopics(config.clientProperties(), config.partitions(), config.replication());
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
                consumer = c;
                producer.initTransactions();
                c.subscribe(List.of(Topics.UPLOADED.name()), new ReadyOnAssignment());
                while (running.get()) {
                    ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(500));
                    if (!batch.isEmpty()) {
                        processBatch(c, producer, batch);
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
            extractor.close();
            stopped.countDown();
            LOG.info("extractor stopped; outcomes {}", outcomeCounts());
        }
    }

    private void processBatch(KafkaConsumer<byte[], byte[]> c, KafkaProducer<byte[], byte[]> producer,
                              ConsumerRecords<byte[], byte[]> batch) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        producer.beginTransaction();
        try {
            for (ConsumerRecord<byte[], byte[]> upload : batch) {
                producer.send(processor.process(upload));
                offsets.put(new TopicPartition(upload.topic(), upload.partition()), new OffsetAndMetadata(upload.offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, c.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            throw e; // another instance took over this transactional id: stop, do not touch its work
        } catch (KafkaException e) {
            LOG.warn("transaction aborted, rewinding to the last committed offsets: {}", e.toString());
            producer.abortTransaction();
            rewind(c, batch.partitions());
        }
    }

    private static void rewind(KafkaConsumer<byte[], byte[]> c, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = c.committed(new java.util.HashSet<>(partitions));
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata om = committed.get(tp);
            if (om == null) {
                c.seekToBeginning(List.of(tp));
            } else {
                c.seek(tp, om.offset());
            }
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
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20"); // parsing is slow: keep a batch well inside max.poll.interval.ms
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "vitae-extractor-" + config.instanceId());
        return p;
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "vitae-extractor-" + config.instanceId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "vitae-extractor-" + config.instanceId());
        return p;
    }

    public boolean isReady() {
        return ready;
    }

    public Map<ExtractionOutcome, Long> outcomeCounts() {
        Map<ExtractionOutcome, Long> counts = new EnumMap<>(ExtractionOutcome.class);
        outcomes.forEach((o, n) -> counts.put(o, n.sum()));
        return counts;
    }

    /** Stops polling, lets the current batch's transaction finish, and waits for the loop to exit. */
    @Override
    public void close() {
        running.set(false);
        if (!started.get()) {
            return;
        }
        KafkaConsumer<byte[], byte[]> c = consumer;
        try {
            if (!stopped.await(30, java.util.concurrent.TimeUnit.SECONDS) && c != null) {
                c.wakeup();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class ReadyOnAssignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            ready = true;
        }
    }
}
