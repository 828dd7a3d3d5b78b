package dev.vitae.app;

import dev.vitae.schemas.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * Documents per dead-letter topic, read from the topics at most every few seconds; also the gauge
 * {@value #GAUGE} ({@code vitae_dlq_documents{topic}}) for {@code /metrics}.
 */
final class DeadLetterCounts {
    static final String GAUGE = "vitae.dlq.documents";
    private static final long TTL_NANOS = 5_000_000_000L;

    private final Ledger ledger;
    private Map<String, Integer> cached;
    private long readAt;

    DeadLetterCounts(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Registers one gauge per dead-letter topic, read (through the cache) at each scrape. */
    DeadLetterCounts bindTo(MeterRegistry registry) {
        for (var input : Topics.INPUTS) {
            String dlq = Topics.dlqOf(input.name());
            Gauge.builder(GAUGE, this, c -> c.get().getOrDefault(dlq, 0)).tag("topic", dlq)
                    .description("Distinct documents in a dead-letter topic").register(registry);
        }
        return this;
    }

    synchronized Map<String, Integer> get() {
        if (cached == null || System.nanoTime() - readAt > TTL_NANOS) {
            cached = Ledger.countByTopic(ledger.deadLettered());
            readAt = System.nanoTime();
        }
        return cached;
    }
}
