package dev.vitae.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JUnit extension that gives tests a real Kafka cluster: one per test JVM, started on first use and
 * stopped when the JVM's tests end. By default an {@link EmbeddedKafkaBroker}; with
 * {@code -Dvitae.test.kafka=testcontainers} (where a Docker engine runs) Testcontainers' Kafka.
 * Tests declare a {@link KafkaCluster} parameter.
 */
public final class KafkaClusterExtension implements ParameterResolver {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(startCluster()), Holder.class).cluster;
    }

    private static KafkaCluster startCluster() {
        if ("testcontainers".equals(System.getProperty("vitae.test.kafka"))) {
            LOG.info("tests run on Testcontainers' Kafka");
            return TestcontainersKafka.start();
        }
        try {
            return EmbeddedKafkaBroker.start(Files.createTempDirectory("vitae-test-kafka"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit when the root context (the test JVM's run) ends. */
    private record Holder(KafkaCluster cluster) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
