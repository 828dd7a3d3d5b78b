package dev.vitae.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft node (combined broker + controller) of an in-JVM cluster: its settings, its log
 * directory formatted on first start, and a {@link KafkaRaftServer} started on them. Shared by the
 * single-node {@link EmbeddedKafkaBroker} and the multi-node {@link KafkaRaftCluster}.
 */
final class KraftNode {
    static final String HOST = "127.0.0.1";
    /** Whole files travel in records; the topic-level limit (16 MiB) is the one that binds. */
    private static final String MAX_BYTES = Integer.toString(16 * 1024 * 1024 + 64 * 1024);

    private KraftNode() {}

    /**
     * Settings of node {@code nodeId} in a cluster of {@code replicas} nodes whose controllers are
     * {@code voters} ({@code id@host:port,…}). Internal topics get {@code replicas} replicas and,
     * with more than one node, a minimum in-sync count of 2, as a production cluster has. With
     * {@code security} (or null for plaintext without an authorizer) the listeners speak SASL.
     */
    static Properties properties(int nodeId, String voters, int brokerPort, int controllerPort, Path logDir, int replicas,
                                 BrokerSecurity security) {
        String minIsr = replicas > 1 ? "2" : "1";
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", Integer.toString(replicas));
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", Integer.toString(replicas));
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", Integer.toString(replicas));
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", Integer.toString(replicas));
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        if (replicas == 1) {
            // After a SIGKILL the restarted node cannot register its broker while the controller still holds the dead
            // incarnation's registration (DUPLICATE_BROKER_REGISTRATION) until that session expires: 9 s by default.
            // Broker and controller share this process, so their heartbeats do not cross a network.
            p.put("broker.session.timeout.ms", "3000");
            p.put("broker.heartbeat.interval.ms", "1000");
        }
        if (replicas > 1) {
            // A stopped node goes as a crashed host does: the controller fences it after the broker session timeout.
            // Controlled shutdown would wait (5 min, fixed) for a controller quorum that the last node of a closing cluster no longer has.
            p.put("controlled.shutdown.enable", "false");
        }
        p.put("message.max.bytes", MAX_BYTES);
        p.put("replica.fetch.max.bytes", MAX_BYTES);
        if (security != null) {
            security.applyTo(p, brokerPort, controllerPort);
        }
        return p;
    }

    /** Formats {@code logDir} for {@code clusterId} unless an earlier start did, then starts the node. */
    static KafkaRaftServer start(Properties props, Path logDir, String clusterId) throws Exception {
        Files.createDirectories(logDir);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        if (!Files.exists(logDir.resolve("meta.properties"))) { // else formatted by an earlier start: keep its cluster id and data
            new Formatter()
                    .setNodeId(config.nodeId())
                    .setClusterId(clusterId)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
