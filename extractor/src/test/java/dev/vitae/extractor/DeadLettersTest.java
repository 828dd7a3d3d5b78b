package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.DeadLetter;
import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dead letters carry the original bytes and which become reference records, by the sizes of key, value and headers. */
class DeadLettersTest {
    private static final DeadLetter WHY = DeadLetter.of("extractor", DeadLetterOutcome.TOO_LARGE, "file is too large");

    @ParameterizedTest(name = "key {0} B, value {1} B, one header of {2} B -> {3}")
    @CsvSource({
            "64, 1000, 10, copied",
            "64, 10485760, 10, copied",          // a file at the upload limit travels in its dead letter
            "64, 16700000, 10, copied",          // so does anything up to the budget
            "64, 16750000, 10, omitted",         // within the topic's 16 MiB, but no room left for the error headers
            "64, 16777016, 10, omitted",         // the adversarial run's value
            "16750000, 10, 10, omitted",         // a huge key: left out too
            "64, 10, 16750000, omitted",         // huge headers: left out too
    })
    void aDeadLetterAlwaysFitsInARecord(int keyBytes, int valueBytes, int headerBytes, String payload) {
        ConsumerRecord<byte[], byte[]> in = new ConsumerRecord<>(Topics.UPLOADED.name(), 2, 77L, new byte[keyBytes], new byte[valueBytes]);
        in.headers().add(VitaeHeaders.FILE_NAME, new byte[headerBytes]);
        ProducerRecord<byte[], byte[]> out = DeadLetters.of(WHY, in);
        assertTrue(DeadLetters.estimatedSize(out) <= DeadLetters.RECORD_BUDGET, "fits: " + DeadLetters.estimatedSize(out));
        assertTrue(DeadLetters.RECORD_BUDGET < Topics.MAX_MESSAGE_BYTES, "the budget leaves room below the producer's and topic's limit");
        assertEquals(Topics.dlqOf(Topics.UPLOADED.name()), out.topic());
        assertEquals("TOO_LARGE", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OUTCOME));
        assertEquals("77", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OFFSET));
        assertEquals("2", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_PARTITION));
        String said = VitaeHeaders.get(out.headers(), DeadLetters.PAYLOAD_HEADER);
        assertTrue(said.startsWith(payload), said);
        if (payload.equals("copied")) {
            assertArrayEquals(in.value(), out.value());
            assertArrayEquals(in.key(), out.key());
        } else {
            assertNull(out.value());
            assertTrue(said.contains("value " + valueBytes + " bytes"), said);
            assertTrue(said.contains(Topics.UPLOADED.name() + "-2@77"), said);
            assertEquals(keyBytes > 1024, out.key() == null, "a small key is kept, a large one left out");
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "100, 50"})
    void theSizeEstimateCountsKeyValueAndHeaders(int key, int value) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>("t", null, null, new byte[key], new byte[value]);
        r.headers().add("h", "v".getBytes(StandardCharsets.UTF_8));
        assertTrue(DeadLetters.estimatedSize(r) >= key + value + 2);
    }
}
