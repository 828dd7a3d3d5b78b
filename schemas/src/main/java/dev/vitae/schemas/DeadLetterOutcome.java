package dev.vitae.schemas;

import java.util.Locale;
import java.util.Optional;

/**
 * The closed set of reasons a record is dead-lettered, shared by every stage and written as the
 * {@code vitae.error.outcome} header by its {@link #name()}. The extractor's values are its
 * non-OK extraction outcomes, one for one; the enricher adds {@link #ENRICHMENT_FAILED}, the sink
 * {@link #STORE_REJECTED}; {@link #INVALID_RECORD} and {@link #EMPTY} are used by more than one.
 * Readers of old dead letters use {@link #fromHeader}, which leaves a value no longer in the set
 * to the caller instead of failing.
 */
public enum DeadLetterOutcome {
    /** A known document type that holds no text, or blank extracted text. */
    EMPTY,
    /** A PDF with pages but no text layer (a scan) and no OCR installed. */
    NO_TEXT_LAYER,
    /** Password-protected or encrypted. */
    ENCRYPTED,
    /** No parser for the detected type. */
    UNSUPPORTED_TYPE,
    /** The parser rejected the file as malformed or truncated. */
    CORRUPT,
    /** Over the upload size limit, the extracted-text limit, or the record limit. */
    TOO_LARGE,
    /** The record itself is invalid: undecodable, missing value, or a key that is not its document id. */
    INVALID_RECORD,
    /** Parsing ran past the per-document deadline. */
    TIMEOUT,
    /** Parsing exhausted the parser's memory. */
    OUT_OF_MEMORY,
    /** The parser failed in an unexpected way, on every attempt. */
    CRASH,
    /** The record's result was refused by Kafka even when produced alone; dead-lettered by reference (no payload). */
    UNDELIVERABLE,
    /** The enricher threw on this input: a bug, for a fixed version to replay. */
    ENRICHMENT_FAILED,
    /** The store refused this record for its content (a constraint), not for an outage. */
    STORE_REJECTED;

    /** The outcome a header value names, ignoring case; empty for null or a value not in this set. */
    public static Optional<DeadLetterOutcome> fromHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notInTheSet) {
            return Optional.empty();
        }
    }
}
