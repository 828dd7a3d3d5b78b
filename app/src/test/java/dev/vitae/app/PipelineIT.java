package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The five seeds through ingest, extractor, enricher and sink on a real broker, into a real store. */
@ExtendWith(KafkaClusterExtension.class)
class PipelineIT {
    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void seedsAreStoredOnceAndPoisonGoesToTheDeadLetterTopic(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        ClusterOptions cluster = new ClusterOptions(kafka.bootstrapServers(), dir);
        PrintWriter err = new PrintWriter(new StringWriter());
        try (Pipeline pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3)) {
            pipeline.awaitReady(Duration.ofMinutes(2));

            IngestCommand.Result first = IngestCommand.upload(List.of(SEEDS), cluster, "test", false, err);
            assertEquals(5, first.sent().size());
            await("five profiles stored", () -> pipeline.store().count() == 5);
            assertEquals(first.sent().keySet(), Set.copyOf(pipeline.store().documentIds()));

            long applied = pipeline.sink().appliedCount();
            IngestCommand.upload(List.of(SEEDS), cluster, "test", false, err);
            await("second delivery applied", () -> pipeline.sink().appliedCount() >= applied + 5);
            assertEquals(5, pipeline.store().count(), "ingesting the same files again must not duplicate");

            byte[] noise = new byte[3000];
            new Random(42).nextBytes(noise);
            try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), null, noise)).get(); // any Kafka client, no key
            }
            ConsumerRecord<byte[], byte[]> dead = awaitRecord(client, Topics.dlqOf(Topics.UPLOADED.name()), noise);
            assertArrayEquals(noise, dead.value(), "the dead letter keeps the original bytes");
            assertEquals("extractor", VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_STAGE));
            assertEquals("UNSUPPORTED_TYPE", VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_OUTCOME));
            assertEquals(Topics.UPLOADED.name(), VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_TOPIC));
            assertNotNull(VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_OFFSET));
            Map<String, Ledger.DeadLetterEntry> ledger = new Ledger(client).deadLettered();
            assertTrue(ledger.containsKey(DocumentIds.of(noise)), "the ledger accounts for it by its SHA-256");

            byte[] next = "Jane Roe\n\nExperience\nData Engineer, Initech GmbH, 2020 - 2023\n- Built Kafka pipelines\n"
                    .getBytes(StandardCharsets.UTF_8);
            try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), null, next)).get();
            }
            await("the extractor goes on with the next record", () -> pipeline.store().count() == 6);
            assertTrue(pipeline.store().profileJson(DocumentIds.of(next)).orElseThrow().contains("Initech GmbH"));

            // A tombstone on profiles.parsed erases the candidate's data from the store.
            try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.PROFILES.name(), DocumentIds.of(next).getBytes(StandardCharsets.UTF_8), null)).get();
            }
            await("the tombstone erased the profile", () -> pipeline.store().count() == 5);
            assertTrue(pipeline.store().profileJson(DocumentIds.of(next)).isEmpty());
        }
    }

    private static ConsumerRecord<byte[], byte[]> awaitRecord(Properties client, String topic, byte[] value) throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put("isolation.level", "read_committed");
        try (var c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(300))) {
                    if (java.util.Arrays.equals(r.value(), value)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no record with the expected value reached " + topic);
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
    }
}
