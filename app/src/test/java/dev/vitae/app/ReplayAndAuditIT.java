package dev.vitae.app;

import static dev.vitae.app.PipelineIT.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new enricher version replays everything and the store converges to one row per document at the
 * new version; replaying the sink changes nothing; the audit balances, and finds a profile deleted
 * from the store behind the pipeline's back.
 */
@ExtendWith(KafkaClusterExtension.class)
class ReplayAndAuditIT {
    private static final Path SEEDS = Path.of("..", "seeds");

    static Stream<String> stores() {
        return Stream.of("sqlite", "postgresql");
    }

    /** A fresh store: a SQLite file, or a new schema in the local PostgreSQL (skipped with a message where none answers). */
    static StoreConfig store(String kind, Path dir) throws Exception {
        if (kind.equals("sqlite")) {
            return StoreConfig.sqlite(dir.resolve("vitae.db"));
        }
        String url = System.getenv().getOrDefault("VITAE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "vitae_replay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL tests skipped: no server answers at " + url + " (" + e.getMessage() + ")");
        }
        return new StoreConfig(url + "?currentSchema=" + schema, "postgres", null, 4);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void replayConvergesAndAuditFindsWhatIsMissing(String kind, KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        StoreConfig storeConfig = store(kind, dir);
        Set<String> ids;
        try (Pipeline v1 = Pipeline.start(client, dir, storeConfig, 3, "1.0.0")) {
            v1.awaitReady(Duration.ofMinutes(2));
            ids = IngestCommand.upload(List.of(SEEDS), new ClusterOptions(kafka.bootstrapServers(), dir), "test", false,
                    new PrintWriter(new StringWriter())).sent().keySet();
            await("five profiles at 1.0.0", () -> v1.store().count() == 5);
            assertTrue(Audit.run(client, v1.store()).balanced());
        }

        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            Replay.reset(client, Replay.Stage.ENRICHER, null, store);
        }
        long t0 = System.nanoTime();
        try (Pipeline v2 = Pipeline.start(client, dir, storeConfig, 3, "2.0.0")) {
            v2.awaitReady(Duration.ofMinutes(2));
            await("every profile at 2.0.0", () -> allAt(v2.store(), ids, "2.0.0"));
            System.out.printf("replay of %d documents through the enricher and sink: %.1f s%n", ids.size(), (System.nanoTime() - t0) / 1e9);
            assertEquals(5, v2.store().count(), "one row per document after the replay");
        }

        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            Replay.reset(client, Replay.Stage.SINK, null, store);
        }
        try (Pipeline again = Pipeline.start(client, dir, storeConfig, 3, "2.0.0")) {
            again.awaitReady(Duration.ofMinutes(2));
            await("the sink has re-read profiles.parsed", () -> again.sink().appliedCount() + skipped(again) >= 10);
            awaitQuiet(again);
            assertEquals(5, again.store().count());
            assertTrue(allAt(again.store(), ids, "2.0.0"), "replaying older 1.0.0 records never rolls the store back");
        }

        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            assertTrue(Audit.run(client, store).balanced());
            String victim = ids.iterator().next();
            store.deleteDirectly(victim); // behind the pipeline's back
            Audit.Report report = Audit.run(client, store);
            assertFalse(report.balanced());
            assertEquals(Set.of(victim), report.unaccounted().keySet());
            assertEquals(5, report.uploaded());
        }
    }

    /** Waits until the sink has read nothing new for two seconds: it has caught up with profiles.parsed. */
    private static void awaitQuiet(Pipeline p) throws Exception {
        long last = -1;
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long read = p.sink().appliedCount() + p.sink().skippedCount();
            if (read != last) {
                last = read;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(2).toNanos()) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Records the sink read but did not apply because a newer version was stored: applied + skipped = read. */
    private static long skipped(Pipeline p) throws Exception {
        return p.sink().skippedCount();
    }

    private static boolean allAt(ProfileStore store, Set<String> ids, String version) throws Exception {
        for (String id : ids) {
            if (!store.enricherVersion(id).map(version::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }
}
