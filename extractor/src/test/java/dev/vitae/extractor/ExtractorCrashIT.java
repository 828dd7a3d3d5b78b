package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 documents flow; the extractor process is killed (SIGKILL) mid-stream and restarted; a
 * read_committed reader of resumes.extracted then sees every document exactly once.
 */
@ExtendWith(KafkaClusterExtension.class)
class ExtractorCrashIT {
    private static final int DOCUMENTS = 500;

    @Test
    void aKilledExtractorResumesAndEveryDocumentIsExtractedExactlyOnce(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < DOCUMENTS; i++) {
                byte[] doc = ("Candidate " + i + "\nExperience\nEngineer at Company " + i + ", 2019 - 2021\n").getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), null, doc));
            }
        }
        Process first = start(kafka, dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (committed(client).total() < 60 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int atKill = committed(client).total();
        assertTrue(atKill > 0 && atKill < DOCUMENTS, "killed mid-stream with " + atKill + " extracted");

        Process second = start(kafka, dir);
        try {
            deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            Count c = committed(client);
            while (c.distinct() < DOCUMENTS && System.nanoTime() < deadline) {
                Thread.sleep(500);
                c = committed(client);
            }
            assertEquals(DOCUMENTS, c.distinct(), "every document extracted");
            assertEquals(DOCUMENTS, c.total(), "and none twice, as a read_committed reader sees it");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(KafkaCluster kafka, Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("client.properties"), "session.timeout.ms=6000\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ExtractorCommand.class.getName(),
                "--bootstrap-servers", kafka.bootstrapServers(), "--config", config.toString(), "--data", dir.toString(),
                "--instance-id", "crash-test"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("extractor.log").toFile())).start();
    }

    private record Count(int total, int distinct) {}

    private static Count committed(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("isolation.level", "read_committed");
        Set<String> keys = new HashSet<>();
        int total = 0;
        try (var c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.EXTRACTED.name()).stream()
                    .map(i -> new TopicPartition(Topics.EXTRACTED.name(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (var r : c.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                    total++;
                }
            }
        }
        return new Count(total, keys.size());
    }
}
