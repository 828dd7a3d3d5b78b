package dev.vitae.extractor;

import dev.vitae.schemas.TextLayout;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The child side of {@link SupervisedExtractor}: a JVM that parses one document at a time. Requests
 * and answers are length-prefixed frames on stdin and stdout; anything a parser prints goes to
 * stderr (the child's log), never into the protocol. The parent enforces the deadline and the
 * memory limit ({@code -Xmx}, {@code -XX:+ExitOnOutOfMemoryError}) by watching this process.
 */
public final class ParseWorker {
    static final int READY = 0x56495441; // "VITA"

    private ParseWorker() {}

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int writeLimit = args.length > 0 ? Integer.parseInt(args[0]) : TextExtractor.DEFAULT_WRITE_LIMIT;
        TextExtractor extractor = new TextExtractor(writeLimit);
        out.writeInt(READY);
        out.flush();
        while (true) {
            String name;
            byte[] content;
            try {
                name = readString(in);
                content = new byte[in.readInt()];
                in.readFully(content);
            } catch (EOFException e) {
                return; // the parent closed our stdin: done
            }
            misbehaveIfAsked(name);
            Extraction x = extractor.extract(content, name.isEmpty() ? null : name);
            out.writeUTF(x.outcome().name());
            writeString(out, x.mediaType());
            writeString(out, x.isOk() ? x.text() : x.reason());
            writeString(out, x.cause() == null ? "" : x.cause().getClass().getName());
            writeLayout(out, x.layout());
            out.flush();
        }
    }

    /**
     * A stand-in for a parser that hangs, exhausts memory or kills its process, for the tests of the
     * supervision: no real file makes Tika do these reliably. Active only when the child is started
     * with {@code -Dvitae.test.misbehave=<file name>:<hang|oom|exit>}.
     */
    private static void misbehaveIfAsked(String name) {
        String spec = System.getProperty("vitae.test.misbehave");
        if (spec == null) {
            return;
        }
        for (String rule : spec.split(",")) {
            String[] p = rule.split(":", 2);
            if (p.length == 2 && p[0].equals(name)) {
                switch (p[1]) {
                    case "hang" -> {
                        while (true) {
                            Thread.onSpinWait();
                        }
                    }
                    case "oom" -> {
                        java.util.List<long[]> hog = new java.util.ArrayList<>();
                        while (true) {
                            hog.add(new long[1 << 20]);
                        }
                    }
                    case "exit" -> Runtime.getRuntime().halt(42);
                    default -> { }
                }
            }
        }
    }

    /** The layout as Avro binary after its length; length 0 for none. */
    static void writeLayout(DataOutputStream out, TextLayout layout) throws IOException {
        if (layout == null) {
            out.writeInt(0);
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        new SpecificDatumWriter<>(TextLayout.class).write(layout, encoder);
        encoder.flush();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    static TextLayout readLayout(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        if (b.length == 0) {
            return null;
        }
        in.readFully(b);
        return new SpecificDatumReader<>(TextLayout.class).read(null, DecoderFactory.get().binaryDecoder(b, null));
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
