package dev.vitae.kafka;

/** A running Kafka cluster that Vitae's services and tests connect to. */
public interface KafkaCluster extends AutoCloseable {
    String bootstrapServers();

    @Override
    void close();
}
