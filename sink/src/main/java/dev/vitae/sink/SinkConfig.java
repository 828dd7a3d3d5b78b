package dev.vitae.sink;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Validated settings of the sink service. Every setting has its default here, and every caller
 * starts from {@link #defaults} and changes only what it must.
 *
 * @param clientProperties Kafka client settings (bootstrap servers, security)
 * @param groupId consumer group; its positions live in the store, beside the rows
 * @param store where profiles are written
 * @param maxBatch records per poll, and so per database transaction
 * @param retryBackoff how long to wait between attempts while the store is unavailable
 * @param partitions partitions for topics created at start-up
 * @param replication replication factor for topics created at start-up
 */
public record SinkConfig(Properties clientProperties, String groupId, StoreConfig store, int maxBatch,
                         RetryBackoff retryBackoff, int partitions, short replication) {
    public static final String DEFAULT_GROUP = "vitae-sink";
    public static final int DEFAULT_MAX_BATCH = 500;
    public static final int DEFAULT_PARTITIONS = 3;
    public static final short DEFAULT_REPLICATION = 1;
    /** First wait 100–200 ms, doubling to a cap of 5–10 s: quick to resume, no retry storm in a long outage. */
    public static final RetryBackoff DEFAULT_RETRY_BACKOFF = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    /**
     * The longest wait between polls while the store is down. The consumer keeps polling (its partitions
     * paused) while it waits, so it stays in its group; this bound keeps that true for any backoff.
     */
    static final Duration MAX_BACKOFF_LIMIT = Duration.ofMinutes(1);

    public SinkConfig {
        Objects.requireNonNull(clientProperties, "clientProperties");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (clientProperties.getProperty("bootstrap.servers", "").isBlank()) {
            throw new IllegalArgumentException("bootstrap.servers is required");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("group id must not be blank");
        }
        if (maxBatch < 1 || maxBatch > 10_000) {
            throw new IllegalArgumentException("max batch must be 1..10000, was " + maxBatch);
        }
        if (retryBackoff.max().compareTo(MAX_BACKOFF_LIMIT) > 0) {
            throw new IllegalArgumentException("retry backoff may not exceed " + MAX_BACKOFF_LIMIT + ", was " + retryBackoff.max());
        }
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("partitions and replication must be >= 1");
        }
    }

    /** The default settings for a cluster and a store. */
    public static SinkConfig defaults(Properties clientProperties, StoreConfig store) {
        return new SinkConfig(clientProperties, DEFAULT_GROUP, store, DEFAULT_MAX_BATCH, DEFAULT_RETRY_BACKOFF,
                DEFAULT_PARTITIONS, DEFAULT_REPLICATION);
    }

    public SinkConfig withGroupId(String group) {
        return new SinkConfig(clientProperties, group, store, maxBatch, retryBackoff, partitions, replication);
    }

    public SinkConfig withMaxBatch(int batch) {
        return new SinkConfig(clientProperties, groupId, store, batch, retryBackoff, partitions, replication);
    }

    public SinkConfig withRetryBackoff(RetryBackoff backoff) {
        return new SinkConfig(clientProperties, groupId, store, maxBatch, backoff, partitions, replication);
    }

    public SinkConfig withTopics(int topicPartitions, short topicReplication) {
        return new SinkConfig(clientProperties, groupId, store, maxBatch, retryBackoff, topicPartitions, topicReplication);
    }
}
