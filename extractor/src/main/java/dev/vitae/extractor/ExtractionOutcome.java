package dev.vitae.extractor;

import dev.vitae.schemas.DeadLetterOutcome;

/**
 * The closed set of things that can happen to one uploaded file, each with exactly one decision.
 * Only {@link #OK} produces text; transient faults retry with backoff a bounded number of times;
 * everything else goes to the dead-letter topic with the outcome in its headers, as the
 * {@link DeadLetterOutcome} of the same name ({@link #deadLetterOutcome()}: the set shared by every stage).
 */
public enum ExtractionOutcome {
    /** Text extracted. */
    OK(Decision.PRODUCE, null),
    /** A known document type that holds no text. */
    EMPTY(Decision.DEAD_LETTER, DeadLetterOutcome.EMPTY),
    /** A PDF with pages but no text layer (a scan) and no OCR installed. */
    NO_TEXT_LAYER(Decision.DEAD_LETTER, DeadLetterOutcome.NO_TEXT_LAYER),
    /** Password-protected or encrypted. */
    ENCRYPTED(Decision.DEAD_LETTER, DeadLetterOutcome.ENCRYPTED),
    /** No parser for the detected type (random bytes, images without OCR, executables). */
    UNSUPPORTED_TYPE(Decision.DEAD_LETTER, DeadLetterOutcome.UNSUPPORTED_TYPE),
    /** The parser rejected the file as malformed or truncated. */
    CORRUPT(Decision.DEAD_LETTER, DeadLetterOutcome.CORRUPT),
    /** Over the upload size limit, or over the extracted-text limit (zip bombs). */
    TOO_LARGE(Decision.DEAD_LETTER, DeadLetterOutcome.TOO_LARGE),
    /** The record itself is invalid: missing value, or a key that is not the SHA-256 of the bytes. */
    INVALID_RECORD(Decision.DEAD_LETTER, DeadLetterOutcome.INVALID_RECORD),
    /** Parsing ran past the per-document deadline. */
    TIMEOUT(Decision.DEAD_LETTER, DeadLetterOutcome.TIMEOUT),
    /** Parsing exhausted the parser's memory. */
    OUT_OF_MEMORY(Decision.DEAD_LETTER, DeadLetterOutcome.OUT_OF_MEMORY),
    /** The record's result (text or dead letter) was refused by Kafka even when produced alone; dead-lettered by reference. */
    UNDELIVERABLE(Decision.DEAD_LETTER, DeadLetterOutcome.UNDELIVERABLE),
    /** The parser failed in an unexpected way; may be transient, so retried before dead-lettering. */
    CRASH(Decision.RETRY, DeadLetterOutcome.CRASH);

    public enum Decision { PRODUCE, RETRY, DEAD_LETTER }

    private final Decision decision;
    private final DeadLetterOutcome deadLetter;

    ExtractionOutcome(Decision decision, DeadLetterOutcome deadLetter) {
        this.decision = decision;
        this.deadLetter = deadLetter;
    }

    /** The outcome a dead letter of this kind carries; {@link #OK} has none. */
    public DeadLetterOutcome deadLetterOutcome() {
        if (deadLetter == null) {
            throw new IllegalStateException(this + " is not dead-lettered");
        }
        return deadLetter;
    }

    /** The {@code outcome} of the stage's records counter: {@code OK} or the dead-letter outcome's name. */
    public String metricOutcome() {
        return deadLetter == null ? name() : deadLetter.name();
    }

    public Decision decision() {
        return decision;
    }
}
