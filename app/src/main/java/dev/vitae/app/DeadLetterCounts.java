package dev.vitae.app;

import java.util.Map;

/** Records per dead-letter topic, read from the topics at most every few seconds. */
final class DeadLetterCounts {
    private static final long TTL_NANOS = 5_000_000_000L;

    private final Ledger ledger;
    private Map<String, Integer> cached;
    private long readAt;

    DeadLetterCounts(Ledger ledger) {
        this.ledger = ledger;
    }

    synchronized Map<String, Integer> get() {
        if (cached == null || System.nanoTime() - readAt > TTL_NANOS) {
            cached = Ledger.countByTopic(ledger.deadLettered());
            readAt = System.nanoTime();
        }
        return cached;
    }
}
