package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitae.schemas.DeadLetterOutcome;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The extractor's outcomes and the dead-letter outcomes every stage shares. */
class ExtractionOutcomeTest {

    @ParameterizedTest
    @EnumSource(value = ExtractionOutcome.class, names = "OK", mode = EnumSource.Mode.EXCLUDE)
    void everyOutcomeButOkIsTheDeadLetterOutcomeOfTheSameName(ExtractionOutcome o) {
        assertEquals(o.name(), o.deadLetterOutcome().name());
        assertEquals(o.name(), o.metricOutcome());
    }

    @Test
    void okIsNeverDeadLettered() {
        assertThrows(IllegalStateException.class, ExtractionOutcome.OK::deadLetterOutcome);
        assertEquals("OK", ExtractionOutcome.OK.metricOutcome());
    }

    @Test
    void theSharedSetIsTheExtractorsPlusOnePerLaterStage() {
        Set<DeadLetterOutcome> fromExtractor = Stream.of(ExtractionOutcome.values()).filter(o -> o != ExtractionOutcome.OK)
                .map(ExtractionOutcome::deadLetterOutcome).collect(Collectors.toCollection(() -> EnumSet.noneOf(DeadLetterOutcome.class)));
        Set<DeadLetterOutcome> others = EnumSet.complementOf(EnumSet.copyOf(fromExtractor));
        assertEquals(EnumSet.of(DeadLetterOutcome.ENRICHMENT_FAILED, DeadLetterOutcome.STORE_REJECTED), others);
    }
}
