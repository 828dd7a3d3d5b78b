package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which dead-letter topics and records a {@link DeadLetters.Filter} selects, as a table. */
class DeadLettersFilterTest {
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);

    static Stream<Arguments> topics() {
        List<String> all = List.of("resumes.uploaded.dlq", "resumes.extracted.dlq", "profiles.parsed.dlq");
        return Stream.of(
                Arguments.of(null, all),
                Arguments.of("  ", all),
                Arguments.of("extractor", List.of("resumes.uploaded.dlq")),
                Arguments.of("Enricher", List.of("resumes.extracted.dlq")),
                Arguments.of("sink", List.of("profiles.parsed.dlq")));
    }

    @ParameterizedTest
    @MethodSource
    void topics(String stage, List<String> expected) {
        assertEquals(expected, new DeadLetters.Filter(stage, null, null, false).topics());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "store", "resumes.uploaded.dlq"})
    void anUnknownStageIsRefused(String stage) {
        assertThrows(IllegalArgumentException.class, () -> new DeadLetters.Filter(stage, null, null, false));
    }

    static Stream<Arguments> accepts() {
        return Stream.of(
                // outcome, documentId, openOnly, record's key, record's outcome, accepted
                Arguments.of(null, null, false, A, "CORRUPT", true),
                Arguments.of("corrupt", null, false, A, "CORRUPT", true),
                Arguments.of("TIMEOUT", null, false, A, "CORRUPT", false),
                Arguments.of("CORRUPT", null, false, A, null, false),
                Arguments.of("CORRUPT", null, false, A, "corrupt", true), // a header written by hand, or before the outcomes were typed
                Arguments.of("CORRUPT", null, false, A, "NOT_AN_OUTCOME", false),
                Arguments.of(null, A, false, A, "CORRUPT", true),
                Arguments.of(null, B, false, A, "CORRUPT", false),
                Arguments.of(null, null, true, A, "CORRUPT", true), // A is not stored: open
                Arguments.of(null, null, true, B, "CORRUPT", false), // B is stored: resolved
                Arguments.of(null, null, false, B, "CORRUPT", true),
                Arguments.of("CORRUPT", B, true, B, "CORRUPT", false));
    }

    @ParameterizedTest
    @MethodSource
    void accepts(String outcome, String documentId, boolean openOnly, String key, String recordOutcome, boolean accepted) {
        ConsumerRecord<byte[], byte[]> r = new ConsumerRecord<>("resumes.uploaded.dlq", 0, 0, key.getBytes(StandardCharsets.UTF_8),
                "bytes".getBytes(StandardCharsets.UTF_8));
        if (recordOutcome != null) {
            VitaeHeaders.put(r.headers(), VitaeHeaders.ERROR_OUTCOME, recordOutcome);
        }
        assertEquals(accepted, DeadLetters.Filter.parse(null, outcome, documentId, openOnly).accepts(r, Set.of(B)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"CORUPT", "store-rejected", "OK"})
    void anOutcomeOutsideTheClosedSetIsRefused(String outcome) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeadLetters.Filter.parse(null, outcome, null, false));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("STORE_REJECTED"), e.getMessage());
    }
}
