package dev.vitae.schemas;

/**
 * How long a consumer-group member that stopped heartbeating (a process killed with SIGKILL, a host
 * lost) keeps its partitions before the group coordinator hands them to the others or to its
 * restarted self. Kafka's default is 45 s, which is how long a killed service used to stand still
 * after its restart; a clean stop leaves the group at once and never waits for this. 10 s is Kafka's
 * pre-3.0 default: three heartbeats (every 3 s) fit in it, and it is above the brokers' minimum (6 s).
 */
public final class GroupMembership {
    /** {@code session.timeout.ms} of every Vitae consumer and Kafka Streams main consumer. */
    public static final String SESSION_TIMEOUT_MS = "10000";

    private GroupMembership() {}
}
