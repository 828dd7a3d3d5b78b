package dev.vitae.extractor;

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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The child side of {@link SupervisedExtractor}: a JVM that parses one document at a time. Requests
 * and answers are {@link ParseProtocol} frames on stdin and stdout; anything a parser prints goes to
 * stderr (the child's log), never into the protocol. Each answer carries the heap after the document
 * (used, and retained after the last collection) so the parent can restart a child whose heap keeps
 * growing. The parent enforces the deadline and the memory limit ({@code -Xmx},
 * {@code -XX:+ExitOnOutOfMemoryError}) by watching this process.
 *
 * <p>Before it says it is ready, the child parses its built-in sample documents (a PDF, a DOCX and an
 * HTML résumé of invented people, under {@code warmup/}) a number of rounds with the real extractor: a
 * fresh child loads Tika's classes and compiles its code on its first documents, and in a bench at
 * half the sustained rate the documents of the first 15 seconds after a start waited up to 8 s for
 * that. Measured in the note of the change that added it.
 *
 * <p>Arguments: the write limit (characters of text), and the warm-up rounds (default none). Tests
 * start a worker of their own that wraps the extractor through {@link #serve}.
 */
public final class ParseWorker {
    private ParseWorker() {}

    public static void main(String[] args) throws IOException {
        serve(args, x -> x);
    }

    /** Serves requests on stdin until the parent closes it, parsing with {@code wrap} applied to the real extractor. */
    static void serve(String[] args, UnaryOperator<Extractor> wrap) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int writeLimit = args.length > 0 ? Integer.parseInt(args[0]) : TextExtractor.DEFAULT_WRITE_LIMIT;
        TextExtractor real = new TextExtractor(writeLimit);
        warmUp(real, args.length > 1 ? Integer.parseInt(args[1]) : 0);
        Extractor extractor = wrap.apply(real);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        out.writeInt(ParseProtocol.READY);
        out.flush();
        while (true) {
            ParseProtocol.Request request;
            try {
                request = ParseProtocol.readRequest(in, ParseProtocol.MAX_FRAME_BYTES);
            } catch (EOFException e) {
                return; // the parent closed our stdin: done
            }
            String name = request.fileName();
            Extraction x = extractor.extract(request.content(), name.isEmpty() ? null : name);
            Runtime rt = Runtime.getRuntime();
            ParseProtocol.writeAnswer(out, new ParseProtocol.Answer(x, rt.totalMemory() - rt.freeMemory(), retained(heapPools), rt.maxMemory()),
                    ParseProtocol.MAX_FRAME_BYTES);
        }
    }

    /** The sample documents the child parses before its first real one. */
    static final List<String> WARM_UP_DOCUMENTS = List.of("resume.pdf", "resume.docx", "resume.html");

    private static void warmUp(Extractor extractor, int rounds) throws IOException {
        if (rounds <= 0) {
            return;
        }
        List<byte[]> docs = new java.util.ArrayList<>();
        for (String name : WARM_UP_DOCUMENTS) {
            try (var in = ParseWorker.class.getResourceAsStream("warmup/" + name)) {
                if (in == null) {
                    throw new IOException("warm-up document warmup/" + name + " is missing from the extractor's jar");
                }
                docs.add(in.readAllBytes());
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                extractor.extract(docs.get(i), WARM_UP_DOCUMENTS.get(i));
            }
        }
    }

    /** Heap still in use after each pool's last collection: what the parser kept, not garbage awaiting a GC. */
    private static long retained(List<MemoryPoolMXBean> heapPools) {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }
}
