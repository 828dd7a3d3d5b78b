package dev.vitae.app.drills;

import dev.vitae.app.Audit;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The drills' verdict on a quiet pipeline. Lost: uploaded documents neither stored nor
 * dead-lettered ({@code vitae audit}'s reconciliation). Duplicated: documents that a stage emitted
 * more than once in committed records (each stage's output topic plus its dead-letter topic, read
 * with read_committed as every consumer reads them), or stored rows that are not one per id.
 */
record Books(Audit.Report audit, Map<String, Integer> duplicated, long storeRows, long distinctStored) {

    int lost() {
        return audit.unaccounted().size();
    }

    boolean clean() {
        return audit.balanced() && duplicated.isEmpty() && storeRows == distinctStored && audit.storedNotUploaded().isEmpty();
    }

    @Override
    public String toString() {
        return "uploaded=" + audit.uploaded() + " stored=" + audit.stored() + " deadLettered=" + audit.deadLettered()
                + " lost=" + lost() + " duplicated=" + duplicated.size() + " storeRows=" + storeRows + " distinctStored=" + distinctStored
                + (lost() > 0 ? " lostIds=" + audit.unaccounted().keySet().stream().limit(5).toList() : "")
                + (duplicated.isEmpty() ? "" : " duplicatedIds=" + duplicated.entrySet().stream().limit(5).toList());
    }

    static Books take(Properties client, ProfileStore store) throws Exception {
        Audit.Report audit = Audit.run(client, store);
        Map<String, Integer> dup = new TreeMap<>();
        countTwice(client, dup, "extractor", Topics.EXTRACTED.name(), Topics.dlqOf(Topics.UPLOADED.name()));
        countTwice(client, dup, "enricher", Topics.PROFILES.name(), Topics.dlqOf(Topics.EXTRACTED.name()));
        long rows;
        long distinct;
        try (var c = store.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT document_id) FROM profiles")) {
            rs.next();
            rows = rs.getLong(1);
            distinct = rs.getLong(2);
        }
        return new Books(audit, dup, rows, distinct);
    }

    /** Adds to {@code dup} every key that appears more than once across {@code topics}, as stage:id. */
    private static void countTwice(Properties client, Map<String, Integer> dup, String stage, String... topics) {
        Map<String, Integer> seen = new HashMap<>();
        for (String t : topics) {
            readCommitted(client, t, r -> {
                if (r.key() != null) {
                    seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
                }
            });
        }
        seen.forEach((id, n) -> {
            if (n > 1) {
                dup.put(stage + ":" + id, n);
            }
        });
    }

    /** Number of committed records in {@code topic} (its end offsets minus aborted and control records is not cheap: this reads them). */
    static long committedCount(Properties client, String topic) {
        long[] n = {0};
        readCommitted(client, topic, r -> n[0]++);
        return n[0];
    }

    static void readCommitted(Properties client, String topic, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic + " (an open transaction holds its last stable offset?)");
                }
                c.poll(Duration.ofMillis(200)).forEach(sink);
            }
        }
    }
}
