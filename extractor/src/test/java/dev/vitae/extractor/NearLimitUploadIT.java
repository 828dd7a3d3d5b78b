package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial run of issue 9: a value of 16,777,016 bytes produced straight to resumes.uploaded
 * (the topic accepts up to 16 MiB). Its dead letter cannot carry the bytes, so a reference record
 * says why; the valid uploads around it, on its partition and on the others, are all extracted,
 * and the extractor stays ready.
 */
@ExtendWith(KafkaClusterExtension.class)
class NearLimitUploadIT {
    private static final int NEAR_LIMIT = 16_777_016;
    private static final int VALID_PER_PARTITION = 4;

    @Test
    void aNearLimitUploadIsDeadLetteredByReferenceAndEveryValidUploadMoves(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        Properties big = new Properties();
        big.putAll(client);
        big.put("max.request.size", Integer.toString(Topics.MAX_MESSAGE_BYTES + 64 * 1024));
        byte[] poison = new byte[NEAR_LIMIT];
        new Random(9).nextBytes(poison);
        long poisonOffset;
        try (var producer = new KafkaProducer<>(big, new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, 0, "before");
            RecordMetadata m = producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), 0, null, poison)).get();
            poisonOffset = m.offset();
            for (int p = 0; p < 3; p++) {
                for (int i = 0; i < VALID_PER_PARTITION; i++) {
                    send(producer, p, "p" + p + "-" + i);
                }
            }
        }
        ExtractorService service = new ExtractorService(ExtractorConfig.builder(client, dir.resolve("logs"))
                .instanceId("near-limit").partitions(3).inProcess().build());
        service.start();
        try {
            int expected = 1 + 3 * VALID_PER_PARTITION;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            Set<String> extracted = new HashSet<>();
            while (extracted.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(500);
                extracted = new HashSet<>();
                for (ConsumerRecord<byte[], byte[]> r : readCommitted(client, Topics.EXTRACTED.name())) {
                    extracted.add(new String(r.key(), StandardCharsets.UTF_8));
                }
            }
            assertEquals(expected, extracted.size(), "every valid upload is extracted, before and after the near-limit one");
            assertTrue(service.isReady(), "the extractor is ready once it has moved past the poison");

            List<ConsumerRecord<byte[], byte[]>> dead = readCommitted(client, Topics.dlqOf(Topics.UPLOADED.name()));
            assertEquals(1, dead.size(), "one dead letter, for the near-limit upload");
            ConsumerRecord<byte[], byte[]> d = dead.get(0);
            assertEquals("TOO_LARGE", VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_OUTCOME));
            assertEquals(Long.toString(poisonOffset), VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_OFFSET));
            assertEquals("0", VitaeHeaders.get(d.headers(), VitaeHeaders.ERROR_PARTITION));
            assertNull(d.value(), "the bytes cannot travel in a dead letter: a reference record");
            String payload = VitaeHeaders.get(d.headers(), DeadLetters.PAYLOAD_HEADER);
            assertNotNull(payload, "the dead letter says its payload was left out");
            assertTrue(payload.startsWith(DeadLetters.PAYLOAD_OMITTED) && payload.contains(Integer.toString(NEAR_LIMIT)), payload);
        } finally {
            service.close();
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, int partition, String name) throws Exception {
        byte[] doc = ("Candidate " + name + "\nExperience\nEngineer at Company " + name + ", 2019 - 2021\n").getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), partition, null, doc)).get();
    }

    static List<ConsumerRecord<byte[], byte[]>> readCommitted(Properties client, String topic) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("isolation.level", "read_committed");
        p.put("max.partition.fetch.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES + 64 * 1024));
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (var r : c.poll(Duration.ofMillis(200))) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
