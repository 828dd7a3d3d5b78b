package dev.vitae.sink;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Bounded exponential backoff with jitter, for waiting out a store outage.
 *
 * <p>Attempt {@code n} (1-based) has a ceiling of {@code initial × 2^(n-1)}, capped at {@code max}; the
 * delay is drawn uniformly from the upper half of that ceiling ("equal jitter"): never shorter than half
 * the ceiling, so a long outage is not hammered, and spread out, so sinks that failed together do not
 * retry in lockstep.
 */
public record RetryBackoff(Duration initial, Duration max) {

    public RetryBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
    }

    /** The ceiling of attempt {@code attempt} (1-based): initial doubled per attempt, at most {@code max}. */
    public Duration ceiling(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, was " + attempt);
        }
        long ms = initial.toMillis();
        for (int i = 1; i < attempt && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }

    /** The delay before retrying after attempt {@code attempt} failed; {@code random} yields values in [0, 1). */
    public Duration delay(int attempt, DoubleSupplier random) {
        long ceiling = ceiling(attempt).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }
}
