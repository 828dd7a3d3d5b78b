package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vitae dlq list} tells a dead letter whose document has been stored since (resolved) from one still open;
 * {@code vitae dlq replay} sends the selected dead letters back to their source topic without the error headers.
 */
@ExtendWith(KafkaClusterExtension.class)
class DlqCommandIT {

    @Test
    void deadLettersWhoseDocumentIsStoredAreListedAsResolved(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        String storedSince = UUID.randomUUID().toString().replace("-", "");
        String stillOpen = UUID.randomUUID().toString().replace("-", "");
        StoreConfig storeConfig = StoreConfig.sqlite(dir.resolve("vitae.db"));
        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            store.apply("dlq-test", List.of(new ProfileStore.Change(storedSince, profile(storedSince), Topics.PROFILES.name(), 0, 0)),
                    List.of(new ProfileStore.Position(Topics.PROFILES.name(), 0, 1)));
        }
        deadLetter(client, storedSince);
        deadLetter(client, stillOpen);

        StringWriter listed = new StringWriter();
        int exit = VitaeCommand.commandLine().setOut(new PrintWriter(listed)).execute("dlq", "list",
                "--bootstrap-servers", kafka.bootstrapServers(), "--data", dir.toString(), "--stage", "extractor",
                "--store-url", storeConfig.jdbcUrl());
        String out = listed.toString();
        assertEquals(0, exit, out);
        assertTrue(out.lines().anyMatch(l -> l.contains(" resolved ") && l.contains(storedSince)), out);
        assertTrue(out.lines().anyMatch(l -> l.contains(" open ") && l.contains(stillOpen)), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\d+ dead letter\\(s\\): \\d+ open, [1-9]\\d* resolved.*")), out);
    }

    @Test
    void replaySendsTheSelectedDeadLettersBackWithoutTheirErrorHeaders(KafkaCluster kafka) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        // an outcome no stage writes on the extractor's DLQ: only this test's record has it on the shared cluster
        DeadLetterOutcome outcome = DeadLetterOutcome.ENRICHMENT_FAILED;
        String chosen = UUID.randomUUID().toString().replace("-", "");
        String other = UUID.randomUUID().toString().replace("-", "");
        deadLetter(client, chosen, outcome);
        deadLetter(client, other, DeadLetterOutcome.CORRUPT);

        StringWriter printed = new StringWriter();
        int exit = VitaeCommand.commandLine().setOut(new PrintWriter(printed)).execute("dlq", "replay",
                "--bootstrap-servers", kafka.bootstrapServers(), "--stage", "extractor", "--outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        String out = printed.toString();
        assertEquals(0, exit, out);
        assertTrue(out.contains("replayed 1 record(s) to " + Topics.UPLOADED.name()), out);

        List<ConsumerRecord<byte[], byte[]>> back = new java.util.ArrayList<>();
        Ledger.readAll(client, Topics.UPLOADED.name(), r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (key.equals(chosen) || key.equals(other)) {
                back.add(r);
            }
        });
        assertEquals(1, back.size(), "only the selected outcome's dead letter went back");
        ConsumerRecord<byte[], byte[]> r = back.get(0);
        assertEquals(chosen, new String(r.key(), StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(new byte[] {1, 2, 3}, r.value()), "the bytes unchanged");
        for (var h : r.headers()) {
            assertTrue(!h.key().startsWith("vitae.error."), "error header " + h.key() + " removed");
        }
        assertEquals("cv.pdf", dev.vitae.schemas.VitaeHeaders.get(r.headers(), dev.vitae.schemas.VitaeHeaders.FILE_NAME), "other headers kept");
    }

    private static void deadLetter(Properties client, String documentId) throws Exception {
        deadLetter(client, documentId, DeadLetterOutcome.CORRUPT);
    }

    private static void deadLetter(Properties client, String documentId, DeadLetterOutcome outcome) throws Exception {
        var upload = new ConsumerRecord<>(Topics.UPLOADED.name(), 0, 0L, documentId.getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        dev.vitae.schemas.VitaeHeaders.put(upload.headers(), dev.vitae.schemas.VitaeHeaders.FILE_NAME, "cv.pdf");
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(DeadLetter.of("extractor", outcome, "an earlier parser failed on it").toRecord(upload)).get();
        }
    }

    private static ResumeProfile profile(String id) {
        return ResumeProfile.newBuilder()
                .setDocumentId(id).setFileName(id + ".pdf").setLanguage("en")
                .setCandidate(Candidate.newBuilder().setName("Jane").build())
                .setRoles(List.of()).setSkills(List.of()).setMetrics(List.of()).setEducation(List.of()).setLanguages(List.of())
                .setProjects(List.of()).setExtractorVersion("1.0.0").setEnricherVersion("1.0.0")
                .setUploadedAt(Instant.ofEpochMilli(1000)).setEnrichedAt(Instant.ofEpochMilli(2000)).build();
    }
}
