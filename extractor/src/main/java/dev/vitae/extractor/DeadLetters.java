package dev.vitae.extractor;

import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead letters that always fit. A dead letter is the original record, byte for byte, plus the
 * {@code vitae.error.*} headers; when that copy would not fit in one record ({@link #RECORD_BUDGET}:
 * the topic's and the producer's limit less room for the headers, the batch framing and what
 * compression can add to bytes it cannot shrink), it becomes a reference record instead: no value,
 * the key and original headers only when they are small, and the error headers pointing at the
 * source topic, partition and offset. The {@link #PAYLOAD_HEADER} header says which one it is.
 */
final class DeadLetters {
    /** {@value #PAYLOAD_COPIED}, or {@value #PAYLOAD_OMITTED} followed by why. */
    static final String PAYLOAD_HEADER = "vitae.error.payload";
    static final String PAYLOAD_COPIED = "copied";
    static final String PAYLOAD_OMITTED = "omitted";
    /** Largest record, by {@link #estimatedSize}, this stage produces. */
    static final int RECORD_BUDGET = Topics.MAX_MESSAGE_BYTES - 64 * 1024;
    /** A reference record keeps the original key and headers only up to these sizes. */
    private static final int REFERENCE_KEY_BYTES = 1024;
    private static final int REFERENCE_HEADER_BYTES = 16 * 1024;
    /** Per-record framing in a batch (attributes, varint lengths, timestamps), rounded up generously. */
    private static final int RECORD_OVERHEAD = 128;

    private DeadLetters() {}

    /** The dead letter for {@code original}: its copy when that fits, a reference record otherwise. */
    static ProducerRecord<byte[], byte[]> of(DeadLetter why, ConsumerRecord<byte[], byte[]> original) {
        ProducerRecord<byte[], byte[]> copy = why.toRecord(original);
        VitaeHeaders.put(copy.headers(), PAYLOAD_HEADER, PAYLOAD_COPIED);
        int size = estimatedSize(copy);
        if (size <= RECORD_BUDGET) {
            return copy;
        }
        return reference(why, original, "the copy would take " + size + " bytes, over the " + RECORD_BUDGET + "-byte limit of a record");
    }

    /** A dead letter without the original's bytes, saying why they were left out. */
    static ProducerRecord<byte[], byte[]> reference(DeadLetter why, ConsumerRecord<byte[], byte[]> original, String reason) {
        byte[] key = original.key();
        int keyBytes = key == null ? 0 : key.length;
        int valueBytes = original.value() == null ? 0 : original.value().length;
        int headerBytes = headerBytes(original.headers());
        Headers headers = headerBytes <= REFERENCE_HEADER_BYTES ? new RecordHeaders(original.headers().toArray()) : new RecordHeaders();
        why.addTo(headers, original.topic(), original.partition(), original.offset());
        VitaeHeaders.put(headers, PAYLOAD_HEADER, PAYLOAD_OMITTED + ": " + reason + "; value " + valueBytes + " bytes, key " + keyBytes
                + " bytes" + (keyBytes > REFERENCE_KEY_BYTES ? " (left out)" : "") + ", headers " + headerBytes + " bytes"
                + (headerBytes > REFERENCE_HEADER_BYTES ? " (left out)" : "") + "; the original stays at " + original.topic() + "-"
                + original.partition() + "@" + original.offset() + " until retention removes it");
        return new ProducerRecord<>(Topics.dlqOf(original.topic()), null, original.timestamp() >= 0 ? original.timestamp() : null,
                keyBytes > REFERENCE_KEY_BYTES ? null : key, null, headers);
    }

    /** An upper bound of the bytes {@code r} takes in a record batch, uncompressed, as the producer's size check counts them. */
    static int estimatedSize(ProducerRecord<byte[], byte[]> r) {
        long size = RECORD_OVERHEAD + (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length)
                + headerBytes(r.headers());
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    private static int headerBytes(Headers headers) {
        long n = 0;
        for (Header h : headers) {
            n += 10 + h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }
}
