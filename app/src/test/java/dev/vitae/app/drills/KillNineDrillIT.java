package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drill: the three services run as child processes (as a deployment runs them) against the
 * test broker, with a SQLite store file. 2,000 documents are uploaded in four waves of 500. Each
 * service in turn is killed with SIGKILL while a wave flows through it (once half of that wave is
 * stored), the next wave is uploaded while it is dead (so its restart always has work waiting,
 * however fast the machine is), and it is started again. Then the books must balance: every
 * uploaded document stored or dead-lettered, none emitted twice by any stage, one row per id.
 * It also records how long each restarted service took to make the pipeline move again.
 */
@Tag("drill")
@ExtendWith(KafkaClusterExtension.class)
class KillNineDrillIT {
    private static final int WAVE = 500;
    private static final int DOCUMENTS = 4 * WAVE;

    @Test
    void eachServiceKilledMidRunAndRestartedLosesNothingAndDoublesNothing(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        Path data = dir.resolve("data");
        ClusterOptions cluster = new ClusterOptions(kafka.bootstrapServers(), data);
        Map<String, Double> restartSeconds = new LinkedHashMap<>();
        try (ProfileStore store = ProfileStore.open(StoreConfig.sqlite(data.resolve("vitae.db")));
             ServiceProcess sink = ServiceProcess.start("sink", kafka.bootstrapServers(), data);
             ServiceProcess extractor = ServiceProcess.start("extractor", kafka.bootstrapServers(), data, "--in-process");
             ServiceProcess enricher = ServiceProcess.start("enricher", kafka.bootstrapServers(), data)) {
            awaitTopics(client);
            Waves waves = new Waves(dir, cluster);
            waves.upload();
            restartSeconds.put("extractor", killMidWave(extractor, store, waves, client, Topics.EXTRACTED.name()));
            restartSeconds.put("enricher", killMidWave(enricher, store, waves, client, Topics.PROFILES.name()));
            restartSeconds.put("sink", killMidWave(sink, store, waves, client, null));
            assertEquals(DOCUMENTS, waves.uploaded);

            Await.until("all " + DOCUMENTS + " documents stored or dead-lettered", Duration.ofMinutes(3),
                    () -> count(store) + deadLettered(client) >= DOCUMENTS);
            Books books = Books.take(client, store);
            System.out.println("kill -9 drill: " + books + " restart-to-progress seconds " + restartSeconds);
            assertEquals(DOCUMENTS, books.audit().uploaded());
            assertEquals(0, books.lost(), "lost: " + books);
            assertTrue(books.duplicated().isEmpty(), "duplicated: " + books);
            assertEquals(books.distinctStored(), books.storeRows(), "one row per document");
            assertEquals(DOCUMENTS, books.audit().stored(), "every drill résumé is valid, so every one is stored: " + books);
            assertTrue(books.clean(), books.toString());
        }
    }

    /** The corpus in waves of {@link #WAVE} distinct documents, uploaded one wave at a time. */
    private static final class Waves {
        private final Path dir;
        private final ClusterOptions cluster;
        int uploaded;

        Waves(Path dir, ClusterOptions cluster) {
            this.dir = dir;
            this.cluster = cluster;
        }

        void upload() throws Exception {
            Path wave = DrillCorpus.write(dir.resolve("wave-" + uploaded), uploaded, WAVE);
            IngestCommand.Result sent = IngestCommand.upload(List.of(wave), cluster, "drill", false, new PrintWriter(new StringWriter()));
            assertEquals(WAVE, sent.sent().size(), "every file uploaded: " + sent.rejected() + " " + sent.notSent());
            uploaded += WAVE;
        }
    }

    /**
     * Kills {@code service} once half of the last wave is stored (mid-wave: usually with work in
     * flight), uploads the next wave while it is dead, waits until the pipeline has drained what was
     * past it, restarts it, and returns the seconds until the store grows again. For a stage that
     * writes {@code output} in transactions, also reports how long the transaction the killed
     * process left open held up read_committed readers of that topic (until the last stable offset
     * of every partition passes the records written before the kill).
     */
    private static double killMidWave(ServiceProcess service, ProfileStore store, Waves waves,
                                      Properties client, String output) throws Exception {
        int threshold = waves.uploaded - WAVE / 2;
        Await.until(threshold + " stored before killing the " + service.service(), Duration.ofMinutes(3), () -> {
            assertTrue(service.isAlive(), service.service() + " died on its own:\n" + service.tail());
            return count(store) >= threshold;
        });
        service.kill9();
        long killedAt = System.nanoTime();
        Map<TopicPartition, Long> writtenBeforeKill = output == null ? Map.of() : endOffsets(client, output, IsolationLevel.READ_UNCOMMITTED);
        long before = count(store);
        waves.upload();
        long drained = Await.quiet(() -> count(store), Duration.ofSeconds(2), Duration.ofMinutes(1));
        // The wave uploaded after the kill cannot pass a dead stage, so this holds on any machine.
        assertTrue(drained <= waves.uploaded - WAVE, "documents passed the killed " + service.service() + ": " + drained);
        long t0 = System.nanoTime();
        service.restart();
        Await.until("the restarted " + service.service() + " moves the pipeline", Duration.ofMinutes(3), () -> {
            assertTrue(service.isAlive(), service.service() + " died after restart:\n" + service.tail());
            return count(store) > drained;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("kill -9 drill: %s killed at %d of %d stored, restarted at %d, moving again %.1f s after its restart (%.1f s after the kill)%n",
                service.service(), before, waves.uploaded - WAVE, drained, seconds, (System.nanoTime() - killedAt) / 1e9);
        if (output != null) {
            Await.until("no open transaction of the killed " + service.service() + " holds " + output, Duration.ofMinutes(3), () -> {
                Map<TopicPartition, Long> stable = endOffsets(client, output, IsolationLevel.READ_COMMITTED);
                return writtenBeforeKill.entrySet().stream().allMatch(e -> stable.get(e.getKey()) >= e.getValue());
            });
            System.out.printf("kill -9 drill: %s's open transaction held %s for %.1f s after the kill%n",
                    service.service(), output, (System.nanoTime() - killedAt) / 1e9);
        }
        return seconds;
    }

    private static Map<TopicPartition, Long> endOffsets(Properties client, String topic, IsolationLevel isolation) throws Exception {
        try (Admin admin = Admin.create(client)) {
            var parts = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            var result = admin.listOffsets(parts, new ListOffsetsOptions(isolation)).all().get();
            Map<TopicPartition, Long> out = new java.util.HashMap<>();
            result.forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        }
    }

    static long count(ProfileStore store) {
        try {
            return store.count();
        } catch (SQLException e) {
            return -1; // the sink may hold the write lock for a moment; the next poll reads it
        }
    }

    static long deadLettered(Properties client) {
        long n = 0;
        for (var input : Topics.INPUTS) {
            n += Books.committedCount(client, Topics.dlqOf(input.name()));
        }
        return n;
    }

    static void awaitTopics(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Await.until("the services created the topics", Duration.ofMinutes(2),
                    () -> admin.listTopics().names().get().containsAll(Topics.all().stream().map(t -> t.name()).toList()));
        }
    }
}
