package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.sink.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Any Kafka client", as the README shows it: a plain producer drops a résumé's bytes into
 * {@code resumes.uploaded} with no key and one header (what {@code kcat -P} sends), and a plain
 * consumer reads {@code profiles.parsed} and decodes the Avro single-object encoding with the
 * published schema file alone (generic records, none of Vitae's classes).
 */
@ExtendWith(KafkaClusterExtension.class)
class PlainKafkaClientIT {
    private static final Path SEED = Path.of("..", "seeds", "001_12268666d2510657.txt");
    private static final Path PUBLISHED_SCHEMA = Path.of("..", "schemas", "src", "main", "resources", "schema-history", "ResumeProfile", "v1.avsc");

    @Test
    void aFileProducedByAPlainClientComesBackAsAProfileAPlainConsumerDecodesWithThePublishedSchema(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        byte[] bytes = Files.readAllBytes(SEED);
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        try (Pipeline pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3)) {
            pipeline.awaitReady(Duration.ofMinutes(2));
            try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
                ProducerRecord<byte[], byte[]> r = new ProducerRecord<>("resumes.uploaded", null, bytes);
                r.headers().add("vitae.file.name", "001_12268666d2510657.txt".getBytes(StandardCharsets.UTF_8));
                producer.send(r).get();
            }
            BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), new Schema.Parser().parse(PUBLISHED_SCHEMA.toFile()));
            Properties c = new Properties();
            c.putAll(client);
            c.put("group.id", "plain-consumer");
            c.put("auto.offset.reset", "earliest");
            c.put("isolation.level", "read_committed");
            GenericRecord profile = null;
            try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of("profiles.parsed"));
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (profile == null && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        profile = decoder.decode(r.value());
                        assertEquals(id, new String(r.key(), StandardCharsets.UTF_8), "keyed by the SHA-256 of the bytes");
                    }
                }
            }
            assertNotNull(profile, "a profile on profiles.parsed");
            assertEquals(id, profile.get("documentId").toString());
            assertEquals("001_12268666d2510657.txt", profile.get("fileName").toString());
            assertFalse(((List<?>) profile.get("roles")).isEmpty(), "roles read: " + profile);
        }
    }
}
