package dev.vitae.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    @Test
    void restartOnTheSameLogDirKeepsTopicsAndRecords(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0)) {
            Properties props = new Properties();
            props.put("bootstrap.servers", broker.bootstrapServers());
            TopicCreator.ensureTopics(props, 2, (short) 1);
            try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), "k", "v")).get();
            }
            try (Admin admin = Admin.create(props)) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.UPLOADED.name());
                ConfigEntry max = admin.describeConfigs(List.of(resource)).all().get().get(resource).get("max.message.bytes");
                assertEquals(Integer.toString(Topics.MAX_MESSAGE_BYTES), max.value());
            }
        }
        assertTrue(Files.exists(dir.resolve("meta.properties")));
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(dir, 0)) {
            Map<String, Object> props = Map.of("bootstrap.servers", again.bootstrapServers(),
                    "group.id", "t", "auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.UPLOADED.name()));
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (seen == 0 && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    seen += records.count();
                }
                assertEquals(1, seen);
            }
        }
    }
}
