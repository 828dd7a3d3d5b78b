package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the extractor does when transactions keep failing. A record whose result the broker refuses
 * is isolated (the batch is tried whole a bounded number of times, then one record per transaction)
 * and dead-lettered by reference while its neighbours go through. An output topic that is gone is
 * an outage: the stage shows as stalled and not ready, dead-letters nothing, and moves on by itself
 * once the topic is back.
 */
@ExtendWith(KafkaClusterExtension.class)
class PoisonIsolationIT {
    private static final String EXTRACTED = Topics.EXTRACTED.name();

    @Test
    void aRecordWhoseResultTheBrokerRefusesIsIsolatedAndDeadLetteredByReference(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = client(kafka);
        TopicCreator.ensureTopics(client, 3, (short) 1);
        alter(client, EXTRACTED, "max.message.bytes", "6000"); // small résumés fit, one long one does not
        List<byte[]> small = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            small.add(("Candidate A" + i + "\nEngineer at Company " + i + ", 2019 - 2021\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] big = randomWords(new Random(4), 60_000).getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < small.size(); i++) {
                if (i == 4) {
                    producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), 1, null, big));
                }
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), i % 3, null, small.get(i)));
            }
        }
        Set<String> expected = new HashSet<>();
        small.forEach(b -> expected.add(DocumentIds.of(b)));
        try (Running service = Running.start(ExtractorConfig.builder(client, dir).instanceId("poison").groupId("poison")
                .retryBackoff(Duration.ofMillis(50)).inProcess().build())) {
            await(() -> keys(client, EXTRACTED).containsAll(expected) && !deadFor(client, "UNDELIVERABLE").isEmpty(), 90,
                    "every small résumé extracted and the long one dead-lettered");
            assertTrue(service.extractor.isReady());
        } finally {
            alter(client, EXTRACTED, "max.message.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES));
        }
        List<ConsumerRecord<byte[], byte[]>> dead = deadFor(client, "UNDELIVERABLE");
        assertEquals(1, dead.size());
        ConsumerRecord<byte[], byte[]> d = dead.get(0);
        assertEquals("1", VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_PARTITION));
        assertEquals("org.apache.kafka.common.errors.RecordTooLargeException", VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_CLASS));
        assertNull(d.value(), "a reference record");
        assertTrue(VitaeHeaders.get(d.headers(), DeadLetters.PAYLOAD_HEADER).startsWith(DeadLetters.PAYLOAD_OMITTED));
        assertFalse(keys(client, EXTRACTED).contains(DocumentIds.of(big)));
    }

    @Test
    void anOutputTopicThatIsGoneStallsTheStageUntilItIsBack(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = client(kafka);
        client.put("max.block.ms", "3000"); // a send to a missing topic fails in seconds, not the default minute
        TopicCreator.ensureTopics(client(kafka), 3, (short) 1);
        int deadBefore = NearLimitUploadIT.readCommitted(client(kafka), Topics.dlqOf(Topics.UPLOADED.name())).size();
        Set<String> expected = new HashSet<>();
        try (Running service = Running.start(ExtractorConfig.builder(client, dir).instanceId("outage").groupId("outage")
                .partitions(3).retryBackoff(Duration.ofMillis(50)).inProcess().build())) {
            await(service.extractor::isReady, 60, "the extractor is ready");
            try (Admin admin = Admin.create(client(kafka))) {
                admin.deleteTopics(List.of(EXTRACTED)).all().get(); // the broker does not create topics on demand: every write to it fails
                await(() -> {
                    try {
                        return !admin.listTopics().names().get().contains(EXTRACTED);
                    } catch (Exception e) {
                        return false;
                    }
                }, 30, "the topic is gone");
            }
            try (var producer = new KafkaProducer<>(client(kafka), new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < 6; i++) {
                    byte[] doc = ("Candidate B" + i + "\nDesigner at Studio " + i + ", 2018 - 2022\n").getBytes(StandardCharsets.UTF_8);
                    expected.add(DocumentIds.of(doc));
                    producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), i % 3, null, doc));
                }
            }
            await(service.extractor::isStalled, 90, "the stage shows that it cannot make progress");
            assertFalse(service.extractor.isReady(), "a stalled stage is not ready");
            assertTrue(service.extractor.notReadyReason().orElse("").startsWith("stalled"), service.extractor.notReadyReason().toString());
            TopicCreator.ensureTopics(client(kafka), 3, (short) 1);
            await(() -> keys(client(kafka), EXTRACTED).containsAll(expected), 120, "it moves on by itself once the topic is back");
            await(service.extractor::isReady, 30, "and is ready again");
        } finally {
            TopicCreator.ensureTopics(client(kafka), 3, (short) 1);
        }
        assertEquals(deadBefore, NearLimitUploadIT.readCommitted(client(kafka), Topics.dlqOf(Topics.UPLOADED.name())).size(),
                "an outage dead-letters nothing");
    }

    private static Properties client(KafkaCluster kafka) {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        return client;
    }

    private static void alter(Properties client, String topic, String name, String value) throws Exception {
        try (Admin admin = Admin.create(client(client))) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(r, List.of(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
        Thread.sleep(1000); // let the broker apply it
    }

    private static Properties client(Properties p) {
        Properties q = new Properties();
        q.put("bootstrap.servers", p.getProperty("bootstrap.servers"));
        return q;
    }

    private static Set<String> keys(Properties client, String topic) {
        Set<String> keys = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : NearLimitUploadIT.readCommitted(client(client), topic)) {
            keys.add(new String(r.key(), StandardCharsets.UTF_8));
        }
        return keys;
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadFor(Properties client, String outcome) {
        return NearLimitUploadIT.readCommitted(client(client), Topics.dlqOf(Topics.UPLOADED.name())).stream()
                .filter(r -> outcome.equals(VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME))).toList();
    }

    private static void await(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "within " + seconds + " s: " + what);
            Thread.sleep(250);
        }
    }

    private static String randomWords(Random random, int chars) {
        StringBuilder sb = new StringBuilder("Jane Doe\nExperience\n");
        while (sb.length() < chars) {
            int len = 3 + random.nextInt(8);
            for (int i = 0; i < len; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(random.nextInt(12) == 0 ? '\n' : ' ');
        }
        return sb.toString();
    }

    /** The service, started. */
    private record Running(ExtractorService extractor) implements AutoCloseable {
        static Running start(ExtractorConfig config) {
            ExtractorService s = new ExtractorService(config);
            s.start();
            return new Running(s);
        }

        @Override
        public void close() {
            extractor.close();
        }
    }
}
