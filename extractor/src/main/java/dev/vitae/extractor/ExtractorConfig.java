package dev.vitae.extractor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * Validated settings of the extractor service. Every default is declared here once, in
 * {@link Builder} (and the parser child's in {@link SupervisedExtractor.Settings}); call sites
 * start from {@link #builder} and set only what they change.
 *
 * @param clientProperties Kafka client settings shared by its consumer and producer (bootstrap servers, security)
 * @param groupId consumer group; offsets are committed in the producer's transaction under this group
 * @param instanceId distinguishes this process's transactional id from other extractor instances
 * @param partitions partitions for topics created at start-up
 * @param replication replication factor for topics created at start-up
 * @param maxAttempts attempts for outcomes whose decision is RETRY, including the first
 * @param retryBackoff pause before the second attempt, doubled for each further one
 * @param writeLimit maximum characters of extracted text
 * @param parsers documents parsed at once: parser children in the pool (or threads, in-process)
 * @param maxPollRecords records per poll, and so per transaction
 * @param batchAttempts transactions tried for a whole batch before its records are taken one per transaction, to isolate a poison record
 * @param isolation how files are parsed: in supervised child JVMs (settings of each), or in this JVM (null)
 */
public record ExtractorConfig(Properties clientProperties, String groupId, String instanceId, int partitions,
                              short replication, int maxAttempts, Duration retryBackoff, int writeLimit, int parsers,
                              int maxPollRecords, int batchAttempts, SupervisedExtractor.Settings isolation) {
    public static final String DEFAULT_GROUP = "vitae-extractor";
    /** Every instance's transactional id (and client id) is this prefix plus its instance id: one prefixed ACL covers them all. */
    public static final String TRANSACTIONAL_ID_PREFIX = "vitae-extractor-";
    public static final int DEFAULT_PARTITIONS = 3;
    public static final short DEFAULT_REPLICATION = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);
    /** Records per poll for each parser: enough that a transaction's commit is a small share of the batch, few enough that the batch's last document waits little. */
    public static final int DEFAULT_RECORDS_PER_PARSER = 16;
    public static final int DEFAULT_BATCH_ATTEMPTS = 3;
    public static final int MAX_PARSERS = 64;
    /** Slack on top of the worst-case batch time (every document at its deadline) for max.poll.interval.ms. */
    private static final Duration POLL_INTERVAL_SLACK = Duration.ofMinutes(2);

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
        require(retryBackoff != null && !retryBackoff.isNegative(), "retry backoff must not be negative");
        require(writeLimit > 0, "write limit must be > 0");
        require(parsers >= 1 && parsers <= MAX_PARSERS, "parsers must be 1.." + MAX_PARSERS + ", was " + parsers);
        require(maxPollRecords >= 1 && maxPollRecords <= 10_000, "max poll records must be 1..10000, was " + maxPollRecords);
        require(batchAttempts >= 1 && batchAttempts <= 10, "batch attempts must be 1..10, was " + batchAttempts);
        require(isolation == null || isolation.writeLimit() == writeLimit,
                "the parser child's write limit (" + (isolation == null ? 0 : isolation.writeLimit()) + ") differs from " + writeLimit);
    }

    /** The defaults: parsers in supervised children writing their logs under {@code logDir}, one per core. */
    public static Builder builder(Properties clientProperties, Path logDir) {
        return new Builder(clientProperties, logDir);
    }

    /** Parsers, one per core: parsing is CPU-bound. */
    public static int defaultParsers() {
        return Math.max(1, Math.min(MAX_PARSERS, Runtime.getRuntime().availableProcessors()));
    }

    /** A new extractor for this configuration: a pool of supervised child processes, or in-process when isolation is off. */
    public Extractor newExtractor() {
        return isolation == null ? new TextExtractor(writeLimit) : new ParserPool(isolation, parsers);
    }

    /**
     * The consumer's max.poll.interval.ms: a batch whose every document runs to its deadline still
     * polls again in time, so a slow batch is never mistaken for a dead consumer.
     */
    public Duration maxPollInterval() {
        Duration perDocument = isolation == null ? SupervisedExtractor.Settings.DEFAULT_DEADLINE : isolation.deadline();
        long rounds = (maxPollRecords + parsers - 1) / parsers;
        return perDocument.multipliedBy(rounds).plus(POLL_INTERVAL_SLACK);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds an {@link ExtractorConfig}; every field starts at its default. */
    public static final class Builder {
        private final Properties clientProperties;
        private String groupId = DEFAULT_GROUP;
        private String instanceId;
        private int partitions = DEFAULT_PARTITIONS;
        private short replication = DEFAULT_REPLICATION;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private Integer writeLimit;
        private int parsers = defaultParsers();
        private Integer maxPollRecords;
        private int batchAttempts = DEFAULT_BATCH_ATTEMPTS;
        private SupervisedExtractor.Settings isolation;

        private Builder(Properties clientProperties, Path logDir) {
            this.clientProperties = clientProperties;
            this.isolation = logDir == null ? null : SupervisedExtractor.Settings.defaults(logDir);
        }

        public Builder groupId(String v) { groupId = v; return this; }
        /** Default: a random id, new at each start. */
        public Builder instanceId(String v) { instanceId = v; return this; }
        public Builder partitions(int v) { partitions = v; return this; }
        public Builder replication(short v) { replication = v; return this; }
        public Builder maxAttempts(int v) { maxAttempts = v; return this; }
        public Builder retryBackoff(Duration v) { retryBackoff = v; return this; }
        /** Applies to the parser children too. */
        public Builder writeLimit(int v) { writeLimit = v; return this; }
        public Builder parsers(int v) { parsers = v; return this; }
        /** Default: {@link ExtractorConfig#DEFAULT_RECORDS_PER_PARSER} per parser. */
        public Builder maxPollRecords(int v) { maxPollRecords = v; return this; }
        public Builder batchAttempts(int v) { batchAttempts = v; return this; }
        /** Parse in supervised children with these settings. */
        public Builder isolation(SupervisedExtractor.Settings v) { isolation = Objects.requireNonNull(v, "isolation"); return this; }
        /** Parse in this JVM: no isolation from hostile files (tests, trusted input). */
        public Builder inProcess() { isolation = null; return this; }

        public ExtractorConfig build() {
            int limit = writeLimit != null ? writeLimit : isolation != null ? isolation.writeLimit() : TextExtractor.DEFAULT_WRITE_LIMIT;
            SupervisedExtractor.Settings children = isolation == null || isolation.writeLimit() == limit ? isolation
                    : isolation.toBuilder().writeLimit(limit).build();
            return new ExtractorConfig(clientProperties, groupId, instanceId == null ? UUID.randomUUID().toString() : instanceId,
                    partitions, replication, maxAttempts, retryBackoff, limit, parsers,
                    maxPollRecords != null ? maxPollRecords : parsers * DEFAULT_RECORDS_PER_PARSER, batchAttempts, children);
        }

    }
}
