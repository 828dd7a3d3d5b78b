package dev.vitae.app;

import dev.vitae.kafka.EmbeddedKafkaBroker;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode: a real single-node Kafka broker and all services in this JVM, with state under one
 * data directory ({@code kafka/} for the broker's log, {@code vitae.db} for the store,
 * {@code streams/} for Kafka Streams). The broker's address is written to
 * {@code DATA/bootstrap.servers} so other commands find it. Starting again on the same directory
 * resumes where the last run stopped. Closing stops the services first, then the broker.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    static final int PARTITIONS = 3;

    private final Path dataDir;
    private final int parsers;
    private FileChannel lockChannel;
    private EmbeddedKafkaBroker broker;
    private Pipeline pipeline;
    private HttpApi health;

    private LocalStack(Path dataDir, int parsers) {
        this.dataDir = dataDir;
        this.parsers = parsers;
    }

    /**
     * @param kafkaPort client port of the embedded broker, 0 for any free port
     * @param httpPort port of the HTTP server (health), -1 for none
     */
    public static LocalStack start(Path dataDir, int kafkaPort, int httpPort, StoreConfig storeConfig) throws Exception {
        return start(dataDir, kafkaPort, httpPort < 0 ? null : HttpSettings.DEFAULTS.withPort(httpPort), storeConfig);
    }

    /** @param http the HTTP server's settings (API and uploads), null for none */
    public static LocalStack start(Path dataDir, int kafkaPort, HttpSettings http, StoreConfig storeConfig) throws Exception {
        return start(dataDir, kafkaPort, http, storeConfig, Pipeline.DEFAULT_PARSERS);
    }

    /** @param parsers parser processes of the extractor, {@link Pipeline#DEFAULT_PARSERS} for one per core */
    public static LocalStack start(Path dataDir, int kafkaPort, HttpSettings http, StoreConfig storeConfig, int parsers) throws Exception {
        LocalStack s = new LocalStack(dataDir, parsers);
        try {
            s.lock();
            s.startAll(kafkaPort, http, storeConfig == null ? s.ownerOnlySqlite(dataDir.resolve("vitae.db")) : storeConfig);
            return s;
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
    }

    private void lock() throws IOException {
        Files.createDirectories(dataDir);
        ownerOnly(dataDir, "rwx------"); // the store and the broker's log hold every résumé: no other local user reads them
        lockChannel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            lock = null; // this JVM already holds it: the same answer as another process holding it
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new IllegalStateException("another Vitae is already running on " + dataDir.toAbsolutePath()
                    + "; stop it, or use --data DIR for a separate local instance");
        }
    }

    /** SQLite gives its -wal and -shm files the database file's mode, so creating the file 0600 covers all three. */
    private StoreConfig ownerOnlySqlite(Path db) throws IOException {
        if (Files.notExists(db)) {
            Files.createFile(db);
        }
        ownerOnly(db, "rw-------");
        return StoreConfig.sqlite(db);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private void startAll(int kafkaPort, HttpSettings http, StoreConfig storeConfig) throws Exception {
        if (http != null) {
            http.requireSafeBinding(); // before anything starts
        }
        broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
        Files.writeString(dataDir.resolve(ClusterOptions.LOCAL_BOOTSTRAP_FILE), broker.bootstrapServers() + "\n", StandardCharsets.UTF_8);
        pipeline = Pipeline.start(clientProperties(), dataDir, storeConfig, PARTITIONS, dev.vitae.enricher.EnricherService.VERSION, parsers);
        if (http != null) {
            DeadLetterCounts counts = new DeadLetterCounts(new Ledger(clientProperties())).bindTo(pipeline.registry());
            health = HttpApi.start(http, new HttpApi.Query(pipeline.readiness(), pipeline.notReadyReasons(), pipeline::store, counts::get, () -> {
                Map<String, Long> outcomes = new LinkedHashMap<>();
                pipeline.extractor().outcomeCounts().forEach((o, n) -> outcomes.put(o.name(), n));
                return outcomes;
            }), new UploadRoutes(http, clientProperties(), pipeline::store), new PipelineRoutes(clientProperties(), pipeline::store),
                    pipeline.registry()::scrape);
            LOG.info("Web page and HTTP API at http://{}:{}/ (health, metrics, profiles, stats, uploads, dead-letters, openapi.json){}", http.host(), health.port(),
                    http.token() == null ? "" : ", bearer token required");
        }
    }

    public Properties clientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        return p;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public ProfileStore store() {
        return pipeline.store();
    }

    public int httpPort() {
        return health == null ? -1 : health.port();
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        pipeline.awaitReady(timeout);
    }

    @Override
    public void close() {
        if (health != null) {
            health.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (broker != null) {
            broker.close();
            try {
                Files.deleteIfExists(dataDir.resolve(ClusterOptions.LOCAL_BOOTSTRAP_FILE));
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", ClusterOptions.LOCAL_BOOTSTRAP_FILE, e.toString());
            }
        }
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                LOG.warn("cannot release the data directory lock: {}", e.toString());
            }
        }
    }
}
