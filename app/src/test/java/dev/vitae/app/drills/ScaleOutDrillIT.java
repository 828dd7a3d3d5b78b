package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.extractor.ExtractorConfig;
import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.SinkConfig;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of a service share the work: the three services run as child processes on 6
 * partitions with a PostgreSQL store, as the deployment scales them. After a first wave is flowing, a
 * second extractor and a second sink join their groups; a second wave is uploaded once each group
 * has given both members partitions, so the newcomers have work however fast the machine is; then the
 * first extractor and the second sink are stopped (SIGTERM) and a third wave is uploaded for the
 * instances left. Every document must be stored exactly once: one row per id, none emitted twice by
 * any stage, none lost.
 */
@Tag("drill")
@ExtendWith(KafkaClusterExtension.class)
class ScaleOutDrillIT {
    private static final int WAVE = 120;
    private static final String PARTITIONS = "6";
    private static final String PG_URL = System.getenv().getOrDefault("VITAE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getenv().getOrDefault("VITAE_TEST_PG_USER", "postgres");

    @Test
    void aSecondExtractorAndSinkJoinMidRunAndOneOfEachLeavesEveryDocumentStoredOnce(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        String storeUrl = PG_URL + "?currentSchema=" + freshSchema();
        String[] store = {"--store-url", storeUrl, "--store-user", PG_USER};
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        ClusterOptions cluster = new ClusterOptions(kafka.bootstrapServers(), dir.resolve("ingest"));
        String bootstrap = kafka.bootstrapServers();
        int uploaded = 0;
        long t0 = System.nanoTime();
        try (ProfileStore profiles = ProfileStore.open(StoreConfig.of(storeUrl, PG_USER, null));
             ServiceProcess sink1 = ServiceProcess.start("sink", bootstrap, dir.resolve("sink-1"), concat(store, "--partitions", PARTITIONS));
             ServiceProcess extractor1 = ServiceProcess.start("extractor", bootstrap, dir.resolve("extractor-1"), "--in-process", "--partitions", PARTITIONS);
             ServiceProcess enricher = ServiceProcess.start("enricher", bootstrap, dir.resolve("enricher"), "--partitions", PARTITIONS)) {
            KillNineDrillIT.awaitTopics(client);
            uploaded += upload(dir, cluster, uploaded);
            int firstWave = uploaded;
            Await.until("part of the first wave stored", Duration.ofSeconds(60), () -> alive(sink1, extractor1, enricher) && count(profiles) >= WAVE / 4);

            phase("first wave flowing", t0);
            try (ServiceProcess extractor2 = ServiceProcess.start("extractor", bootstrap, dir.resolve("extractor-2"), "--in-process", "--partitions", PARTITIONS);
                 ServiceProcess sink2 = ServiceProcess.start("sink", bootstrap, dir.resolve("sink-2"), concat(store, "--partitions", PARTITIONS))) {
                awaitBothMembersHavePartitions(client, ExtractorConfig.DEFAULT_GROUP, extractor1, extractor2);
                awaitBothMembersHavePartitions(client, SinkConfig.DEFAULT_GROUP, sink1, sink2);
                phase("both groups shared between two members", t0);
                uploaded += upload(dir, cluster, uploaded);
                int secondWaveHalf = firstWave + WAVE / 2;
                Await.until("half of the second wave stored by two extractors and two sinks", Duration.ofSeconds(60),
                        () -> alive(sink1, extractor1, enricher, extractor2, sink2) && count(profiles) >= secondWaveHalf);
                long beforeStop = count(profiles);
                phase("stopping the first extractor and the second sink", t0);
                ServiceProcess.stopAll(extractor1, sink2);
                phase("stopped", t0);
                uploaded += upload(dir, cluster, uploaded); // only the instances left can store it
                int all = uploaded;
                Await.until("all " + all + " documents stored by the instances left", Duration.ofSeconds(60),
                        () -> alive(sink1, enricher, extractor2) && count(profiles) >= all);
                phase("all stored", t0);
                System.out.printf("scale-out drill: %d stored when the first extractor and the second sink stopped, %d in the end%n",
                        beforeStop, count(profiles));
            }
            Books books = Books.take(client, profiles);
            System.out.println("scale-out drill: " + books);
            assertEquals(uploaded, books.audit().uploaded());
            assertEquals(uploaded, books.audit().stored(), "every drill résumé is valid, so every one is stored: " + books);
            assertEquals(0, books.lost(), books.toString());
            assertTrue(books.duplicated().isEmpty(), "emitted twice: " + books);
            assertEquals(books.distinctStored(), books.storeRows(), "one row per document");
            assertTrue(books.clean(), books.toString());
        }
    }

    private static int upload(Path dir, ClusterOptions cluster, int from) throws Exception {
        Path wave = DrillCorpus.write(dir.resolve("wave-" + from), from, WAVE);
        IngestCommand.Result sent = IngestCommand.upload(List.of(wave), cluster, "drill", false, new PrintWriter(new StringWriter()));
        assertEquals(WAVE, sent.sent().size(), "every file uploaded: " + sent.rejected() + " " + sent.notSent());
        return WAVE;
    }

    /** Until {@code group} has two members and each owns at least one partition: the work is shared. */
    private static void awaitBothMembersHavePartitions(Properties client, String group, ServiceProcess... members) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Await.until(group + " has two members with partitions each", Duration.ofSeconds(45), () -> {
                assertTrue(alive(members), group + " member died");
                var described = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                List<Integer> owned = new ArrayList<>();
                for (MemberDescription m : described.members()) {
                    owned.add(m.assignment().topicPartitions().size());
                }
                return owned.size() == 2 && owned.stream().allMatch(n -> n > 0);
            });
        }
    }

    private static void phase(String what, long t0) {
        System.out.printf("scale-out drill: %5.1f s %s%n", (System.nanoTime() - t0) / 1e9, what);
    }

    private static boolean alive(ServiceProcess... services) {
        for (ServiceProcess s : services) {
            assertTrue(s.isAlive(), s.service() + " died:\n" + s.tail());
        }
        return true;
    }

    private static long count(ProfileStore store) {
        try {
            return store.count();
        } catch (SQLException e) {
            return -1;
        }
    }

    private static String freshSchema() {
        String schema = "vitae_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, null)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("scale-out drill skipped: it needs PostgreSQL for two sinks, none answers at " + PG_URL + " (" + e.getMessage() + ")");
        }
        return schema;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
