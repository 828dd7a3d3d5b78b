package dev.vitae.extractor;

import dev.vitae.schemas.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The frames between {@link SupervisedExtractor} and its child {@link ParseWorker}. Each message is one
 * frame: a 4-byte length, then that many bytes. A reader refuses a length below zero or above
 * {@link #MAX_FRAME_BYTES} before allocating anything, so a peer that writes garbage costs one
 * exchange (an {@link IOException}), never the reader's heap. Inside a frame, strings are a 4-byte
 * length and UTF-8 bytes, each length checked against what the frame has left.
 *
 * <pre>
 * request: name, file bytes (rest of the frame)
 * answer:  outcome, media type, text or reason, exception class, heap used, heap retained after GC, max heap, layout (Avro, rest of the frame; empty for none)
 * </pre>
 */
final class ParseProtocol {
    /** The child's greeting once it is ready to parse ("VITA"). */
    static final int READY = 0x56495441;
    /** Largest frame either side accepts: a file within the topic limit, or 1M characters of text and their layout, with room to spare. */
    static final int MAX_FRAME_BYTES = 32 * 1024 * 1024;

    private ParseProtocol() {}

    record Request(String fileName, byte[] content) {}

    /** The child's answer for one document, with its heap after parsing it (bytes; -1 where unknown). */
    record Answer(Extraction extraction, long heapUsed, long heapRetained, long heapMax) {}

    static void writeRequest(DataOutputStream out, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(content.length + 256);
        DataOutputStream d = new DataOutputStream(payload);
        writeString(d, fileName);
        d.write(content);
        writeFrame(out, payload);
    }

    static Request readRequest(DataInputStream in, int maxFrame) throws IOException {
        DataInputStream d = frame(readFrame(in, maxFrame));
        String name = readString(d);
        return new Request(name, d.readAllBytes());
    }

    /** Writes the answer; an answer that would not fit in a frame is replaced by a TOO_LARGE refusal that does. */
    static void writeAnswer(DataOutputStream out, Answer a, int maxFrame) throws IOException {
        ByteArrayOutputStream payload = encodeAnswer(a);
        if (payload.size() + Integer.BYTES > maxFrame) {
            Extraction refused = Extraction.failed(ExtractionOutcome.TOO_LARGE, a.extraction().mediaType(),
                    "the extracted text and layout take " + payload.size() + " bytes, more than the " + maxFrame + "-byte frame limit", null);
            payload = encodeAnswer(new Answer(refused, a.heapUsed(), a.heapRetained(), a.heapMax()));
        }
        writeFrame(out, payload);
    }

    static Answer readAnswer(DataInputStream in, int maxFrame) throws IOException {
        DataInputStream d = frame(readFrame(in, maxFrame));
        String outcomeName = readString(d);
        ExtractionOutcome outcome;
        try {
            outcome = ExtractionOutcome.valueOf(outcomeName);
        } catch (IllegalArgumentException e) {
            throw new IOException("the parser process answered with an unknown outcome '" + abbreviate(outcomeName) + "'");
        }
        String mediaType = readString(d);
        String body = readString(d);
        String exceptionClass = readString(d);
        long used = d.readLong();
        long retained = d.readLong();
        long max = d.readLong();
        byte[] layoutBytes = d.readAllBytes();
        TextLayout layout = layoutBytes.length == 0 ? null
                : new SpecificDatumReader<>(TextLayout.class).read(null, DecoderFactory.get().binaryDecoder(layoutBytes, null));
        String type = mediaType.isEmpty() ? null : mediaType;
        Extraction x = outcome == ExtractionOutcome.OK ? Extraction.ok(type, body, layout)
                : Extraction.failed(outcome, type, body,
                        exceptionClass.isEmpty() ? null : new SupervisedExtractor.RemoteParserException(exceptionClass, body));
        return new Answer(x, used, retained, max);
    }

    private static ByteArrayOutputStream encodeAnswer(Answer a) throws IOException {
        Extraction x = a.extraction();
        ByteArrayOutputStream payload = new ByteArrayOutputStream(x.isOk() ? x.text().length() + 1024 : 512);
        DataOutputStream d = new DataOutputStream(payload);
        writeString(d, x.outcome().name());
        writeString(d, x.mediaType());
        writeString(d, x.isOk() ? x.text() : x.reason());
        writeString(d, x.cause() == null ? "" : x.cause().getClass().getName());
        d.writeLong(a.heapUsed());
        d.writeLong(a.heapRetained());
        d.writeLong(a.heapMax());
        if (x.layout() != null) {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(d, null);
            new SpecificDatumWriter<>(TextLayout.class).write(x.layout(), encoder);
            encoder.flush();
        }
        d.flush();
        return payload;
    }

    private static void writeFrame(DataOutputStream out, ByteArrayOutputStream payload) throws IOException {
        out.writeInt(payload.size());
        payload.writeTo(out);
        out.flush();
    }

    /**
     * One frame's payload. {@link EOFException} when the stream ends before the frame starts (the peer
     * closed it); an {@link IOException} naming the length when it is out of bounds.
     */
    static byte[] readFrame(DataInputStream in, int maxFrame) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxFrame) {
            throw new FrameTooLargeException(length, maxFrame);
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    private static DataInputStream frame(byte[] payload) {
        return new DataInputStream(new ByteArrayInputStream(payload));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string inside a frame: its length cannot exceed what the frame has left. */
    private static String readString(DataInputStream frame) throws IOException {
        int length = frame.readInt();
        if (length < 0 || length > frame.available()) {
            throw new IOException("a string of " + length + " bytes does not fit in the " + frame.available() + " bytes left in its frame");
        }
        return new String(frame.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A frame length the reader refuses: negative, or over the limit. */
    static final class FrameTooLargeException extends IOException {
        FrameTooLargeException(int length, int max) {
            super("the peer announced a frame of " + length + " bytes; frames are 0.." + max + " bytes");
        }
    }
}
