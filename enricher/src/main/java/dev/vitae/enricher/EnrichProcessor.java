package dev.vitae.enricher;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Validates, then enriches, one extracted text. Works on raw bytes so that a record which fails
 * (unreadable Avro, a key that is not its document id, empty text, an enrichment bug) reaches the
 * dead-letter topic byte for byte as it arrived, with {@code vitae.error.*} headers; nothing is
 * half-applied. Good records become a {@link ResumeProfile} keyed by document id.
 */
final class EnrichProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    static final String STAGE = "enricher";
    static final String TO_PROFILES = "to-profiles";
    static final String TO_DLQ = "to-dlq";

    private final ResumeEnricher enricher;
    private ProcessorContext<byte[], byte[]> context;

    EnrichProcessor(ResumeEnricher enricher) {
        this.enricher = enricher;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        ExtractedText text;
        try {
            text = Topics.EXTRACTED.valueSerde().deserializer().deserialize(Topics.EXTRACTED.name(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record, DeadLetter.of(STAGE, "INVALID_RECORD", e, 1));
            return;
        }
        if (text == null) {
            deadLetter(record, DeadLetter.of(STAGE, "INVALID_RECORD", "record has no value"));
            return;
        }
        if (!text.getDocumentId().equals(key)) {
            deadLetter(record, DeadLetter.of(STAGE, "INVALID_RECORD",
                    "key '" + key + "' differs from the record's documentId " + text.getDocumentId()));
            return;
        }
        if (text.getText().isBlank()) {
            deadLetter(record, DeadLetter.of(STAGE, "EMPTY", "extracted text is blank"));
            return;
        }
        ResumeProfile profile;
        try {
            profile = enricher.enrich(text);
        } catch (RuntimeException e) {
            // A bug on this input: retrying gives the same result, so dead-letter it for a fixed version to replay.
            deadLetter(record, DeadLetter.of(STAGE, "ENRICHMENT_FAILED", e, 1));
            return;
        }
        byte[] value = Topics.PROFILES.valueSerde().serializer().serialize(Topics.PROFILES.name(), profile);
        context.forward(new Record<>(record.key(), value, record.timestamp(), copy(record.headers())), TO_PROFILES);
    }

    private void deadLetter(Record<byte[], byte[]> record, DeadLetter why) {
        Headers headers = copy(record.headers());
        RecordMetadata meta = context.recordMetadata().orElse(null);
        why.addTo(headers, meta == null ? Topics.EXTRACTED.name() : meta.topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset());
        context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), TO_DLQ);
    }

    private static Headers copy(Headers headers) {
        return new RecordHeaders(headers.toArray());
    }
}
