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
 * <p>Arguments: the write limit (characters of text). Tests start a worker of their own that wraps
 * the extractor through {@link #serve}.
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
        Extractor extractor = wrap.apply(new TextExtractor(writeLimit));
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
