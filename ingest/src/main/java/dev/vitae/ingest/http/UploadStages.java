package dev.vitae.ingest.http;

import dev.vitae.schemas.DocumentRecords;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Where one document is in the pipeline, for {@code GET /uploads/{id}}.
 * <p>
 * Stored is asked of the store. Otherwise the document's records are counted in each of the six
 * topics (the three inputs and their dead-letter topics; {@link DocumentRecords} reads the one
 * partition of each that the id hashes to). Each stage turns each input
 * record into one output or one dead letter, so comparing counts ({@link #decide}) tells where the
 * latest attempt is, also after a dead letter was replayed: an attempt still waiting at a stage has
 * fewer outputs plus dead letters than inputs. Documents that a foreign producer sent without a key
 * are found from the extracted stage on (the extractor keys them), not before.
 */
public final class UploadStages implements AutoCloseable {
    /** Pipeline position of a document, with its name on the wire. */
    public enum Stage {
        UPLOADED("uploaded"), EXTRACTED("extracted"), PARSED("parsed"), STORED("stored"), DEAD_LETTERED("dead-lettered");

        public final String wireName;

        Stage(String wireName) {
            this.wireName = wireName;
        }
    }

    /** A dead letter's reason, from its vitae.error.* headers. */
    public record DeadLetter(String topic, String stage, String outcome, String reason) {}

    /** Records of one document per topic; {@code deadLetters} holds the latest dead letter of each dead-letter topic that has one. */
    public record Trail(int uploaded, int extracted, int parsed, int uploadedDlq, int extractedDlq, int parsedDlq,
                        String fileName, Map<String, DeadLetter> deadLetters) {
        boolean empty() {
            return uploaded + extracted + parsed + uploadedDlq + extractedDlq + parsedDlq == 0;
        }
    }

    /** A document's stage; {@code deadLetter} is set when the stage is dead-lettered. */
    public record Status(String documentId, Stage stage, String fileName, DeadLetter deadLetter) {}

    private static final Duration READ_DEADLINE = Duration.ofSeconds(20);
    private static final List<String> TOPICS = List.of(Topics.UPLOADED.name(), Topics.EXTRACTED.name(), Topics.PROFILES.name(),
            Topics.dlqOf(Topics.UPLOADED.name()), Topics.dlqOf(Topics.EXTRACTED.name()), Topics.dlqOf(Topics.PROFILES.name()));

    private final Predicate<String> stored;
    private final DocumentRecords records;

    /** @param stored whether the store holds a profile for a document id */
    public UploadStages(Properties clientProperties, Predicate<String> stored) {
        this.stored = stored;
        this.records = new DocumentRecords(clientProperties, "vitae-upload-status", READ_DEADLINE);
    }

    /** The document's stage, or empty when no topic and no store knows it. */
    public Optional<Status> status(String documentId) {
        if (stored.test(documentId)) {
            return Optional.of(new Status(documentId, Stage.STORED, null, null));
        }
        Trail t = trail(documentId);
        return decide(false, t).map(stage -> new Status(documentId, stage, t.fileName(),
                stage == Stage.DEAD_LETTERED ? deadLetterOf(t) : null));
    }

    /**
     * The stage from the counts. Extraction turns uploads into extracted texts or upload dead letters,
     * enrichment turns extracted texts into profiles or extracted dead letters, the sink stores
     * profiles or dead-letters them; the first stage with an input still unanswered is where the
     * document waits, and a stage that produced nothing but dead letters is where it stopped.
     */
    public static Optional<Stage> decide(boolean stored, Trail t) {
        if (stored) {
            return Optional.of(Stage.STORED);
        }
        if (t.empty()) {
            return Optional.empty();
        }
        if (t.extracted() + t.uploadedDlq() < t.uploaded()) {
            return Optional.of(Stage.UPLOADED);
        }
        if (t.extracted() == 0) {
            return Optional.of(t.uploadedDlq() > 0 || t.extractedDlq() > 0 ? Stage.DEAD_LETTERED : Stage.UPLOADED);
        }
        if (t.parsed() + t.extractedDlq() < t.extracted()) {
            return Optional.of(Stage.EXTRACTED);
        }
        if (t.parsed() == 0) {
            return Optional.of(Stage.DEAD_LETTERED);
        }
        // profiles.parsed is compacted, so its count can shrink; a sink dead letter for each profile left means none was stored
        return Optional.of(t.parsedDlq() >= t.parsed() ? Stage.DEAD_LETTERED : Stage.PARSED);
    }

    /** The dead letter of the stage where {@link #decide} found the document stopped. */
    static DeadLetter deadLetterOf(Trail t) {
        String topic = t.extracted() == 0 ? Topics.UPLOADED.name() : t.parsed() == 0 ? Topics.EXTRACTED.name() : Topics.PROFILES.name();
        DeadLetter d = t.deadLetters().get(Topics.dlqOf(topic));
        return d != null ? d : t.deadLetters().values().stream().findFirst().orElse(null);
    }

    /** The document's records counted in each topic (what {@link #decide} reads). */
    public Trail trail(String documentId) {
        int[] counts = new int[TOPICS.size()];
        String[] fileName = {null};
        Map<String, DeadLetter> dead = new HashMap<>();
        records.read(documentId, TOPICS, r -> {
            int i = TOPICS.indexOf(r.topic());
            if (i == 2 && r.value() == null) {
                return; // a tombstone erases a profile; it is no stage reached
            }
            counts[i]++;
            if (i == 0) {
                fileName[0] = VitaeHeaders.get(r.headers(), VitaeHeaders.FILE_NAME);
            }
            if (i >= 3) {
                dead.put(r.topic(), new DeadLetter(r.topic(), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_STAGE),
                        VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_MESSAGE)));
            }
        });
        return new Trail(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], fileName[0], dead);
    }

    @Override
    public void close() {
        records.close();
    }
}
