package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaRaftCluster;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drill: the deployment of docker-compose.yml without Docker. Three KRaft nodes (each broker
 * and controller) in this JVM, the services as child processes creating their topics with
 * replication 3, min.insync.replicas 2. Half of 1,000 documents is uploaded; once 250 are stored,
 * one broker is stopped and the second half is uploaded on the other two (so work is left on any
 * machine); the pipeline keeps going on two brokers; the broker comes back and catches up. Then the books must
 * balance with nothing lost and nothing emitted twice, and every partition has three in-sync replicas again.
 */
@Tag("drill")
class BrokerLossDrillIT {
    private static final int DOCUMENTS = 1_000; // three brokers and three services share two cores here: half the kill drill's run keeps it short

    @Test
    void oneOfThreeBrokersStoppedMidRunAndBroughtBackLosesNothingAndDoublesNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path firstHalf = DrillCorpus.write(dir.resolve("corpus-1"), 0, DOCUMENTS / 2);
        Path secondHalf = DrillCorpus.write(dir.resolve("corpus-2"), DOCUMENTS / 2, DOCUMENTS / 2);
        try (KafkaRaftCluster kafka = KafkaRaftCluster.start(dir.resolve("kafka"), 3)) {
            String bootstrap = kafka.bootstrapServers();
            Properties client = new Properties();
            client.put("bootstrap.servers", bootstrap);
            String[] replicated = {"--partitions", "3", "--replication", "3"};
            try (ProfileStore store = ProfileStore.open(StoreConfig.sqlite(data.resolve("vitae.db")));
                 ServiceProcess sink = ServiceProcess.start("sink", bootstrap, data, replicated);
                 ServiceProcess extractor = ServiceProcess.start("extractor", bootstrap, data, concat(replicated, "--in-process"));
                 ServiceProcess enricher = ServiceProcess.start("enricher", bootstrap, data, replicated)) {
                KillNineDrillIT.awaitTopics(client);
                assertReplication(client, 3, "2");
                upload(firstHalf, bootstrap, data);

                Await.until("250 stored before the broker goes", Duration.ofMinutes(3), () -> KillNineDrillIT.count(store) >= 250);
                long t0 = System.nanoTime();
                kafka.stopNode(0);
                long atStop = KillNineDrillIT.count(store);
                // The second half goes in on two brokers, so the pipeline has work left on any machine.
                upload(secondHalf, bootstrap, data);
                Await.until("the pipeline moves on two brokers", Duration.ofMinutes(3), () -> {
                    for (ServiceProcess s : List.of(sink, extractor, enricher)) {
                        assertTrue(s.isAlive(), s.service() + " died with a broker down:\n" + s.tail());
                    }
                    return KillNineDrillIT.count(store) >= atStop + 200;
                });
                System.out.printf("broker-loss drill: node 1 stopped at %d stored; +200 stored on two brokers after %.1f s%n",
                        atStop, (System.nanoTime() - t0) / 1e9);
                kafka.startNode(0);
                System.out.printf("broker-loss drill: node 1 back at %d stored%n", KillNineDrillIT.count(store));

                Await.until("all " + DOCUMENTS + " documents stored or dead-lettered", Duration.ofMinutes(3),
                        () -> KillNineDrillIT.count(store) + KillNineDrillIT.deadLettered(client) >= DOCUMENTS);
                Books books = Books.take(client, store);
                System.out.println("broker-loss drill: " + books);
                assertEquals(DOCUMENTS, books.audit().uploaded());
                assertEquals(0, books.lost(), "lost: " + books);
                assertTrue(books.duplicated().isEmpty(), "duplicated: " + books);
                assertEquals(DOCUMENTS, books.audit().stored(), books.toString());
                assertTrue(books.clean(), books.toString());
                Await.until("the returned broker is back in every ISR", Duration.ofMinutes(1), () -> fullyInSync(client));
            }
        }
    }

    private static void upload(Path corpus, String bootstrap, Path data) throws Exception {
        IngestCommand.Result sent = IngestCommand.upload(List.of(corpus), new ClusterOptions(bootstrap, data),
                "drill", false, new PrintWriter(new StringWriter()));
        assertEquals(DOCUMENTS / 2, sent.sent().size(), "every file uploaded: " + sent.rejected() + " " + sent.notSent());
    }

    private static void assertReplication(Properties client, int replicas, String minIsr) throws Exception {
        try (Admin admin = Admin.create(client)) {
            List<String> names = Topics.all().stream().map(t -> t.name()).toList();
            for (TopicDescription d : admin.describeTopics(names).allTopicNames().get().values()) {
                d.partitions().forEach(p -> assertEquals(replicas, p.replicas().size(), d.name() + " replicas"));
                ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, d.name());
                assertEquals(minIsr, admin.describeConfigs(List.of(r)).all().get().get(r).get("min.insync.replicas").value(),
                        d.name() + " min.insync.replicas");
            }
        }
    }

    private static boolean fullyInSync(Properties client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            List<String> names = new java.util.ArrayList<>(Topics.all().stream().map(t -> t.name()).toList());
            names.addAll(List.of("__consumer_offsets", "__transaction_state"));
            return admin.describeTopics(names).allTopicNames().get().values().stream()
                    .allMatch(d -> d.partitions().stream().allMatch(p -> p.isr().size() == 3));
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
