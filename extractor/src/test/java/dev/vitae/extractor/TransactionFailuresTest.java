package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bounded batch attempts, then one record per transaction; what blames a record and what is an outage; the stall flag. */
class TransactionFailuresTest {
    static Stream<Arguments> causes() {
        return Stream.of(
                Arguments.of(new RecordTooLargeException("too large"), TransactionFailures.Verdict.DEAD_LETTER),
                Arguments.of(new RecordBatchTooLargeException("batch too large"), TransactionFailures.Verdict.DEAD_LETTER),
                Arguments.of(new InvalidRecordException("invalid"), TransactionFailures.Verdict.DEAD_LETTER),
                Arguments.of(new SerializationException("cannot serialize"), TransactionFailures.Verdict.DEAD_LETTER),
                Arguments.of(new TimeoutException("broker away"), TransactionFailures.Verdict.OUTAGE),
                Arguments.of(new NotEnoughReplicasException("isr"), TransactionFailures.Verdict.OUTAGE),
                Arguments.of(new TopicAuthorizationException("acl"), TransactionFailures.Verdict.OUTAGE),
                Arguments.of(new KafkaException("anything else"), TransactionFailures.Verdict.OUTAGE));
    }

    @ParameterizedTest
    @MethodSource("causes")
    void aRecordsOwnFailureIsDeadLetteredAndAnythingElseIsAnOutage(Throwable cause, TransactionFailures.Verdict verdict) {
        TransactionFailures f = new TransactionFailures(1, Duration.ofMillis(100));
        assertEquals(verdict, f.recordFailed(cause));
        assertEquals(verdict == TransactionFailures.Verdict.OUTAGE, f.isStalled());
    }

    @Test
    void aBatchIsTriedWholeAFewTimesWithGrowingPausesThenOneRecordAtATime() {
        TransactionFailures f = new TransactionFailures(3, Duration.ofMillis(100));
        assertFalse(f.oneByOne());
        assertEquals(Duration.ofMillis(100), f.batchFailed());
        assertEquals(Duration.ofMillis(200), f.batchFailed());
        assertFalse(f.oneByOne());
        assertEquals(Duration.ZERO, f.batchFailed(), "no pause before isolating");
        assertTrue(f.oneByOne());
        assertFalse(f.isStalled(), "failing batches alone do not stall: isolation comes next");
        f.committed();
        assertTrue(f.oneByOne(), "one record committed: the rest of the batch still goes one by one");
        f.batchDone();
        assertFalse(f.oneByOne(), "the batch is done: the next is tried whole");
    }

    @Test
    void outagesPauseLongerEachTimeUpToTheCapAndACommitClearsTheStall() {
        TransactionFailures f = new TransactionFailures(1, Duration.ofMillis(100));
        long[] expected = {100, 200, 400, 800};
        for (long ms : expected) {
            f.outage();
            assertEquals(Duration.ofMillis(ms), f.outagePause());
        }
        for (int i = 0; i < 30; i++) {
            f.outage();
        }
        assertEquals(TransactionFailures.MAX_PAUSE, f.outagePause());
        assertTrue(f.isStalled());
        f.committed();
        assertFalse(f.isStalled());
        assertEquals(Duration.ofMillis(100), f.outagePause());
    }

    @Test
    void eachRootCauseIsLoggedOncePerStreak() {
        TransactionFailures f = new TransactionFailures(3, Duration.ZERO);
        RecordTooLargeException e = new RecordTooLargeException("16777300 bytes");
        assertTrue(f.shouldLog(e));
        assertFalse(f.shouldLog(new RecordTooLargeException("16777300 bytes")));
        assertTrue(f.shouldLog(new TimeoutException("other")));
        f.committed();
        assertTrue(f.shouldLog(e), "a new streak logs it again");
    }

    @Test
    void theRootCauseIsTheDeepest() {
        RecordTooLargeException root = new RecordTooLargeException("root");
        KafkaException wrapped = new KafkaException("Cannot execute transactional method because we are in an error state",
                new KafkaException("wrapper", root));
        assertEquals(root, TransactionFailures.rootCause(wrapped));
    }
}
