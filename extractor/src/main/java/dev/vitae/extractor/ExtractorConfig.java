package dev.vitae.extractor;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Validated settings of the extractor service.
 *
 * @param clientProperties Kafka client settings shared by its consumer and producer (bootstrap servers, security)
 * @param groupId consumer group; offsets are committed in the producer's transaction under this group
 * @param instanceId distinguishes this process's transactional id from other extractor instances
 * @param partitions partitions for topics created at start-up
 * @param replication replication factor for topics created at start-up
 * @param maxAttempts attempts for outcomes whose decision is RETRY, including the first
 * @param retryBackoff pause before the second attempt, doubled for each further one
 * @param writeLimit maximum characters of extracted text
 * @param isolation how files are parsed: in a supervised child JVM (settings), or in this JVM (null)
 */
public record ExtractorConfig(Properties clientProperties, String groupId, String instanceId, int partitions,
                              short replication, int maxAttempts, Duration retryBackoff, int writeLimit,
                              SupervisedExtractor.Settings isolation) {
    public static final String DEFAULT_GROUP = "vitae-extractor";

    public ExtractorConfig {
        Objects.requireNonNull(clientProperties, "clientProperties");
        if (clientProperties.getProperty("bootstrap.servers", "").isBlank()) {
            throw new IllegalArgumentException("bootstrap.servers is required");
        }
        require(groupId != null && !groupId.isBlank(), "group id must not be blank");
        require(instanceId != null && !instanceId.isBlank(), "instance id must not be blank");
        require(partitions >= 1, "partitions must be >= 1, was " + partitions);
        require(replication >= 1, "replication must be >= 1, was " + replication);
        require(maxAttempts >= 1 && maxAttempts <= 10, "max attempts must be 1..10, was " + maxAttempts);
        require(!retryBackoff.isNegative(), "retry backoff must not be negative");
        require(writeLimit > 0, "write limit must be > 0");
    }

    /** A new extractor for this configuration: supervised child process, or in-process when isolation is off. */
    public Extractor newExtractor() {
        return isolation == null ? new TextExtractor(writeLimit) : new SupervisedExtractor(isolation);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
