package dev.vitae.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of {@link SupervisedExtractor}s, each with its own child JVM, shared by the threads
 * that call {@link #extract}: a caller takes an idle child, parses, and gives it back, so at most
 * {@link #size()} documents are parsed at once and each child still parses one document at a time
 * under its own heap cap, deadline and restart policy. Children start at {@link #prepare} or on first use.
 */
public final class ParserPool implements Extractor {
    private final List<SupervisedExtractor> all = new ArrayList<>();
    private final BlockingQueue<SupervisedExtractor> idle;

    public ParserPool(SupervisedExtractor.Settings settings, int children) {
        if (children < 1) {
            throw new IllegalArgumentException("a pool needs at least one child, was " + children);
        }
        idle = new ArrayBlockingQueue<>(children);
        for (int i = 0; i < children; i++) {
            SupervisedExtractor x = new SupervisedExtractor(settings, children == 1 ? -1 : i);
            all.add(x);
            idle.add(x);
        }
    }

    @Override
    public Extraction extract(byte[] content, String fileName) {
        SupervisedExtractor x;
        try {
            x = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(ExtractionOutcome.CRASH, null, "interrupted while waiting for a parser process", e);
        }
        try {
            return x.extract(content, fileName);
        } finally {
            idle.add(x);
        }
    }

    /** Starts every member's child now, side by side, so none parses its first documents cold. */
    @Override
    public void prepare() {
        all.parallelStream().forEach(SupervisedExtractor::prepare);
    }

    public int size() {
        return all.size();
    }

    /** Child processes started so far by all members (restarts included). */
    public int processesStarted() {
        return all.stream().mapToInt(SupervisedExtractor::processesStarted).sum();
    }

    /** Child processes running now. */
    public int childrenAlive() {
        return (int) all.stream().filter(SupervisedExtractor::childAlive).count();
    }

    /** Child processes started to replace one (crash, deadline, heap mark, document count): every start after a member's first. */
    public int restarts() {
        return all.stream().mapToInt(x -> Math.max(0, x.processesStarted() - 1)).sum();
    }

    @Override
    public void close() {
        all.forEach(SupervisedExtractor::close);
    }
}
