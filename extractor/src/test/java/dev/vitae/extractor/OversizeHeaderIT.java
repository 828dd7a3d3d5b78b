package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.HeaderValues;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial run of issue 10: a 1 MiB {@code vitae.file.name} header, produced by a plain Kafka
 * client (no front door to cap it), was kept and served in the profile. The extractor dead-letters
 * that record as INVALID_RECORD with the reason, the record's bytes and headers as they were sent, and
 * extracts the upload beside it, whose name it passes on cleaned of a bidi override.
 */
@ExtendWith(KafkaClusterExtension.class)
class OversizeHeaderIT {

    @Test
    void aRecordWithAHeaderOverItsCapIsDeadLetteredAsSent(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        byte[] hostile = "Mallory\nEngineer at Evil Corp, 2019 - 2021\n".getBytes(StandardCharsets.UTF_8);
        byte[] hugeName = ("a".repeat(1 << 20) + ".txt").getBytes(StandardCharsets.UTF_8);
        byte[] fine = "Jane Doe\nEngineer at Acme, 2018 - 2022\n".getBytes(StandardCharsets.UTF_8);
        Properties raw = new Properties();
        raw.putAll(client);
        raw.put("max.request.size", Integer.toString(4 << 20));
        try (var producer = new KafkaProducer<>(raw, new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(Topics.UPLOADED.name(), null, hostile);
            r.headers().add(VitaeHeaders.FILE_NAME, hugeName);
            producer.send(r).get();
            ProducerRecord<byte[], byte[]> ok = new ProducerRecord<>(Topics.UPLOADED.name(), null, fine);
            ok.headers().add(VitaeHeaders.FILE_NAME, "jane\u202Etxt.exe.txt".getBytes(StandardCharsets.UTF_8));
            producer.send(ok).get();
        }
        ExtractorService service = new ExtractorService(ExtractorConfig.builder(client, dir.resolve("logs"))
                .instanceId("oversize-header").partitions(3).inProcess().build());
        service.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<ConsumerRecord<byte[], byte[]>> dead = List.of();
            List<ConsumerRecord<byte[], byte[]>> extracted = List.of();
            while ((dead.isEmpty() || extracted.isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(300);
                dead = NearLimitUploadIT.readCommitted(client, Topics.dlqOf(Topics.UPLOADED.name()));
                extracted = NearLimitUploadIT.readCommitted(client, Topics.EXTRACTED.name());
            }
            assertEquals(1, dead.size(), "one dead letter");
            ConsumerRecord<byte[], byte[]> d = dead.get(0);
            assertArrayEquals(hostile, d.value(), "the record's bytes as they were sent");
            assertArrayEquals(hugeName, d.headers().lastHeader(VitaeHeaders.FILE_NAME).value(), "its header as it was sent");
            assertEquals("INVALID_RECORD", VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_OUTCOME));
            assertEquals("header vitae.file.name is " + hugeName.length + " bytes; the limit is " + HeaderValues.MAX_FILE_NAME_BYTES,
                    VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_MESSAGE));

            assertEquals(1, extracted.size(), "the upload beside it is extracted");
            ConsumerRecord<byte[], byte[]> e = extracted.get(0);
            assertEquals(DocumentIds.of(fine), new String(e.key(), StandardCharsets.UTF_8));
            assertEquals("janetxt.exe.txt", VitaeHeaders.get(e.headers(), VitaeHeaders.FILE_NAME));
            assertEquals("janetxt.exe.txt", Topics.EXTRACTED.valueSerde().deserializer().deserialize(e.topic(), e.value()).getFileName());
            assertTrue(service.isReady());
        } finally {
            service.close();
        }
    }
}
