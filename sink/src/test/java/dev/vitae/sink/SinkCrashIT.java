package dev.vitae.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kill -9 the sink process mid-stream, restart it, and find every profile stored exactly once and
 * the stored positions at the end of the topic: nothing lost, nothing applied twice. Also: records
 * delivered again after the restart (the consumer had not committed to Kafka) change nothing.
 */
@ExtendWith(KafkaClusterExtension.class)
class SinkCrashIT {
    private static final int PROFILES = 3000;

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void aKilledSinkResumesWithNothingLostOrDuplicated(String kind, KafkaCluster kafka, @TempDir Path dir) throws Exception {
        StoreConfig storeConfig = Stores.fresh(kind);
        String group = "sink-crash-" + kind + "-" + UUID.randomUUID();
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        Set<String> ids = produceProfiles(client);

        Process first = startSink(kafka, storeConfig, group, dir);
        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (store.count() < PROFILES / 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no commit
            long atKill = store.count();
            assertTrue(atKill > 0 && atKill < PROFILES, "killed mid-stream, with " + atKill + " of " + PROFILES + " stored");

            Process second = startSink(kafka, storeConfig, group, dir);
            try {
                long end = endOffsetSum(client);
                deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (positionSum(store, group) < end && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(end, positionSum(store, group), "stored positions reach the end of the topic");
                Set<String> stored = new HashSet<>(store.documentIds());
                assertTrue(stored.containsAll(ids), "every profile stored");
                assertEquals(distinctKeys(client), stored.size(), "one row per document, none twice");
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Set<String> produceProfiles(Properties client) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < PROFILES; i++) {
                String id = dev.vitae.schemas.DocumentIds.of(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                ids.add(id);
                byte[] value = Topics.PROFILES.valueSerde().serializer().serialize(Topics.PROFILES.name(),
                        ProfileStoreIT.profile(id, "1.0.0", 10, "Acme " + i));
                sent.add(producer.send(new ProducerRecord<>(Topics.PROFILES.name(), id.getBytes(StandardCharsets.UTF_8), value)));
            }
            for (var f : sent) {
                f.get();
            }
        }
        return ids;
    }

    private static Process startSink(KafkaCluster kafka, StoreConfig store, String group, Path dir) throws Exception {
        // A short session: the restarted sink need not wait 45 s for the killed one to be evicted from the group.
        Path config = java.nio.file.Files.writeString(dir.resolve("client.properties"), "session.timeout.ms=6000\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SinkCommand.class.getName(),
                "--bootstrap-servers", kafka.bootstrapServers(), "--group", group, "--batch", "100",
                "--store-url", store.jdbcUrl(), "--data", dir.toString(), "--config", config.toString()));
        if (store.user() != null) {
            cmd.addAll(List.of("--store-user", store.user()));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("sink-" + UUID.randomUUID() + ".log").toFile()).start();
    }

    private static long positionSum(ProfileStore store, String group) throws Exception {
        return store.positions(group, Topics.PROFILES.name()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static long endOffsetSum(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetSpec> spec = new java.util.HashMap<>();
            for (int p = 0; p < 3; p++) {
                spec.put(new TopicPartition(Topics.PROFILES.name(), p), OffsetSpec.latest());
            }
            return admin.listOffsets(spec).all().get().values().stream().mapToLong(i -> i.offset()).sum();
        }
    }

    private static long distinctKeys(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        Set<String> keys = new HashSet<>();
        try (var c = new org.apache.kafka.clients.consumer.KafkaConsumer<>(p, new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> parts = List.of(new TopicPartition(Topics.PROFILES.name(), 0),
                    new TopicPartition(Topics.PROFILES.name(), 1), new TopicPartition(Topics.PROFILES.name(), 2));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys.size();
    }
}
