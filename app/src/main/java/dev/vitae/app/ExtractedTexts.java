package dev.vitae.app;

import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The extracted text a stored profile's evidence points into, for {@code GET /profiles/{id}/text}.
 * <p>
 * Evidence spans are UTF-16 offsets into {@code ExtractedText.text} (the enricher maps its prepared
 * text back to it), and that text lives in {@code resumes.extracted}, not in the store. So the lookup
 * reads the one partition of {@code resumes.extracted} the document id hashes to (every Vitae producer
 * keys by document id with Kafka's default partitioner), read_committed, from its beginning to the end
 * offset seen when the lookup began, and keeps the latest record of the document whose
 * {@code extractorVersion} is the profile's: the text the profile was read from. With no such record,
 * the latest of any version (the spans may then not fit; the answer says which version it is).
 * The cost is one partition read per lookup; a text older than the topic's retention is gone.
 */
final class ExtractedTexts implements AutoCloseable {
    private static final Duration READ_DEADLINE = Duration.ofSeconds(20);
    private static final String TOPIC = Topics.EXTRACTED.name();

    private final KafkaConsumer<byte[], byte[]> consumer; // guarded by this: a consumer is single-threaded
    private final Deserializer<ExtractedText> values = Topics.EXTRACTED.valueSerde().deserializer();
    private Integer partitions;

    ExtractedTexts(Properties clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "vitae-extracted-text");
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The text of {@code documentId} that extractor {@code extractorVersion} produced (null: any), else the latest; empty when none is left. */
    synchronized Optional<ExtractedText> find(String documentId, String extractorVersion) {
        if (partitions == null) {
            var infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return Optional.empty();
            }
            partitions = infos.size();
        }
        byte[] key = documentId.getBytes(StandardCharsets.UTF_8);
        TopicPartition tp = new TopicPartition(TOPIC, BuiltInPartitioner.partitionForKey(key, partitions));
        consumer.assign(List.of(tp));
        consumer.seekToBeginning(List.of(tp));
        Map<TopicPartition, Long> endOffsets = consumer.endOffsets(List.of(tp));
        long end = endOffsets.get(tp);
        ExtractedText sameVersion = null;
        ExtractedText latest = null;
        long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
        try {
            while (consumer.position(tp) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + TOPIC + " for " + documentId);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= end || r.value() == null || !Arrays.equals(key, r.key())) {
                        continue;
                    }
                    ExtractedText t = values.deserialize(TOPIC, r.headers(), r.value());
                    latest = t;
                    if (extractorVersion != null && extractorVersion.contentEquals(t.getExtractorVersion())) {
                        sameVersion = t;
                    }
                }
            }
        } finally {
            consumer.assign(List.of());
        }
        return Optional.ofNullable(sameVersion != null ? sameVersion : latest);
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
