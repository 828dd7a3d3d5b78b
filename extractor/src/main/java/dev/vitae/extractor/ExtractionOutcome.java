package dev.vitae.extractor;

/**
 * The closed set of things that can happen to one uploaded file, each with exactly one decision.
 * Only {@link #OK} produces text; transient faults retry with backoff a bounded number of times;
 * everything else goes to the dead-letter topic with the outcome in its headers.
 */
public enum ExtractionOutcome {
    /** Text extracted. */
    OK(Decision.PRODUCE),
    /** A known document type that holds no text. */
    EMPTY(Decision.DEAD_LETTER),
    /** A PDF with pages but no text layer (a scan) and no OCR installed. */
    NO_TEXT_LAYER(Decision.DEAD_LETTER),
    /** Password-protected or encrypted. */
    ENCRYPTED(Decision.DEAD_LETTER),
    /** No parser for the detected type (random bytes, images without OCR, executables). */
    UNSUPPORTED_TYPE(Decision.DEAD_LETTER),
    /** The parser rejected the file as malformed or truncated. */
    CORRUPT(Decision.DEAD_LETTER),
    /** Over the upload size limit, or over the extracted-text limit (zip bombs). */
    TOO_LARGE(Decision.DEAD_LETTER),
    /** The record itself is invalid: missing value, or a key that is not the SHA-256 of the bytes. */
    INVALID_RECORD(Decision.DEAD_LETTER),
    /** Parsing ran past the per-document deadline. */
    TIMEOUT(Decision.DEAD_LETTER),
    /** Parsing exhausted the parser's memory. */
    OUT_OF_MEMORY(Decision.DEAD_LETTER),
    /** The record's result (text or dead letter) was refused by Kafka even when produced alone; dead-lettered by reference. */
    UNDELIVERABLE(Decision.DEAD_LETTER),
    /** The parser failed in an unexpected way; may be transient, so retried before dead-lettering. */
    CRASH(Decision.RETRY);

    public enum Decision { PRODUCE, RETRY, DEAD_LETTER }

    private final Decision decision;

    ExtractionOutcome(Decision decision) {
        this.decision = decision;
    }

    public Decision decision() {
        return decision;
    }
}
