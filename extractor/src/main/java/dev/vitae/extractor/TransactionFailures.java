package dev.vitae.extractor;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What the extractor does after a failed transaction. A batch is tried whole up to
 * {@code batchAttempts} times, pausing between attempts; after that its records go one per
 * transaction. A record whose own transaction fails for a reason that blames the record (the broker
 * or the producer refused it as too large or invalid) is dead-lettered by reference; any other
 * failure is an outage, never a verdict on the record: the stage is stalled, waits with a growing
 * pause and tries again. A commit clears the stall; a batch committed to its end returns to whole
 * batches. {@link #shouldLog} lets each distinct root cause be logged once per streak.
 * Used by one thread.
 */
final class TransactionFailures {
    /** What to do with a record whose own transaction failed. */
    enum Verdict { DEAD_LETTER, OUTAGE }

    static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final int batchAttempts;
    private final Duration firstPause;
    private int batchFailures;
    private int outages;
    private String lastLogged;
    private volatile boolean stalled;

    TransactionFailures(int batchAttempts, Duration firstPause) {
        if (batchAttempts < 1) {
            throw new IllegalArgumentException("batch attempts must be >= 1, was " + batchAttempts);
        }
        this.batchAttempts = batchAttempts;
        this.firstPause = Objects.requireNonNull(firstPause, "firstPause");
    }

    /** True once the batch has failed whole {@code batchAttempts} times: take its records one per transaction. */
    boolean oneByOne() {
        return batchFailures >= batchAttempts;
    }

    /** A whole-batch transaction failed; returns the pause before the next attempt. */
    Duration batchFailed() {
        batchFailures++;
        return oneByOne() ? Duration.ZERO : pause(batchFailures);
    }

    /** A one-record transaction failed with {@code root}. */
    Verdict recordFailed(Throwable root) {
        if (blamesRecord(root)) {
            return Verdict.DEAD_LETTER;
        }
        outage();
        return Verdict.OUTAGE;
    }

    /** Nothing could be committed, not even a record's reference dead letter: the stage is stalled. */
    void outage() {
        outages++;
        stalled = true;
    }

    /** The pause after an outage: doubles with each one in a row, up to {@link #MAX_PAUSE}. */
    Duration outagePause() {
        return pause(Math.max(1, outages));
    }

    /** A transaction committed: the stage moves again. */
    void committed() {
        outages = 0;
        stalled = false;
        lastLogged = null;
    }

    /** The batch committed to its end: the next one is tried whole. */
    void batchDone() {
        committed();
        batchFailures = 0;
    }

    /** Cannot make progress: a record's own transaction failed for a reason that does not blame the record. */
    boolean isStalled() {
        return stalled;
    }

    /** True the first time this root cause (class and message) is seen since the last commit. */
    boolean shouldLog(Throwable root) {
        String key = root.getClass().getName() + ": " + root.getMessage();
        if (key.equals(lastLogged)) {
            return false;
        }
        lastLogged = key;
        return true;
    }

    /** Failures that are the record's own: the same record fails the same way however often it is tried. */
    static boolean blamesRecord(Throwable root) {
        return root instanceof RecordTooLargeException || root instanceof RecordBatchTooLargeException
                || root instanceof InvalidRecordException || root instanceof SerializationException;
    }

    /** The deepest cause: a transactional producer's errors wrap the one that put it in its error state. */
    static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    private Duration pause(int failures) {
        long ms = firstPause.toMillis() << Math.min(20, failures - 1);
        return Duration.ofMillis(Math.min(ms, MAX_PAUSE.toMillis()));
    }
}
