package dev.vitae.kafka;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a container, for machines with a Docker engine. Same broker version as the embedded one. */
final class TestcontainersKafka implements KafkaCluster {
    private final KafkaContainer container;

    private TestcontainersKafka(KafkaContainer container) {
        this.container = container;
    }

    static TestcontainersKafka start() {
        KafkaContainer c = new KafkaContainer("apache/kafka:" + System.getProperty("vitae.test.kafka.version", "4.4.0"))
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", Integer.toString(17 * 1024 * 1024));
        c.start();
        return new TestcontainersKafka(c);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
