package dev.vitae.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) inside this JVM, built from
 * Kafka's own server jars. The log directory is formatted on first start and reused afterwards, so a
 * restart on the same directory resumes with every topic and committed offset. Internal topics
 * (consumer offsets, transaction state, share state) get replication factor 1, which a single node needs.
 */
public final class EmbeddedKafkaBroker implements KafkaCluster {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker whose log lives in {@code logDir}.
     *
     * @param port the client port, or 0 for any free port
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port) {
        return start(logDir, port, null);
    }

    /**
     * Starts a broker whose listeners take SASL and whose authorizer grants only what ACLs allow
     * (see {@link BrokerSecurity}); {@code security} null is {@link #start(Path, int)}.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, BrokerSecurity security) {
        try {
            Files.createDirectories(logDir);
            int brokerPort = port == 0 ? KraftNode.freePort() : port;
            int controllerPort = KraftNode.freePort();
            KafkaRaftServer server = KraftNode.start(KraftNode.properties(1, "1@" + KraftNode.HOST + ":" + controllerPort,
                    brokerPort, controllerPort, logDir, 1, security), logDir, Uuid.randomUuid().toString());
            String bootstrap = KraftNode.HOST + ":" + brokerPort;
            LOG.info("embedded Kafka broker up at {} (log dir {}{})", bootstrap, logDir, security == null ? "" : ", SASL and ACLs");
            return new EmbeddedKafkaBroker(server, bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("embedded Kafka broker at {} stopped", bootstrapServers);
    }
}
