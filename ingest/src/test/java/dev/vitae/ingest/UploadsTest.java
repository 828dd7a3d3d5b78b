package dev.vitae.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.HeaderValues;
import dev.vitae.schemas.VitaeHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Every front door's records carry capped, cleaned headers, whatever the door was given. */
class UploadsTest {
    private static final byte[] CV = "Jane Doe\nEngineer".getBytes(StandardCharsets.UTF_8);

    @Test
    void theFileNameAndSourceAreCleanedAndCappedWhicheverDoorSentThem() {
        ProducerRecord<byte[], byte[]> r = Uploads.record(CV, "a".repeat(1 << 20) + "\u202E.txt", "text/plain", "cli\n" + "x".repeat(1000));
        assertNull(HeaderValues.overCap(r.headers()), "within every cap");
        String name = VitaeHeaders.get(r.headers(), VitaeHeaders.FILE_NAME);
        assertTrue(name.endsWith(".txt") && name.getBytes(StandardCharsets.UTF_8).length == HeaderValues.MAX_FILE_NAME_BYTES, name);
        assertEquals("cli" + "x".repeat(HeaderValues.MAX_SOURCE_BYTES - 3), VitaeHeaders.get(r.headers(), VitaeHeaders.SOURCE));
        assertEquals("text/plain", VitaeHeaders.get(r.headers(), VitaeHeaders.CONTENT_TYPE));
    }

    @Test
    void anAbsentContentTypeStaysAbsent() {
        assertNull(VitaeHeaders.get(Uploads.record(CV, "cv.txt", null, "cli").headers(), VitaeHeaders.CONTENT_TYPE));
    }
}
