package dev.vitae.enricher;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Validated settings of the enricher service.
 *
 * @param clientProperties Kafka client settings (bootstrap servers, security)
 * @param applicationId Kafka Streams application id: its consumer group and transactional id prefix
 * @param stateDir Kafka Streams state directory (the topology is stateless; Streams still wants one)
 * @param threads stream threads in this instance
 * @param partitions partitions for topics created at start-up
 * @param replication replication factor for topics created at start-up and for Streams' own topics
 * @param instanceId this instance's id in the group (static membership: a restarted instance takes
 *     its tasks back at once instead of after its killed predecessor's session timeout), or null
 *     for a dynamic member
 */
public record EnricherConfig(Properties clientProperties, String applicationId, Path stateDir, int threads,
                             int partitions, short replication, String instanceId) {
    public static final String DEFAULT_APPLICATION_ID = "vitae-enricher";

    /** A dynamic group member: for local mode, which runs one instance and stops cleanly. */
    public EnricherConfig(Properties clientProperties, String applicationId, Path stateDir, int threads,
                          int partitions, short replication) {
        this(clientProperties, applicationId, stateDir, threads, partitions, replication, null);
    }

    public EnricherConfig {
        Objects.requireNonNull(clientProperties, "clientProperties");
        if (clientProperties.getProperty("bootstrap.servers", "").isBlank()) {
            throw new IllegalArgumentException("bootstrap.servers is required");
        }
        if (applicationId == null || !applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("application id must be letters, digits, '.', '_' or '-': " + applicationId);
        }
        Objects.requireNonNull(stateDir, "stateDir");
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, was " + threads);
        }
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("partitions and replication must be >= 1");
        }
        if (instanceId != null && !instanceId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("instance id must be letters, digits, '.', '_' or '-': " + instanceId);
        }
    }
}
