package dev.vitae.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vitae ingest}'s summary counts exactly what the run did, every file once: three distinct
 * résumés, a copy of one under another name (a duplicate: sent once), an empty file, bytes of no
 * document type, and a path that does not exist. The topic holds one record per distinct document.
 */
@ExtendWith(KafkaClusterExtension.class)
class IngestSummaryIT {

    @Test
    void theSummaryCountsFilesDocumentsDuplicatesSentAndRejectedByReason(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 1, (short) 1);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), "Ada Lovelace\nAnalyst at Babbage & Co, 1842 - 1843\n");
        Files.writeString(inbox.resolve("b.md"), "# Grace Hopper\n## Experience\nEngineer at Navy, 1943 - 1986\n");
        Files.writeString(inbox.resolve("c.txt"), "Alan Turing\nResearcher at Bletchley Park, 1939 - 1945\n");
        Files.copy(inbox.resolve("a.txt"), inbox.resolve("a-copy.txt"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("noise.bin"), new byte[] {0, (byte) 0xff, 0x13, 0x37, 0, 0, (byte) 0x80, 1, 2, 3, 4, 5});

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine ingest = new CommandLine(new IngestCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = ingest.execute("--bootstrap-servers", kafka.bootstrapServers(), "--data", dir.resolve("data").toString(), "--quiet",
                inbox.toString(), dir.resolve("missing.pdf").toString());

        assertEquals(1, exit, "rejected files make the exit code 1: " + err);
        List<String> summary = out.toString().lines().toList();
        assertEquals("files:     7", summary.get(0), out.toString());
        assertEquals("documents: 3 distinct, 1 duplicate(s) in the batch (same bytes, sent once)", summary.get(1));
        assertEquals("sent:      3", summary.get(2));
        assertEquals(4, summary.size(), out.toString());
        String rejected = summary.get(3);
        assertTrue(rejected.startsWith("rejected:  3 ("), rejected);
        assertTrue(rejected.contains("no such file or folder: 1") && rejected.contains("the file is empty: 1"), rejected);
        List<String> reported = err.toString().lines().toList();
        assertEquals(List.of("duplicate " + inbox.resolve("a.txt") + ": same bytes as " + inbox.resolve("a-copy.txt") + " (sent once)"),
                reported.stream().filter(l -> l.startsWith("duplicate ")).toList(), "the folder is walked in name order: " + err);
        assertEquals(3, reported.stream().filter(l -> l.startsWith("rejected ")).count(), "stderr lists each rejected file: " + err);
        assertEquals(3, uploadedKeys(client).size(), "one record per distinct document");
        assertEquals(3, uploadedKeys(client).stream().distinct().count());
    }

    private static List<String> uploadedKeys(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("max.partition.fetch.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES));
        List<String> keys = new ArrayList<>();
        try (var c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(Topics.UPLOADED.name(), 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            while (c.position(tp) < end) {
                c.poll(Duration.ofMillis(200)).forEach(r -> keys.add(new String(r.key(), StandardCharsets.UTF_8)));
            }
        }
        return keys;
    }
}
