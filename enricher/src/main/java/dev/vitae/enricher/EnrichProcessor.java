package dev.vitae.enricher;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageTracer;
import dev.vitae.schemas.ops.Traceparent;
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
 * half-applied. Good records become a {@link ResumeProfile} keyed by document id. Each record is
 * one span ({@link StageTracer}: document and trace id in the log context), counted by outcome and
 * timed ({@link StageMetrics}); what it forwards carries the traceparent of that span.
 */
final class EnrichProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    static final String STAGE = "enricher";
    static final String TO_PROFILES = "to-profiles";
    static final String TO_DLQ = "to-dlq";

    private final ResumeEnricher enricher;
    private final StageMetrics metrics;
    private final StageTracer tracer;
    private ProcessorContext<byte[], byte[]> context;

    EnrichProcessor(ResumeEnricher enricher, StageMetrics metrics, StageTracer tracer) {
        this.enricher = enricher;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Traceparent parent = Traceparent.of(record.headers()).orElseGet(Traceparent::newRoot);
        try (StageTracer.RecordSpan span = tracer.start(parent, key)) {
            String outcome = process(record, key, span.traceparent());
            span.outcome(outcome);
            metrics.count(outcome);
        } finally {
            metrics.processing().record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Forwards the profile or the dead letter, both carrying {@code trace}; answers the outcome. */
    private String process(Record<byte[], byte[]> record, String key, Traceparent trace) {
        ExtractedText text;
        try {
            text = Topics.EXTRACTED.valueSerde().deserializer().deserialize(Topics.EXTRACTED.name(), record.value());
        } catch (RuntimeException e) {
            return deadLetter(record, trace, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD, e, 1));
        }
        if (text == null) {
            return deadLetter(record, trace, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD, "record has no value"));
        }
        if (!text.getDocumentId().equals(key)) {
            return deadLetter(record, trace, DeadLetter.of(STAGE, DeadLetterOutcome.INVALID_RECORD,
                    "key '" + key + "' differs from the record's documentId " + text.getDocumentId()));
        }
        if (text.getText().isBlank()) {
            return deadLetter(record, trace, DeadLetter.of(STAGE, DeadLetterOutcome.EMPTY, "extracted text is blank"));
        }
        ResumeProfile profile;
        try {
            profile = enricher.enrich(text);
        } catch (RuntimeException e) {
            // A bug on this input: retrying gives the same result, so dead-letter it for a fixed version to replay.
            return deadLetter(record, trace, DeadLetter.of(STAGE, DeadLetterOutcome.ENRICHMENT_FAILED, e, 1));
        }
        byte[] value = Topics.PROFILES.valueSerde().serializer().serialize(Topics.PROFILES.name(), profile);
        Headers headers = copy(record.headers());
        trace.writeTo(headers);
        context.forward(new Record<>(record.key(), value, record.timestamp(), headers), TO_PROFILES);
        return StageMetrics.OK;
    }

    private String deadLetter(Record<byte[], byte[]> record, Traceparent trace, DeadLetter why) {
        Headers headers = copy(record.headers());
        trace.writeTo(headers);
        RecordMetadata meta = context.recordMetadata().orElse(null);
        why.addTo(headers, meta == null ? Topics.EXTRACTED.name() : meta.topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset());
        context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), TO_DLQ);
        return why.outcome().name();
    }

    private static Headers copy(Headers headers) {
        return new RecordHeaders(headers.toArray());
    }
}
