package dev.vitae.schemas;

import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Why a record was dead-lettered. {@link #toRecord} copies the original key, value and headers byte
 * for byte (the {@code traceparent} included) and adds the {@code vitae.error.*} headers, so a fixed
 * stage can replay it unchanged. The outcome is one of the closed set {@link DeadLetterOutcome}.
 */
public record DeadLetter(String stage, DeadLetterOutcome outcome, String exceptionClass, String message, int attempts) {

    /** Max characters of an exception message kept in a header. */
    private static final int MAX_MESSAGE = 2000;

    public DeadLetter {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
    }

    public static DeadLetter of(String stage, DeadLetterOutcome outcome, Throwable cause, int attempts) {
        return new DeadLetter(stage, outcome, cause.getClass().getName(), String.valueOf(cause.getMessage()), attempts);
    }

    public static DeadLetter of(String stage, DeadLetterOutcome outcome, String reason) {
        return new DeadLetter(stage, outcome, "", reason, 1);
    }

    /** The dead-letter record for {@code original}, bound for {@code <source topic>.dlq}. */
    public ProducerRecord<byte[], byte[]> toRecord(ConsumerRecord<byte[], byte[]> original) {
        Headers headers = new RecordHeaders(original.headers().toArray());
        addTo(headers, original.topic(), original.partition(), original.offset());
        return new ProducerRecord<>(Topics.dlqOf(original.topic()), null, original.timestamp() >= 0 ? original.timestamp() : null,
                original.key(), original.value(), headers);
    }

    /** Adds the error headers to {@code headers} (for stages that forward records themselves, like Kafka Streams). */
    public void addTo(Headers headers, String topic, int partition, long offset) {
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_STAGE, stage);
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_OUTCOME, outcome.name());
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_CLASS, exceptionClass);
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_MESSAGE, message);
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_ATTEMPTS, Integer.toString(attempts));
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_TOPIC, topic);
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_PARTITION, Integer.toString(partition));
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_OFFSET, Long.toString(offset));
        VitaeHeaders.put(headers, VitaeHeaders.ERROR_TIMESTAMP, java.time.Instant.now().toString());
    }
}
