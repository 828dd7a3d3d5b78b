package dev.vitae.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Store fault drills on the embedded broker and the real stores: the store goes away mid-run
 * (PostgreSQL refusing connections behind a test-owned forwarder; SQLite write-locked by another
 * connection), and the sink waits, not ready and saying why, dead-letters nothing, and resumes by
 * itself when the store returns, with every document stored once from its own record. And the SQLite
 * file deleted while running: the sink is not ready, says why, and writes nothing more.
 */
@ExtendWith(KafkaClusterExtension.class)
class StoreOutageIT {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreOutageIT.class);
    private static final int WAVE = 200;
    /** Short waits, so a drill takes seconds; the algorithm is the production one. */
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    /**
     * Shorter than every outage below but longer than one blocked store call (the pool's and SQLite's 5 s timeouts):
     * a sink that stopped polling while it waits would be evicted from its group, and show a revocation.
     */
    private static final String MAX_POLL_INTERVAL_MS = "7000";
    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");

    /** Every record this class produced: the broker, and so the topic, is shared by the class's drills. */
    private static final Map<String, RecordMetadata> produced = new HashMap<>();
    private Properties client;

    @BeforeEach
    void topics(KafkaCluster kafka) {
        client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
    }

    /** The same PostgreSQL store, reached through {@code forwarder}. */
    private static StoreConfig through(TcpForwarder forwarder, StoreConfig direct) {
        Matcher hostPort = HOST_PORT.matcher(direct.jdbcUrl());
        assertTrue(hostPort.find(), direct.jdbcUrl());
        return new StoreConfig(direct.jdbcUrl().substring(0, hostPort.start()) + "//127.0.0.1:" + forwarder.port() + "/"
                + direct.jdbcUrl().substring(hostPort.end()), direct.user(), direct.password(), direct.poolSize());
    }

    private static TcpForwarder forwarderTo(StoreConfig direct) throws Exception {
        Matcher hostPort = HOST_PORT.matcher(direct.jdbcUrl());
        assertTrue(hostPort.find(), direct.jdbcUrl());
        return TcpForwarder.start(hostPort.group(1), hostPort.group(2) == null ? 5432 : Integer.parseInt(hostPort.group(2)));
    }

    @Test
    void postgresRefusingConnectionsMidRunIsWaitedOut() throws Exception {
        StoreConfig direct = Stores.fresh("postgresql");
        try (TcpForwarder forwarder = forwarderTo(direct)) {
            StoreConfig viaForwarder = through(forwarder, direct);
            drill("postgresql", direct, viaForwarder, () -> {
                forwarder.cut();
                // Idle past the pool's validation bypass, so the next write finds its connections dead and new ones
                // refused (up to the pool's connection timeout), as after a server loss between batches.
                Thread.sleep(1000);
            }, forwarder::restore, Duration.ofSeconds(2));
        }
    }

    @Test
    void sqliteLockedByAnotherConnectionMidRunIsWaitedOut() throws Exception {
        StoreConfig config = Stores.fresh("sqlite");
        Connection[] locker = new Connection[1];
        drill("sqlite", config, config, () -> {
            locker[0] = DriverManager.getConnection(config.jdbcUrl());
            try (Statement s = locker[0].createStatement()) {
                s.execute("BEGIN EXCLUSIVE"); // held past the store's busy timeout, so the sink sees SQLITE_BUSY
            }
        }, () -> {
            try (Statement s = locker[0].createStatement()) {
                s.execute("ROLLBACK");
            }
            locker[0].close();
        }, Duration.ofSeconds(3));
    }

    /** The adversarial run's fault: the WAL file made immutable mid-run (chattr +i; needs root and a file system with the flag). */
    @Test
    void sqliteWalMadeImmutableMidRunIsWaitedOut() throws Exception {
        StoreConfig config = Stores.fresh("sqlite");
        Path wal = Path.of(config.jdbcUrl().substring("jdbc:sqlite:".length()) + "-wal");
        Files.createDirectories(wal.getParent());
        Path probe = Files.writeString(wal.resolveSibling("chattr-probe"), "x");
        Assumptions.assumeTrue(chattr("+i", probe), "chattr +i is not available here (needs root and ext4/xfs)");
        chattr("-i", probe);
        drill("sqlite-wal-immutable", config, config, () -> assertTrue(chattr("+i", wal), "chattr +i " + wal),
                () -> assertTrue(chattr("-i", wal), "chattr -i " + wal), Duration.ofSeconds(2));
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void sqliteFileDeletedWhileRunningMakesTheSinkNotReadyAndStopsItsWrites() throws Exception {
        long t0 = System.nanoTime();
        StoreConfig config = Stores.fresh("sqlite");
        Path file = Path.of(config.jdbcUrl().substring("jdbc:sqlite:".length()));
        long dlqBefore = dlqEnd();
        produce(WAVE);
        try (ProfileStore sinkStore = ProfileStore.open(config);
             SinkRun sink = SinkRun.start(sinkConfig(config, "deleted"), sinkStore)) {
            long total = endOffsets(Topics.PROFILES.name());
            await(Duration.ofSeconds(30), () -> sink.service.isReady() && sink.service.appliedCount() >= total, "first wave stored");
            assertTrue(sink.service.notReadyReason().isEmpty());

            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            assertFalse(sink.service.isReady(), "readiness sees the file gone at once");
            assertTrue(sink.service.notReadyReason().orElseThrow().contains("deleted"), sink.service.notReadyReason().orElseThrow());
            long appliedAtDelete = sink.service.appliedCount();

            produce(WAVE);
            await(Duration.ofSeconds(20), () -> sink.service.outageCount() > 0, "the sink met the missing file and waits");
            Thread.sleep(1500);
            assertEquals(appliedAtDelete, sink.service.appliedCount(), "nothing written to the unlinked file");
            assertFalse(sink.service.isReady());
            assertTrue(sink.service.isAlive(), "waiting, not crashed");
            assertFalse(Files.exists(file), "no new empty store created in its place");
            assertEquals(0, sink.service.deadLetteredCount());
            assertEquals(dlqBefore, dlqEnd(), "nothing dead-lettered");
        }
        System.out.printf("DRILL sqlite-deleted: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A second sink joins the group while the store is away: the first gives up its pending batch for the
     * partitions it loses, both wait unpositioned, and once the store returns both start from the stored
     * positions. Every record applied once, by one of them.
     */
    @Test
    void aRebalanceWhileTheStoreIsAwayLosesAndDuplicatesNothing() throws Exception {
        long t0 = System.nanoTime();
        StoreConfig direct = Stores.fresh("postgresql");
        long dlqBefore = dlqEnd();
        produce(WAVE);
        SinkConfig config = sinkConfig(direct, "rebalance");
        try (TcpForwarder forwarder = forwarderTo(direct);
             ProfileStore observer = ProfileStore.open(direct);
             ProfileStore storeA = ProfileStore.open(through(forwarder, direct));
             ProfileStore storeB = ProfileStore.open(through(forwarder, direct));
             SinkRun a = SinkRun.start(config.withRetryBackoff(BACKOFF), storeA)) {
            long total = endOffsets(Topics.PROFILES.name());
            await(Duration.ofSeconds(30), () -> a.service.isReady() && a.service.appliedCount() >= total, "first wave stored");

            forwarder.cut();
            Thread.sleep(1000);
            produce(WAVE);
            await(Duration.ofSeconds(20), () -> !a.service.isReady(), "the first sink shows the outage");
            try (SinkRun b = SinkRun.start(config, storeB)) {
                await(Duration.ofSeconds(20), () -> a.service.revocationCount() > 0, "the second sink's arrival rebalanced the group");
                Thread.sleep(1000);
                assertFalse(b.service.isReady(), "the newcomer cannot know where to start while the store is away");
                forwarder.restore();
                long end = endOffsets(Topics.PROFILES.name());
                await(Duration.ofSeconds(30), () -> a.service.isReady() && b.service.isReady()
                                && positionSum(observer, config.groupId()) >= end
                                && a.service.appliedCount() + b.service.appliedCount() >= produced.size(),
                        "both sinks resume and store the rest");
                assertEquals(end, positionSum(observer, config.groupId()));
                assertEquals(produced.size(), observer.count(), "every document stored, none twice");
                assertEquals(produced.size(), a.service.appliedCount() + b.service.appliedCount(), "every record applied once, by one sink");
                assertStoredFromItsOwnRecord(observer);
                assertEquals(0, a.service.deadLetteredCount() + b.service.deadLetteredCount());
                assertEquals(dlqBefore, dlqEnd(), "nothing dead-lettered");
                assertTrue(a.service.isAlive() && b.service.isAlive());
            }
        }
        System.out.printf("DRILL postgresql-rebalance: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /**
     * The store returns while the first sink waits out a long backoff step, and a second sink joins
     * before that step ends: the rebalance revokes the pending batch and positions the partitions from
     * the store, which answers. That answer ends the outage: the first sink resumes its partitions at
     * once instead of leaving them paused (there is no store call left to resume them; it used to
     * stand still for good, and so did a partition whose records that same poll returned, which
     * were put back and paused again). The wait below is shorter than the backoff step, so only the
     * rebalance can have resumed it.
     */
    @Test
    void anOutageThatEndsDuringARebalanceResumesThePausedPartitions() throws Exception {
        StoreConfig direct = Stores.fresh("postgresql");
        RetryBackoff longStep = new RetryBackoff(Duration.ofSeconds(30), Duration.ofSeconds(30)); // each wait 15-30 s
        produce(WAVE);
        SinkConfig config = sinkConfig(direct, "outage-ends-in-rebalance");
        try (TcpForwarder forwarder = forwarderTo(direct);
             ProfileStore observer = ProfileStore.open(direct);
             ProfileStore storeA = ProfileStore.open(through(forwarder, direct));
             ProfileStore storeB = ProfileStore.open(direct);
             SinkRun a = SinkRun.start(config.withRetryBackoff(longStep), storeA)) {
            long total = endOffsets(Topics.PROFILES.name());
            await(Duration.ofSeconds(30), () -> a.service.isReady() && a.service.appliedCount() >= total, "first wave stored");
            forwarder.cut();
            Thread.sleep(1000);
            produce(WAVE);
            await(Duration.ofSeconds(20), () -> !a.service.isReady() && a.service.outageCount() > 0, "the first sink waits out the outage");
            forwarder.restore();
            try (SinkRun b = SinkRun.start(config, storeB)) {
                long end = endOffsets(Topics.PROFILES.name());
                await(Duration.ofSeconds(12), () -> a.service.isReady() && b.service.isReady()
                                && positionSum(observer, config.groupId()) >= end,
                        "both sinks store the rest before the first sink's backoff step is over");
                assertTrue(a.service.revocationCount() > 0, "the second sink's arrival rebalanced the group");
                assertEquals(produced.size(), observer.count(), "every document stored, none twice");
                assertEquals(0, a.service.deadLetteredCount() + b.service.deadLetteredCount());
            }
        }
    }

    private void drill(String kind, StoreConfig observe, StoreConfig sinkSide, Step fault, Step clear, Duration hold) throws Exception {
        long t0 = System.nanoTime();
        long dlqBefore = dlqEnd();
        produce(WAVE);
        try (ProfileStore observer = ProfileStore.open(observe);
             ProfileStore sinkStore = ProfileStore.open(sinkSide);
             SinkRun sink = SinkRun.start(sinkConfig(sinkSide, kind), sinkStore)) {
            long total = endOffsets(Topics.PROFILES.name());
            await(Duration.ofSeconds(30), () -> sink.service.isReady() && sink.service.appliedCount() >= total, "first wave stored");
            double warm = (System.nanoTime() - t0) / 1e9;
            long stored = observer.count();

            fault.run();
            long tFault = System.nanoTime();
            produce(WAVE);
            await(Duration.ofSeconds(20), () -> !sink.service.isReady(), "the sink shows the outage in its readiness");
            double detected = (System.nanoTime() - tFault) / 1e9;
            String reason = sink.service.notReadyReason().orElseThrow();
            assertTrue(reason.startsWith("store unavailable"), reason);
            Thread.sleep(hold.toMillis()); // several backoff steps into the outage
            assertFalse(sink.service.isReady(), "still waiting");
            assertTrue(sink.service.isAlive(), "waiting, not stopped");
            assertEquals(stored, observer.count(), "nothing written while the store is away");
            assertEquals(0, sink.service.deadLetteredCount(), "an outage dead-letters nothing");

            clear.run();
            long tClear = System.nanoTime();
            long end = endOffsets(Topics.PROFILES.name());
            await(Duration.ofSeconds(25), () -> sink.service.isReady() && positionSum(observer, sink.config.groupId()) >= end
                            && sink.service.appliedCount() >= produced.size(),
                    "the sink resumes by itself and stores the rest");
            double resumed = (System.nanoTime() - tClear) / 1e9;
            LOG.info("drill {}: the outage read '{}'", kind, reason);

            assertEquals(end, positionSum(observer, sink.config.groupId()), "stored positions at the end of the topic");
            assertEquals(produced.size(), observer.count(), "every document stored, none twice");
            assertEquals(produced.size(), sink.service.appliedCount(), "every record applied exactly once");
            assertStoredFromItsOwnRecord(observer);
            assertEquals(0, sink.service.deadLetteredCount());
            assertEquals(dlqBefore, dlqEnd(), "nothing dead-lettered");
            assertTrue(sink.service.outageCount() >= 1, "the sink met the fault");
            assertEquals(0, sink.service.revocationCount(), "the sink kept its partitions (and its group) through the outage");
            System.out.printf("DRILL %s: first wave stored after %.1f s, outage seen in readiness %.1f s after the fault, "
                    + "resumed %.1f s after the store returned, %.1f s in all%n", kind, warm, detected, resumed, (System.nanoTime() - t0) / 1e9);
        }
    }

    private void assertStoredFromItsOwnRecord(ProfileStore store) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT document_id, source_partition, source_offset FROM profiles");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2) + "@" + rs.getLong(3));
            }
        }
        Map<String, String> expected = new HashMap<>();
        produced.forEach((id, md) -> expected.put(id, md.partition() + "@" + md.offset()));
        assertEquals(expected, rows);
    }

    private SinkConfig sinkConfig(StoreConfig store, String drill) {
        return sinkConfig(store).withGroupId("outage-" + drill + "-" + UUID.randomUUID());
    }

    private SinkConfig sinkConfig(StoreConfig store) {
        Properties props = new Properties();
        props.putAll(client);
        props.put("max.poll.interval.ms", MAX_POLL_INTERVAL_MS);
        return SinkConfig.defaults(props, store).withMaxBatch(50).withRetryBackoff(BACKOFF);
    }

    /** A sink service, started as the pipeline starts it. */
    private record SinkRun(SinkConfig config, SinkService service) implements AutoCloseable {
        static SinkRun start(SinkConfig config, ProfileStore store) {
            SinkService s = new SinkService(config, store);
            s.start();
            return new SinkRun(config, s);
        }

        @Override
        public void close() {
            service.close();
        }
    }

    private void produce(int n) throws Exception {
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            Map<String, Future<RecordMetadata>> sent = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String id = DocumentIds.of(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                byte[] value = Topics.PROFILES.valueSerde().serializer().serialize(Topics.PROFILES.name(),
                        ProfileStoreIT.profile(id, "1.0.0", 10, "Acme " + i));
                sent.put(id, producer.send(new ProducerRecord<>(Topics.PROFILES.name(), id.getBytes(StandardCharsets.UTF_8), value)));
            }
            for (var e : sent.entrySet()) {
                produced.put(e.getKey(), e.getValue().get());
            }
        }
    }

    private static long positionSum(ProfileStore store, String group) {
        try {
            return store.positions(group, Topics.PROFILES.name()).values().stream().mapToLong(Long::longValue).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    private long dlqEnd() {
        return endOffsets(Topics.dlqOf(Topics.PROFILES.name()));
    }

    private long endOffsets(String topic) {
        try (var c = new KafkaConsumer<>(client, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            c.partitionsFor(topic).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
            return c.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
