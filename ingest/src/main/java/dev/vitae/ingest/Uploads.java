package dev.vitae.ingest;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.HeaderValues;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.schemas.ops.Traceparent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Builds upload records as every front door sends them: value = the file's bytes, key = its
 * document id, headers = file name, declared content type, source and a new W3C trace context. The
 * file name and source are cleaned and capped ({@link HeaderValues}) here, whichever door sent them.
 */
public final class Uploads {
    private Uploads() {}

    public static ProducerRecord<byte[], byte[]> record(byte[] content, String fileName, String contentType, String source) {
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.FILE_NAME, HeaderValues.fileName(fileName));
        VitaeHeaders.put(headers, VitaeHeaders.CONTENT_TYPE, contentType == null ? null : HeaderValues.cap(contentType, HeaderValues.MAX_CONTENT_TYPE_BYTES));
        VitaeHeaders.put(headers, VitaeHeaders.SOURCE, HeaderValues.source(source));
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, newTraceparent());
        return new ProducerRecord<>(Topics.UPLOADED.name(), null, null,
                DocumentIds.of(content).getBytes(StandardCharsets.UTF_8), content, headers);
    }

    static String newTraceparent() {
        return Traceparent.newRoot().toString();
    }

    /**
     * How long {@code send()} may wait for the topic's metadata or for buffer space. Kafka's default
     * is 60 s, and with the broker gone every remaining file waited that long.
     */
    public static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    /** How long one produce request may wait for its acknowledgement before it is retried. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long a file may take from {@code send()} to acknowledged, retries included, before it counts
     * as not sent: long enough for a leader to move to another broker (a crashed broker is fenced after
     * 9 s), short enough that a dead cluster is reported at once.
     */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(20);

    /**
     * An idempotent producer that waits for all in-sync replicas: an acknowledged upload is durable
     * and never doubled by retries. The timeouts above apply unless the client properties (a
     * {@code --config} file) set them.
     */
    public static KafkaProducer<byte[], byte[]> producer(Properties clientProperties) {
        Properties p = new Properties();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(MAX_BLOCK.toMillis()));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(REQUEST_TIMEOUT.toMillis()));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(DELIVERY_TIMEOUT.toMillis()));
        p.putAll(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
