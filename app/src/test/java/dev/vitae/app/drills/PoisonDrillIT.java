package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.app.Pipeline;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.sink.SinkConfig;
import dev.vitae.sink.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drill: poison on every topic. Into each stage's input partition go two poison records, one
 * whose bytes cannot be decoded and one whose key is not the document id of its value, and then a
 * valid record on the same partition. Each poison must land once in that stage's dead-letter topic,
 * byte for byte, with the stage, the reason and a bounded attempt count in its headers; the valid
 * record behind it must get through (the stage keeps going); nothing poisoned reaches the store.
 */
@Tag("drill")
@ExtendWith(KafkaClusterExtension.class)
class PoisonDrillIT {
    /** Attempts each stage may make on one record, as the pipeline configures them (extractor 3, enricher 1, sink 5). */
    private static final Map<String, Integer> MAX_ATTEMPTS = Map.of("extractor", 3, "enricher", 1, "sink", 5);

    private record Poison(String stage, String topic, RecordMetadata at, byte[] value, String why) {}

    @Test
    void poisonOnEveryTopicIsDeadLetteredOnceAndTheStageGoesOn(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        Random random = new Random(9);
        List<Poison> poisons = new ArrayList<>();
        try (Pipeline pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            pipeline.awaitReady(Duration.ofMinutes(2));
            byte[] first = DrillCorpus.text(0, false).getBytes(StandardCharsets.UTF_8);
            String firstId = DocumentIds.of(first);
            RecordMetadata up = send(producer, Topics.UPLOADED.name(), null, firstId, first);
            Await.until("the first document stored", Duration.ofMinutes(1), () -> pipeline.store().profileJson(firstId).isPresent());
            ConsumerRecord<byte[], byte[]> extracted = find(client, Topics.EXTRACTED.name(), firstId);
            ConsumerRecord<byte[], byte[]> profile = find(client, Topics.PROFILES.name(), firstId);

            // resumes.uploaded: bytes no parser reads (keyed by their SHA-256, so only parsing can fail), and a key that is not the id
            byte[] noise = noise(random);
            poisons.add(poison(producer, "extractor", Topics.UPLOADED.name(), up.partition(), DocumentIds.of(noise), noise, "undecodable"));
            byte[] misKeyed = DrillCorpus.text(1, true).getBytes(StandardCharsets.UTF_8);
            poisons.add(poison(producer, "extractor", Topics.UPLOADED.name(), up.partition(), "not-a-document-id", misKeyed, "invalid key"));
            byte[] next = DrillCorpus.text(2, false).getBytes(StandardCharsets.UTF_8);
            send(producer, Topics.UPLOADED.name(), up.partition(), DocumentIds.of(next), next);
            Await.until("the extractor goes on behind its poison", Duration.ofMinutes(1),
                    () -> pipeline.store().profileJson(DocumentIds.of(next)).isPresent());

            // resumes.extracted: not Avro, and a valid ExtractedText under another key; then the valid record again
            noise = noise(random);
            poisons.add(poison(producer, "enricher", Topics.EXTRACTED.name(), extracted.partition(), firstId, noise, "undecodable"));
            poisons.add(poison(producer, "enricher", Topics.EXTRACTED.name(), extracted.partition(), "not-a-document-id", extracted.value(), "invalid key"));
            send(producer, Topics.EXTRACTED.name(), extracted.partition(), firstId, extracted.value());
            Await.until("the enricher goes on behind its poison", Duration.ofMinutes(1),
                    () -> Books.committedCount(client, Topics.PROFILES.name()) >= 3); // first, next, first again

            // profiles.parsed: not Avro, and a valid ResumeProfile under another key; then the valid record again
            noise = noise(random);
            poisons.add(poison(producer, "sink", Topics.PROFILES.name(), profile.partition(), firstId, noise, "undecodable"));
            poisons.add(poison(producer, "sink", Topics.PROFILES.name(), profile.partition(), "not-a-document-id", profile.value(), "invalid key"));
            RecordMetadata again = send(producer, Topics.PROFILES.name(), profile.partition(), firstId, profile.value());
            Await.until("the sink goes on behind its poison", Duration.ofMinutes(1), () -> pipeline.store()
                    .positions(SinkConfig.DEFAULT_GROUP, Topics.PROFILES.name()).getOrDefault(again.partition(), 0L) > again.offset());

            for (Poison p : poisons) {
                List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(client, p);
                assertEquals(1, dead.size(), p.stage() + " " + p.why() + " poison: dead-lettered once, not retried into the DLQ again");
                ConsumerRecord<byte[], byte[]> d = dead.get(0);
                assertArrayEquals(p.value(), d.value(), "the dead letter keeps the original bytes");
                assertEquals(p.stage(), VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_STAGE));
                assertNotNull(VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_OUTCOME));
                String attempts = VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_ATTEMPTS);
                assertNotNull(attempts, "attempts header");
                int n = Integer.parseInt(attempts);
                assertTrue(n >= 1 && n <= MAX_ATTEMPTS.get(p.stage()), p.stage() + " attempts " + n);
                System.out.printf("poison drill: %s %s poison on %s -> %s outcome %s after %d attempt(s)%n", p.stage(), p.why(),
                        p.topic(), d.topic(), VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_OUTCOME), n);
            }
            assertEquals(2, pipeline.store().count(), "the two valid documents, and no poison, are stored");
            assertFalse(pipeline.store().documentIds().contains("not-a-document-id"));
        }
    }

    private static Poison poison(KafkaProducer<byte[], byte[]> producer, String stage, String topic, int partition,
                                 String key, byte[] value, String why) throws Exception {
        return new Poison(stage, topic, send(producer, topic, partition, key, value), value, why);
    }

    private static byte[] noise(Random random) {
        byte[] b = new byte[2048];
        random.nextBytes(b);
        return b;
    }

    private static RecordMetadata send(KafkaProducer<byte[], byte[]> producer, String topic, Integer partition, String key, byte[] value)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, partition, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value)).get();
    }

    private static ConsumerRecord<byte[], byte[]> find(Properties client, String topic, String key) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        Books.readCommitted(client, topic, r -> {
            if (r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                found.add(r);
            }
        });
        assertFalse(found.isEmpty(), "no " + key + " in " + topic);
        return found.get(0);
    }

    /** The dead letters of {@code p}: records of its stage's DLQ whose source headers point at the poison. */
    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(Properties client, Poison p) throws Exception {
        String dlq = Topics.dlqOf(p.topic());
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        Await.until(p.stage() + " " + p.why() + " poison in " + dlq, Duration.ofSeconds(30), () -> {
            out.clear();
            Books.readCommitted(client, dlq, r -> {
                if (String.valueOf(p.at().partition()).equals(VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_PARTITION))
                        && String.valueOf(p.at().offset()).equals(VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OFFSET))) {
                    out.add(r);
                }
            });
            return !out.isEmpty();
        });
        return out;
    }
}
