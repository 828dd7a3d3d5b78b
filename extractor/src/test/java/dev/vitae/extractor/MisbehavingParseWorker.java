package dev.vitae.extractor;

import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in parser child for the tests of the supervision: the real {@link ParseWorker} loop, but
 * some file names make the "parser" misbehave as no real file makes Tika do reliably. Started by
 * naming this class in {@link SupervisedExtractor.Settings#workerMainClass()}.
 *
 * <pre>
 * hang.pdf      spins forever
 * oom.pdf       allocates until the heap is exhausted
 * exit.pdf      halts the JVM with status 42
 * badframe.pdf  announces an answer frame of 1 GiB, then waits
 * negframe.pdf  announces an answer frame of -1 bytes, then waits
 * leak.pdf      keeps 40% of its max heap reachable, collects, then answers normally
 * </pre>
 */
public final class MisbehavingParseWorker {
    private static final List<long[]> LEAKED = new ArrayList<>();

    private MisbehavingParseWorker() {}

    public static void main(String[] args) throws IOException {
        ParseWorker.serve(args, real -> (content, name) -> {
            misbehave(name);
            return real.extract(content, name);
        });
    }

    private static void misbehave(String name) {
        switch (name == null ? "" : name) {
            case "hang.pdf" -> {
                while (true) {
                    Thread.onSpinWait();
                }
            }
            case "oom.pdf" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            case "exit.pdf" -> Runtime.getRuntime().halt(42);
            case "badframe.pdf" -> announceFrameAndWait(1 << 30);
            case "negframe.pdf" -> announceFrameAndWait(-1);
            case "leak.pdf" -> {
                long target = Runtime.getRuntime().maxMemory() * 4 / 10;
                for (long kept = 0; kept < target; kept += 8L << 20) {
                    LEAKED.add(new long[1 << 20]);
                }
                System.gc();
            }
            default -> { }
        }
    }

    /** Writes a frame length straight to the protocol stream, as a broken or hostile child would. */
    private static void announceFrameAndWait(int length) {
        try {
            DataOutputStream raw = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
            raw.writeInt(length);
            raw.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (true) {
            LockSupport.park();
        }
    }
}
