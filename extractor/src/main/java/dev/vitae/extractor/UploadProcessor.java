package dev.vitae.extractor;

import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.HeaderValues;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Decides what one upload record becomes: validate (value present, within the size limit, key equal
 * to the SHA-256 of the bytes or absent, upload headers within their caps), extract, retry outcomes that say RETRY with exponential
 * backoff up to the attempt limit, then either an {@link ExtractedText} for resumes.extracted or the
 * original record, unchanged, for resumes.uploaded.dlq with headers saying why ({@link DeadLetters}:
 * a reference record when the copy would not fit). An extracted record too large to produce is
 * dead-lettered as TOO_LARGE. Safe to call from several threads at once.
 */
public final class UploadProcessor {
    public static final String STAGE = "extractor";
    public static final String VERSION = readVersion();

    private final Extractor extractor;
    private final LanguageDetector languages = new LanguageDetector();
    private final int maxAttempts;
    private final Duration backoff;
    private final Clock clock;
    private final OutcomeCounter counter;

    /** Receives one call per processed record, for metrics. */
    public interface OutcomeCounter {
        void count(ExtractionOutcome outcome);
    }

    public UploadProcessor(Extractor extractor, int maxAttempts, Duration backoff, Clock clock, OutcomeCounter counter) {
        this.extractor = extractor;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.clock = clock;
        this.counter = counter;
    }

    public ProducerRecord<byte[], byte[]> process(ConsumerRecord<byte[], byte[]> upload) throws InterruptedException {
        byte[] content = upload.value();
        String key = upload.key() == null ? null : new String(upload.key(), StandardCharsets.UTF_8);
        if (content == null || content.length == 0) {
            return deadLetter(upload, ExtractionOutcome.EMPTY, "record has no file bytes");
        }
        if (content.length > Topics.MAX_FILE_BYTES) {
            return deadLetter(upload, ExtractionOutcome.TOO_LARGE,
                    "file is " + content.length + " bytes; the limit is " + Topics.MAX_FILE_BYTES);
        }
        String documentId = DocumentIds.of(content);
        if (key != null && !key.isEmpty() && !key.equals(documentId)) {
            return deadLetter(upload, ExtractionOutcome.INVALID_RECORD,
                    "key '" + abbreviate(key) + "' is not the SHA-256 of the file bytes (" + documentId + "); leave the key empty or use that id");
        }
        String overCap = HeaderValues.overCap(upload.headers());
        if (overCap != null) { // a front door caps them; a record from any other producer may not have
            return deadLetter(upload, ExtractionOutcome.INVALID_RECORD, overCap);
        }
        String sentName = VitaeHeaders.get(upload.headers(), VitaeHeaders.FILE_NAME);
        String fileName = sentName == null ? null : HeaderValues.fileName(sentName); // no control or bidi characters downstream
        Extraction result = null;
        int attempt = 0;
        while (attempt < maxAttempts) {
            attempt++;
            result = extractor.extract(content, fileName);
            if (result.outcome().decision() != ExtractionOutcome.Decision.RETRY || attempt == maxAttempts) {
                break;
            }
            Thread.sleep(backoff.toMillis() << (attempt - 1));
        }
        if (!result.isOk()) {
            counter.count(result.outcome());
            DeadLetter why = result.cause() == null
                    ? new DeadLetter(STAGE, result.outcome().deadLetterOutcome(), "", result.reason(), attempt)
                    : new DeadLetter(STAGE, result.outcome().deadLetterOutcome(), exceptionClass(result.cause()), result.reason(), attempt);
            return DeadLetters.of(why, upload);
        }
        ExtractedText extracted = ExtractedText.newBuilder()
                .setDocumentId(documentId)
                .setFileName(fileName)
                .setMediaType(result.mediaType())
                .setLanguage(languages.detect(result.text()))
                .setText(result.text())
                .setLayout(result.layout())
                .setExtractorVersion(VERSION)
                .setUploadedAt(upload.timestamp() >= 0 ? Instant.ofEpochMilli(upload.timestamp()) : clock.instant()) // no timestamp: now
                .setExtractedAt(clock.instant())
                .build();
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.FILE_NAME, fileName);
        VitaeHeaders.put(headers, VitaeHeaders.SOURCE, HeaderValues.source(VitaeHeaders.get(upload.headers(), VitaeHeaders.SOURCE)));
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, VitaeHeaders.get(upload.headers(), VitaeHeaders.TRACEPARENT));
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(Topics.EXTRACTED.name(), null,
                upload.timestamp() >= 0 ? upload.timestamp() : null, documentId.getBytes(StandardCharsets.UTF_8),
                Topics.EXTRACTED.valueSerde().serializer().serialize(Topics.EXTRACTED.name(), extracted), headers);
        int size = DeadLetters.estimatedSize(out);
        if (size > DeadLetters.RECORD_BUDGET) {
            return deadLetter(upload, ExtractionOutcome.TOO_LARGE,
                    "the extracted record takes " + size + " bytes, over the " + DeadLetters.RECORD_BUDGET + "-byte limit of a record");
        }
        counter.count(result.outcome());
        return out;
    }

    /**
     * The reference dead letter for an upload whose own result the broker would not take (found by
     * producing it alone): the last resort that keeps one record from holding up its partition.
     */
    public ProducerRecord<byte[], byte[]> undeliverable(ConsumerRecord<byte[], byte[]> upload, Throwable cause) {
        counter.count(ExtractionOutcome.UNDELIVERABLE);
        return DeadLetters.reference(DeadLetter.of(STAGE, ExtractionOutcome.UNDELIVERABLE.deadLetterOutcome(), cause, 1), upload,
                "its result was refused when produced alone: " + cause);
    }

    /** The dead letter for an upload whose processing threw: a defect, kept from holding up its partition. */
    public ProducerRecord<byte[], byte[]> crashed(ConsumerRecord<byte[], byte[]> upload, Throwable cause) {
        counter.count(ExtractionOutcome.CRASH);
        return DeadLetters.of(DeadLetter.of(STAGE, ExtractionOutcome.CRASH.deadLetterOutcome(), cause, 1), upload);
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> upload, ExtractionOutcome outcome, String reason) {
        counter.count(outcome);
        return DeadLetters.of(DeadLetter.of(STAGE, outcome.deadLetterOutcome(), reason), upload);
    }

    private static String exceptionClass(Throwable t) {
        return t instanceof SupervisedExtractor.RemoteParserException r ? r.remoteClass() : t.getClass().getName();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static String readVersion() {
        try (InputStream in = UploadProcessor.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("extractor version.properties missing from the build", e));
        }
    }
}
