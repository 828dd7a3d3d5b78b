package dev.vitae.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real multi-node KRaft cluster inside this JVM: N {@link KafkaRaftServer}s, each a broker and a
 * voter of a static controller quorum, as docker-compose.yml deploys three. Internal topics get N
 * replicas and min.insync.replicas 2, and topics created without a replication factor get N. Any
 * node can be stopped and started again on the same ports and log directory, so a test can take a
 * broker away mid-run and bring it back. Nodes start in parallel: none finishes starting before a
 * majority of the quorum is up.
 */
public final class KafkaRaftCluster implements KafkaCluster {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRaftCluster.class);

    private final String clusterId = Uuid.randomUuid().toString();
    private final List<Properties> configs = new ArrayList<>();
    private final List<Path> logDirs = new ArrayList<>();
    private final KafkaRaftServer[] servers;
    private final String bootstrapServers;

    private KafkaRaftCluster(Path baseDir, int nodes, BrokerSecurity security) throws IOException {
        servers = new KafkaRaftServer[nodes];
        int[] brokerPorts = new int[nodes];
        int[] controllerPorts = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            brokerPorts[i] = KraftNode.freePort();
            controllerPorts[i] = KraftNode.freePort();
        }
        String voters = IntStream.range(0, nodes).mapToObj(i -> (i + 1) + "@" + KraftNode.HOST + ":" + controllerPorts[i])
                .collect(Collectors.joining(","));
        for (int i = 0; i < nodes; i++) {
            Path dir = baseDir.resolve("node-" + (i + 1));
            logDirs.add(dir);
            configs.add(KraftNode.properties(i + 1, voters, brokerPorts[i], controllerPorts[i], dir, nodes, security));
        }
        bootstrapServers = IntStream.range(0, nodes).mapToObj(i -> KraftNode.HOST + ":" + brokerPorts[i])
                .collect(Collectors.joining(","));
    }

    /** Starts a cluster of {@code nodes} nodes (at least 3 for a quorum that survives one loss) under {@code baseDir}. */
    public static KafkaRaftCluster start(Path baseDir, int nodes) {
        return start(baseDir, nodes, null);
    }

    /** As {@link #start(Path, int)}, with SASL listeners and ACL authorization when {@code security} is not null. */
    public static KafkaRaftCluster start(Path baseDir, int nodes, BrokerSecurity security) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be >= 1");
        }
        try {
            KafkaRaftCluster c = new KafkaRaftCluster(baseDir, nodes, security);
            c.inParallel(c::startNode);
            LOG.info("{}-node KRaft cluster up at {}", nodes, c.bootstrapServers);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts node {@code index} (0-based) on its ports and log directory; it catches up from the others. */
    public void startNode(int index) {
        synchronized (this) {
            if (servers[index] != null) {
                throw new IllegalStateException("node " + (index + 1) + " is running");
            }
        }
        KafkaRaftServer s;
        try {
            s = KraftNode.start(configs.get(index), logDirs.get(index), clusterId); // not under the lock: it waits for the quorum
        } catch (Exception e) {
            throw new IllegalStateException("node " + (index + 1) + " failed to start: " + e.getMessage(), e);
        }
        synchronized (this) {
            servers[index] = s;
        }
        LOG.info("node {} started", index + 1);
    }

    /**
     * Stops node {@code index} (0-based) without a controlled shutdown, as a broker host going away:
     * its leaderships move once the controller fences it. Its log directory stays for {@link #startNode}.
     */
    public void stopNode(int index) {
        KafkaRaftServer s;
        synchronized (this) {
            s = servers[index];
            servers[index] = null;
        }
        if (s != null) {
            s.shutdown();
            s.awaitShutdown();
            LOG.info("node {} stopped", index + 1);
        }
    }

    public int size() {
        return servers.length;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        inParallel(this::stopNode);
    }

    /** Runs {@code action} for every node at once, each on its own thread (not a pool that may have one thread on a small machine). */
    private void inParallel(java.util.function.IntConsumer action) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            int index = i;
            CompletableFuture<Void> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    action.accept(index);
                    f.complete(null);
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "kraft-node-" + (i + 1));
            t.setDaemon(true);
            t.start();
            done.add(f);
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
    }
}
