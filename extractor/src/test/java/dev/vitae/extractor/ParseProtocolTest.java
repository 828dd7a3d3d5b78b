package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The parent-child frames: what round-trips, and which announced lengths are refused before any allocation. */
class ParseProtocolTest {
    private static DataInputStream bytes(ByteArrayOutputStream b) {
        return new DataInputStream(new ByteArrayInputStream(b.toByteArray()));
    }

    @Test
    void aRequestAndAnAnswerRoundTrip() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] content = "Jane Doe".getBytes(StandardCharsets.UTF_8);
        ParseProtocol.writeRequest(new DataOutputStream(b), "cv.txt", content);
        ParseProtocol.Request r = ParseProtocol.readRequest(bytes(b), ParseProtocol.MAX_FRAME_BYTES);
        assertEquals("cv.txt", r.fileName());
        assertArrayEquals(content, r.content());

        b.reset();
        ParseProtocol.writeAnswer(new DataOutputStream(b), new ParseProtocol.Answer(Extraction.ok("text/plain", "Jane Doe"), 10, 20, 30),
                ParseProtocol.MAX_FRAME_BYTES);
        ParseProtocol.Answer a = ParseProtocol.readAnswer(bytes(b), ParseProtocol.MAX_FRAME_BYTES);
        assertEquals(ExtractionOutcome.OK, a.extraction().outcome());
        assertEquals("Jane Doe", a.extraction().text());
        assertEquals("text/plain", a.extraction().mediaType());
        assertEquals(20, a.heapRetained());
        assertEquals(30, a.heapMax());
    }

    @Test
    void aFailedAnswerKeepsTheRemoteExceptionClass() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Extraction failed = Extraction.failed(ExtractionOutcome.CORRUPT, "application/pdf", "bad xref", new IOException("bad xref"));
        ParseProtocol.writeAnswer(new DataOutputStream(b), new ParseProtocol.Answer(failed, 1, 1, 1), ParseProtocol.MAX_FRAME_BYTES);
        Extraction x = ParseProtocol.readAnswer(bytes(b), ParseProtocol.MAX_FRAME_BYTES).extraction();
        assertEquals(ExtractionOutcome.CORRUPT, x.outcome());
        assertEquals("bad xref", x.reason());
        assertEquals("java.io.IOException", ((SupervisedExtractor.RemoteParserException) x.cause()).remoteClass());
    }

    @Test
    void anAnswerTooLargeForAFrameBecomesATooLargeRefusal() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ParseProtocol.writeAnswer(new DataOutputStream(b), new ParseProtocol.Answer(Extraction.ok("text/plain", "x".repeat(5000)), 1, 1, 1), 1000);
        Extraction x = ParseProtocol.readAnswer(bytes(b), 1000).extraction();
        assertEquals(ExtractionOutcome.TOO_LARGE, x.outcome());
        assertTrue(x.reason().contains("frame limit"), x.reason());
    }

    /** The announced length, and whether a reader with a 1000-byte limit refuses it without reading on. */
    @ParameterizedTest
    @CsvSource({"-1, true", "-2147483648, true", "1001, true", "2147483647, true", "1073741824, true", "1000, false", "0, false"})
    void anAnnouncedLengthOutsideTheLimitIsRefused(int length, boolean refused) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new DataOutputStream(b).writeInt(length);
        DataInputStream in = bytes(b);
        if (refused) {
            IOException e = assertThrows(ParseProtocol.FrameTooLargeException.class, () -> ParseProtocol.readFrame(in, 1000));
            assertTrue(e.getMessage().contains(Integer.toString(length)), e.getMessage());
        } else if (length == 0) {
            assertEquals(0, ParseProtocol.readFrame(in, 1000).length);
        } else {
            assertThrows(EOFException.class, () -> ParseProtocol.readFrame(in, 1000), "the payload is missing: EOF, not a hang");
        }
    }

    @Test
    void aStringLongerThanWhatItsFrameHoldsIsRefused() throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        new DataOutputStream(payload).writeInt(900_000_000); // the file name claims 900 MB inside a 4-byte frame
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(payload.size());
        payload.writeTo(d);
        IOException e = assertThrows(IOException.class, () -> ParseProtocol.readRequest(bytes(b), 1000));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
    }

    @Test
    void anUnknownOutcomeIsRefused() throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        DataOutputStream p = new DataOutputStream(payload);
        byte[] bogus = "EXPLODED".getBytes(StandardCharsets.UTF_8);
        p.writeInt(bogus.length);
        p.write(bogus);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(payload.size());
        payload.writeTo(d);
        IOException e = assertThrows(IOException.class, () -> ParseProtocol.readAnswer(bytes(b), 1000));
        assertTrue(e.getMessage().contains("unknown outcome"), e.getMessage());
    }
}
