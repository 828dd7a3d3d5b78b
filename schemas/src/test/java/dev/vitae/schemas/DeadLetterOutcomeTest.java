package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeadLetterOutcomeTest {

    /** Header values as written by every stage before the outcomes were typed, and by hand. */
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "CORRUPT, CORRUPT",
            "corrupt, CORRUPT",
            "' STORE_REJECTED ', STORE_REJECTED",
            "ENRICHMENT_FAILED, ENRICHMENT_FAILED",
            "INVALID_RECORD, INVALID_RECORD",
            "UNDELIVERABLE, UNDELIVERABLE",
            "SOMETHING_NEW, NONE",
            "'', NONE",
            "NONE, NONE",
    })
    void headerValuesAreReadLeniently(String header, DeadLetterOutcome expected) {
        assertEquals(Optional.ofNullable(expected), DeadLetterOutcome.fromHeader(header));
    }

    @ParameterizedTest
    @EnumSource(DeadLetterOutcome.class)
    void theHeaderIsTheNameAndReadsBack(DeadLetterOutcome outcome) {
        ConsumerRecord<byte[], byte[]> original = new ConsumerRecord<>("resumes.uploaded", 2, 7L, new byte[] {1}, new byte[] {2});
        var dead = DeadLetter.of("extractor", outcome, "why").toRecord(original);
        String header = VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_OUTCOME);
        assertEquals(outcome.name(), header);
        assertEquals(Optional.of(outcome), DeadLetterOutcome.fromHeader(header));
        assertEquals("resumes.uploaded.dlq", dead.topic());
    }

    @Test
    void anOutcomeIsRequired() {
        assertThrows(NullPointerException.class, () -> DeadLetter.of("sink", null, "none"));
    }
}
