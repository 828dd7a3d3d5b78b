package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** What each upload record becomes: extracted text, or its dead letter with the reason in the headers. */
class UploadProcessorTest {
    private final Map<ExtractionOutcome, Integer> counts = new EnumMap<>(ExtractionOutcome.class);
    private final UploadProcessor processor = new UploadProcessor(new TextExtractor(), 3, Duration.ZERO, Clock.systemUTC(),
            o -> counts.merge(o, 1, Integer::sum));

    private static ConsumerRecord<byte[], byte[]> upload(String key, byte[] value) {
        ConsumerRecord<byte[], byte[]> r = new ConsumerRecord<>(Topics.UPLOADED.name(), 1, 42L,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        VitaeHeaders.put(r.headers(), VitaeHeaders.FILE_NAME, "cv.txt");
        return r;
    }

    private static void assertDeadLetter(ProducerRecord<byte[], byte[]> out, ConsumerRecord<byte[], byte[]> in, String outcome, String reason) {
        assertEquals(Topics.dlqOf(Topics.UPLOADED.name()), out.topic());
        assertArrayEquals(in.value(), out.value(), "original bytes unchanged");
        assertArrayEquals(in.key(), out.key(), "original key unchanged");
        assertEquals("cv.txt", VitaeHeaders.get(out.headers(), VitaeHeaders.FILE_NAME), "original headers kept");
        assertEquals(outcome, VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OUTCOME));
        assertEquals("extractor", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_STAGE));
        assertEquals("42", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OFFSET));
        assertEquals("1", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_PARTITION));
        assertTrue(VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_MESSAGE).contains(reason),
                VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_MESSAGE));
    }

    @Test
    void aResumeWithoutKeyIsExtractedUnderItsSha256() throws Exception {
        byte[] cv = "Jane Doe\nEngineer at Acme".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> out = processor.process(upload(null, cv));
        assertEquals(Topics.EXTRACTED.name(), out.topic());
        assertEquals(DocumentIds.of(cv), new String(out.key(), StandardCharsets.UTF_8));
        ExtractedText text = Topics.EXTRACTED.valueSerde().deserializer().deserialize("t", out.value());
        assertEquals("Jane Doe\nEngineer at Acme", text.getText());
        assertEquals("en", text.getLanguage());
        assertEquals(1, counts.get(ExtractionOutcome.OK));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} of {1} bytes")
    @org.junit.jupiter.params.provider.CsvSource({
            "vitae.file.name,    256, 255",
            "vitae.file.name,    1048576, 255",
            "vitae.source,       65, 64",
            "vitae.content.type, 256, 255"})
    void anUploadHeaderOverItsCapIsInvalidAndKeptAsSent(String header, int bytes, int cap) throws Exception {
        byte[] cv = "Jane Doe\nEngineer at Acme".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> in = upload(null, cv);
        byte[] value = "a".repeat(bytes).getBytes(StandardCharsets.UTF_8);
        in.headers().add(header, value); // as a raw producer may: a second occurrence, over the cap
        ProducerRecord<byte[], byte[]> out = processor.process(in);
        assertEquals(Topics.dlqOf(Topics.UPLOADED.name()), out.topic());
        assertArrayEquals(cv, out.value(), "original bytes unchanged");
        assertArrayEquals(value, out.headers().lastHeader(header).value(), "the header as it was sent");
        assertEquals("INVALID_RECORD", VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_OUTCOME));
        assertEquals("header " + header + " is " + bytes + " bytes; the limit is " + cap, VitaeHeaders.get(out.headers(), VitaeHeaders.ERROR_MESSAGE));
    }

    @Test
    void headersAtTheirCapAreTakenAndTheNamePassedOnIsCleaned() throws Exception {
        byte[] cv = "Jane Doe\nEngineer at Acme".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> in = upload(null, cv);
        VitaeHeaders.put(in.headers(), VitaeHeaders.FILE_NAME, "cv\u202Etxt.exe" + "a".repeat(239) + ".txt");
        VitaeHeaders.put(in.headers(), VitaeHeaders.SOURCE, "s".repeat(63) + "\n");
        ProducerRecord<byte[], byte[]> out = processor.process(in);
        assertEquals(Topics.EXTRACTED.name(), out.topic());
        String name = "cvtxt.exe" + "a".repeat(239) + ".txt";
        assertEquals(name, VitaeHeaders.get(out.headers(), VitaeHeaders.FILE_NAME), "no bidi override downstream");
        assertEquals(name, Topics.EXTRACTED.valueSerde().deserializer().deserialize("t", out.value()).getFileName());
        assertEquals("s".repeat(63), VitaeHeaders.get(out.headers(), VitaeHeaders.SOURCE));
    }

    @Test
    void aFileOverTenMebibytesIsTooLarge() throws Exception {
        ConsumerRecord<byte[], byte[]> in = upload(null, new byte[Topics.MAX_FILE_BYTES + 1]);
        assertDeadLetter(processor.process(in), in, "TOO_LARGE", "the limit is " + Topics.MAX_FILE_BYTES);
    }

    @Test
    void aRecordWithoutBytesIsEmpty() throws Exception {
        ConsumerRecord<byte[], byte[]> in = upload("k", null);
        assertDeadLetter(processor.process(in), in, "EMPTY", "no file bytes");
    }

    @Test
    void aKeyThatIsNotTheSha256OfTheBytesIsInvalid() throws Exception {
        ConsumerRecord<byte[], byte[]> in = upload("my-own-id", "Jane Doe".getBytes(StandardCharsets.UTF_8));
        assertDeadLetter(processor.process(in), in, "INVALID_RECORD", "is not the SHA-256");
    }

    @Test
    void randomBytesNamedLikeTextAreStillUnsupported() throws Exception {
        byte[] noise = new byte[1000];
        new java.util.Random(5).nextBytes(noise);
        ConsumerRecord<byte[], byte[]> in = upload(null, noise);
        assertDeadLetter(processor.process(in), in, "UNSUPPORTED_TYPE", "binary content");
    }
}
