package dev.vitae.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads one document's records from a set of topics, for lookups by document id (an upload's
 * stage, a profile's extracted text).
 * <p>
 * Every Vitae producer keys by document id with Kafka's default partitioner (murmur2 of the key,
 * modulo the partition count), so all records of a document in a topic are in the one partition its
 * id hashes to. A lookup reads that partition of each topic, read_committed, from its beginning to
 * the end offset seen when the lookup began, and hands over the records whose key is the id, in
 * offset order per topic. The cost is one partition read per topic per lookup; records older than a
 * topic's retention are gone. Lookups are serialised: a consumer is single-threaded.
 */
public final class DocumentRecords implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer; // guarded by this
    private final Map<String, Integer> partitionCounts = new HashMap<>();
    private final Duration deadline;

    /** @param deadline how long one lookup may read before it gives up */
    public DocumentRecords(Properties clientProperties, String clientId, Duration deadline) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadline = deadline;
    }

    /** The partition of a topic with {@code partitions} partitions that Kafka's default partitioner gives {@code key}. */
    public static int partitionOf(byte[] key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }

    /**
     * Hands every committed record of {@code documentId} in {@code topics} (those that exist) to
     * {@code each}; throws {@link IllegalStateException} when the read takes longer than the deadline.
     */
    public synchronized void read(String documentId, List<String> topics, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        byte[] key = documentId.getBytes(StandardCharsets.UTF_8);
        List<TopicPartition> parts = new ArrayList<>();
        for (String topic : topics) {
            Integer n = partitionCounts.computeIfAbsent(topic, t -> {
                var infos = consumer.partitionsFor(t, Duration.ofSeconds(10));
                return infos == null || infos.isEmpty() ? null : infos.size();
            });
            if (n != null) {
                parts.add(new TopicPartition(topic, partitionOf(key, n)));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        consumer.assign(parts);
        try {
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long until = System.nanoTime() + deadline.toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("timed out reading " + topics + " for " + documentId);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && Arrays.equals(key, r.key())) {
                        each.accept(r);
                    }
                }
            }
        } finally {
            consumer.assign(List.of());
        }
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
