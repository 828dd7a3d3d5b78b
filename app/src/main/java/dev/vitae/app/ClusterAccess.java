package dev.vitae.app;

import dev.vitae.kafka.EmbeddedKafkaBroker;
import dev.vitae.schemas.ClusterOptions;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * A Kafka cluster for an administrative command (audit, replay, dlq). An explicit cluster
 * ({@code --bootstrap-servers}, {@code VITAE_BOOTSTRAP_SERVERS}, {@code --config}) is used as it is.
 * Otherwise the local-mode data directory decides: a running {@code vitae up} is used through its
 * recorded address; a stopped one has its broker started here, on its own log directory, for the
 * length of the command.
 */
final class ClusterAccess implements AutoCloseable {
    private final Properties clientProperties;
    private final boolean localRunning;
    private final EmbeddedKafkaBroker broker;
    private final FileChannel lock;

    private ClusterAccess(Properties clientProperties, boolean localRunning, EmbeddedKafkaBroker broker, FileChannel lock) {
        this.clientProperties = clientProperties;
        this.localRunning = localRunning;
        this.broker = broker;
        this.lock = lock;
    }

    static ClusterAccess open(ClusterOptions cluster) throws Exception {
        boolean explicitCluster = cluster.isExplicit();
        Path data = cluster.dataDir();
        if (explicitCluster || data == null || !Files.isDirectory(data.resolve("kafka"))) {
            return new ClusterAccess(cluster.clientProperties(), false, null, null);
        }
        FileChannel ch = FileChannel.open(data.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l = ch.tryLock();
        if (l == null) {
            ch.close();
            return new ClusterAccess(cluster.clientProperties(), true, null, null); // `vitae up` is running
        }
        EmbeddedKafkaBroker b = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0);
        Properties p = new Properties();
        p.put("bootstrap.servers", b.bootstrapServers());
        return new ClusterAccess(p, false, b, ch);
    }

    Properties clientProperties() {
        return clientProperties;
    }

    /** True when a local {@code vitae up} owns the data directory right now. */
    boolean localRunning() {
        return localRunning;
    }

    @Override
    public void close() throws Exception {
        if (broker != null) {
            broker.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
