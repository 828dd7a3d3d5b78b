package dev.vitae.ingest;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.schemas.ops.Traceparent;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Builds upload records as every front door sends them: value = the file's bytes, key = its
 * document id, headers = file name, declared content type, source and a new W3C trace context.
 */
public final class Uploads {
    private Uploads() {}

    public static ProducerRecord<byte[], byte[]> record(byte[] content, String fileName, String contentType, String source) {
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.FILE_NAME, fileName);
        VitaeHeaders.put(headers, VitaeHeaders.CONTENT_TYPE, contentType);
        VitaeHeaders.put(headers, VitaeHeaders.SOURCE, source);
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, newTraceparent());
        return new ProducerRecord<>(Topics.UPLOADED.name(), null, null,
                DocumentIds.of(content).getBytes(StandardCharsets.UTF_8), content, headers);
    }

    static String newTraceparent() {
        return Traceparent.newRoot().toString();
    }

    /** An idempotent producer that waits for all in-sync replicas: an acknowledged upload is durable and never doubled by retries. */
    public static KafkaProducer<byte[], byte[]> producer(Properties clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
