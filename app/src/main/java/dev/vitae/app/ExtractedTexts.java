package dev.vitae.app;

import dev.vitae.schemas.DocumentRecords;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The extracted text a stored profile's evidence points into, for {@code GET /profiles/{id}/text}.
 * <p>
 * Evidence spans are UTF-16 offsets into {@code ExtractedText.text} (the enricher maps its prepared
 * text back to it), and that text lives in {@code resumes.extracted}, not in the store. So the lookup
 * reads the document's records of {@code resumes.extracted} ({@link DocumentRecords}: the one
 * partition its id hashes to) and keeps the latest record of the document whose
 * {@code extractorVersion} is the profile's: the text the profile was read from. With no such record,
 * the latest of any version (the spans may then not fit; the answer says which version it is).
 * The cost is one partition read per lookup; a text older than the topic's retention is gone.
 */
final class ExtractedTexts implements AutoCloseable {
    private static final Duration READ_DEADLINE = Duration.ofSeconds(20);
    private static final String TOPIC = Topics.EXTRACTED.name();

    private final DocumentRecords records;
    private final Deserializer<ExtractedText> values = Topics.EXTRACTED.valueSerde().deserializer();

    ExtractedTexts(Properties clientProperties) {
        this.records = new DocumentRecords(clientProperties, "vitae-extracted-text", READ_DEADLINE);
    }

    /** The text of {@code documentId} that extractor {@code extractorVersion} produced (null: any), else the latest; empty when none is left. */
    Optional<ExtractedText> find(String documentId, String extractorVersion) {
        ExtractedText[] sameVersion = {null};
        ExtractedText[] latest = {null};
        records.read(documentId, List.of(TOPIC), r -> {
            if (r.value() == null) {
                return;
            }
            ExtractedText t = values.deserialize(TOPIC, r.headers(), r.value());
            latest[0] = t;
            if (extractorVersion != null && extractorVersion.contentEquals(t.getExtractorVersion())) {
                sameVersion[0] = t;
            }
        });
        return Optional.ofNullable(sameVersion[0] != null ? sameVersion[0] : latest[0]);
    }

    @Override
    public void close() {
        records.close();
    }
}
