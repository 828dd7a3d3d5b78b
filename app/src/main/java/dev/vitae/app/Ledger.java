package dev.vitae.app;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The books of the pipeline, read straight from the topics: which documents were uploaded and
 * which were dead-lettered, by which stage and why. A document is identified by its record key, or,
 * where a producer left the key empty, by the SHA-256 of its bytes, as the extractor does.
 */
public final class Ledger {
    /** Why a document is in a dead-letter topic. */
    public record DeadLetterEntry(String topic, String stage, String outcome, String message) {}

    private final Properties clientProperties;

    public Ledger(Properties clientProperties) {
        this.clientProperties = clientProperties;
    }

    /** Document ids in resumes.uploaded, with the file name of their latest upload. */
    public Map<String, String> uploaded() {
        Map<String, String> ids = new LinkedHashMap<>();
        readAll(clientProperties, Topics.UPLOADED.name(), r -> ids.put(identity(r), VitaeHeaders.get(r.headers(), VitaeHeaders.FILE_NAME)));
        return ids;
    }

    /** Every document in any dead-letter topic; for one in several, the latest entry. */
    public Map<String, DeadLetterEntry> deadLettered() {
        Map<String, DeadLetterEntry> out = new LinkedHashMap<>();
        for (var input : Topics.INPUTS) {
            String dlq = Topics.dlqOf(input.name());
            readAll(clientProperties, dlq, r -> out.put(identity(r), new DeadLetterEntry(dlq,
                    VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_STAGE),
                    VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME),
                    VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_MESSAGE))));
        }
        return out;
    }

    /** Distinct dead-lettered documents per dead-letter topic, every topic listed. */
    public static Map<String, Integer> countByTopic(Map<String, DeadLetterEntry> dead) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var input : Topics.INPUTS) {
            counts.put(Topics.dlqOf(input.name()), 0);
        }
        dead.values().forEach(d -> counts.merge(d.topic(), 1, Integer::sum));
        return counts;
    }

    static String identity(ConsumerRecord<byte[], byte[]> r) {
        if (r.key() != null && r.key().length > 0) {
            return new String(r.key(), StandardCharsets.UTF_8);
        }
        if (r.value() != null) {
            return DocumentIds.of(r.value());
        }
        String topic = VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_TOPIC);
        return topic != null
                ? topic + "/" + VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_PARTITION) + "@" + VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OFFSET)
                : r.topic() + "/" + r.partition() + "@" + r.offset();
    }

    /** Reads a topic from the beginning to its last committed record. */
    static void readAll(Properties clientProperties, String topic, Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (parts.isEmpty()) {
                return;
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic);
                }
                c.poll(Duration.ofMillis(200)).forEach(sink);
            }
        }
    }
}
