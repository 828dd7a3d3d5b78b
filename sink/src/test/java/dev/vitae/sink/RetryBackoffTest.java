package dev.vitae.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryBackoffTest {
    private static final RetryBackoff B = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(10));

    @ParameterizedTest(name = "attempt {0}: ceiling {1} ms, delay {2}..{3} ms")
    @CsvSource({
            "1, 200, 100, 199",
            "2, 400, 200, 399",
            "3, 800, 400, 799",
            "6, 6400, 3200, 6399",
            "7, 10000, 5000, 9999",    // capped
            "40, 10000, 5000, 9999",   // no overflow however long the outage
            "2147483647, 10000, 5000, 9999"})
    void doublesFromInitialToTheCapWithEqualJitter(int attempt, long ceiling, long lowest, long highest) {
        assertEquals(ceiling, B.ceiling(attempt).toMillis());
        assertEquals(lowest, B.delay(attempt, () -> 0.0).toMillis());
        assertEquals(highest, B.delay(attempt, () -> 0.9999999).toMillis());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> B.ceiling(0));
    }
}
