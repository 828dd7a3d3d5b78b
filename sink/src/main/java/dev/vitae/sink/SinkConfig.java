package dev.vitae.sink;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Validated settings of the sink service.
 *
 * @param clientProperties Kafka client settings (bootstrap servers, security)
 * @param groupId consumer group; its positions live in the store, beside the rows
 * @param store where profiles are written
 * @param maxBatch records per poll, and so per database transaction
 * @param maxAttempts attempts for a batch that fails on a transient database error
 * @param retryBackoff pause before the second attempt, doubled for each further one
 * @param partitions partitions for topics created at start-up
 * @param replication replication factor for topics created at start-up
 */
public record SinkConfig(Properties clientProperties, String groupId, StoreConfig store, int maxBatch, int maxAttempts,
                         Duration retryBackoff, int partitions, short replication) {
    public static final String DEFAULT_GROUP = "vitae-sink";

    public SinkConfig {
        Objects.requireNonNull(clientProperties, "clientProperties");
        Objects.requireNonNull(store, "store");
        if (clientProperties.getProperty("bootstrap.servers", "").isBlank()) {
            throw new IllegalArgumentException("bootstrap.servers is required");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("group id must not be blank");
        }
        if (maxBatch < 1 || maxBatch > 10_000) {
            throw new IllegalArgumentException("max batch must be 1..10000, was " + maxBatch);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("max attempts must be 1..10, was " + maxAttempts);
        }
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("partitions and replication must be >= 1");
        }
    }
}
