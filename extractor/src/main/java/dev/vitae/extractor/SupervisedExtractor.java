package dev.vitae.extractor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses in a supervised child JVM, the pattern of Apache Tika Pipes: the child has its own heap
 * and metaspace caps and exits on OutOfMemoryError; each document has a deadline after which the
 * child is destroyed; the child is restarted after a number of documents, or as soon as the heap it
 * retains after garbage collection passes a mark, to shed whatever a parser leaked; its output goes
 * to a log file. A parser that crashes, hangs, exhausts memory or breaks the {@link ParseProtocol}
 * framing costs one document an outcome (CRASH, TIMEOUT, OUT_OF_MEMORY), never the service.
 * One document at a time per instance; {@link ParserPool} runs several.
 */
public final class SupervisedExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisedExtractor.class);
    /** HotSpot's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;

    /**
     * Child JVM settings; {@link #defaults} or {@link #builder} hold the defaults.
     *
     * @param maxHeap the child's {@code -Xmx}, in the JVM's size syntax ("512m", "1g")
     * @param maxMetaspace the child's {@code -XX:MaxMetaspaceSize}
     * @param deadline time one document may take before the child is destroyed
     * @param restartAfter documents after which the child is replaced (high: a fresh child is a cold JVM)
     * @param restartAboveHeapPercent the child is replaced when the heap it retains after GC passes this percent of its max heap
     * @param writeLimit maximum characters of extracted text
     * @param logDir where the child's stderr goes (parser-child.log)
     * @param extraJvmArgs further JVM options for the child
     * @param workerMainClass the child's main class: {@link ParseWorker}, or a test's stand-in speaking the same protocol
     * @param warmUpRounds times a new child parses its built-in sample documents before it takes the first real one (0: none)
     */
    public record Settings(String maxHeap, String maxMetaspace, Duration deadline, int restartAfter, int restartAboveHeapPercent,
                           int writeLimit, Path logDir, List<String> extraJvmArgs, String workerMainClass, int warmUpRounds) {
        public static final String DEFAULT_MAX_HEAP = "512m";
        public static final String DEFAULT_MAX_METASPACE = "256m";
        public static final int DEFAULT_DEADLINE_SECONDS = 60;
        public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(DEFAULT_DEADLINE_SECONDS);
        /** Tika Pipes' default: a child is warm (classes loaded, code compiled) for nearly all of its documents. */
        public static final int DEFAULT_RESTART_AFTER = 10_000;
        public static final int DEFAULT_RESTART_ABOVE_HEAP_PERCENT = 75;
        /**
         * A new child parses its sample PDF, DOCX and HTML this many times before it says it is ready, so
         * that the first real documents after a start or restart do not queue behind class loading and
         * compilation (a cold child set the tail of upload → stored latency: see {@link ParseWorker}).
         */
        public static final int DEFAULT_WARM_UP_ROUNDS = 8;
        private static final Pattern JVM_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

        public Settings {
            require(maxHeap != null && JVM_SIZE.matcher(maxHeap).matches(), "max heap must be a JVM size like 512m, was " + maxHeap);
            require(maxMetaspace != null && JVM_SIZE.matcher(maxMetaspace).matches(), "max metaspace must be a JVM size like 256m, was " + maxMetaspace);
            require(deadline != null && !deadline.isNegative() && !deadline.isZero(), "deadline must be positive, was " + deadline);
            require(restartAfter >= 1, "restart after must be >= 1 documents, was " + restartAfter);
            require(restartAboveHeapPercent >= 1 && restartAboveHeapPercent <= 100,
                    "restart above heap percent must be 1..100, was " + restartAboveHeapPercent);
            require(writeLimit > 0, "write limit must be > 0, was " + writeLimit);
            Objects.requireNonNull(logDir, "logDir");
            extraJvmArgs = List.copyOf(extraJvmArgs);
            require(workerMainClass != null && !workerMainClass.isBlank(), "worker main class must not be blank");
            require(warmUpRounds >= 0 && warmUpRounds <= 1000, "warm-up rounds must be 0..1000, was " + warmUpRounds);
        }

        public static Settings defaults(Path logDir) {
            return builder(logDir).build();
        }

        public static Builder builder(Path logDir) {
            return new Builder(logDir);
        }

        public Builder toBuilder() {
            return new Builder(logDir).maxHeap(maxHeap).maxMetaspace(maxMetaspace).deadline(deadline).restartAfter(restartAfter)
                    .restartAboveHeapPercent(restartAboveHeapPercent).writeLimit(writeLimit).extraJvmArgs(extraJvmArgs)
                    .workerMainClass(workerMainClass).warmUpRounds(warmUpRounds);
        }

        /** Builds {@link Settings}; every field starts at its default. */
        public static final class Builder {
            private final Path logDir;
            private String maxHeap = DEFAULT_MAX_HEAP;
            private String maxMetaspace = DEFAULT_MAX_METASPACE;
            private Duration deadline = DEFAULT_DEADLINE;
            private int restartAfter = DEFAULT_RESTART_AFTER;
            private int restartAboveHeapPercent = DEFAULT_RESTART_ABOVE_HEAP_PERCENT;
            private int writeLimit = TextExtractor.DEFAULT_WRITE_LIMIT;
            private List<String> extraJvmArgs = List.of();
            private String workerMainClass = ParseWorker.class.getName();
            private int warmUpRounds = DEFAULT_WARM_UP_ROUNDS;

            private Builder(Path logDir) {
                this.logDir = logDir;
            }

            public Builder maxHeap(String v) { maxHeap = v; return this; }
            public Builder maxMetaspace(String v) { maxMetaspace = v; return this; }
            public Builder deadline(Duration v) { deadline = v; return this; }
            public Builder restartAfter(int v) { restartAfter = v; return this; }
            public Builder restartAboveHeapPercent(int v) { restartAboveHeapPercent = v; return this; }
            public Builder writeLimit(int v) { writeLimit = v; return this; }
            public Builder extraJvmArgs(List<String> v) { extraJvmArgs = v; return this; }
            public Builder workerMainClass(String v) { workerMainClass = v; return this; }
            public Builder warmUpRounds(int v) { warmUpRounds = v; return this; }

            public Settings build() {
                return new Settings(maxHeap, maxMetaspace, deadline, restartAfter, restartAboveHeapPercent, writeLimit, logDir,
                        extraJvmArgs, workerMainClass, warmUpRounds);
            }
        }
    }

    private final Settings settings;
    private final String logName;
    private final ExecutorService reader;
    private volatile Process child; // volatile: read by the metrics scrape
    private DataOutputStream toChild;
    private DataInputStream fromChild;
    private int served;
    private volatile int started;

    public SupervisedExtractor(Settings settings) {
        this(settings, -1);
    }

    /** Member {@code index} of a {@link ParserPool}: its own thread name and log (parser-child-INDEX.log); -1 alone. */
    SupervisedExtractor(Settings settings, int index) {
        this.settings = settings;
        this.logName = index < 0 ? "parser-child.log" : "parser-child-" + index + ".log";
        String name = index < 0 ? "vitae-parse-supervisor" : "vitae-parse-supervisor-" + index;
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the child now (warmed up) rather than at the first document; a failure here is retried at the first document. */
    @Override
    public synchronized void prepare() {
        try {
            ensureChild();
        } catch (IOException e) {
            LOG.warn("the parser process did not start ahead of the first document: {}", e.getMessage());
        }
    }

    @Override
    public synchronized Extraction extract(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Extraction.failed(ExtractionOutcome.EMPTY, null, "the file is empty", null);
        }
        try {
            ensureChild();
        } catch (IOException e) {
            return Extraction.failed(ExtractionOutcome.CRASH, null, "cannot start the parser process: " + e.getMessage(), e);
        }
        Future<ParseProtocol.Answer> answer = reader.submit(() -> exchange(content, fileName));
        try {
            ParseProtocol.Answer a = answer.get(settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
            served++;
            if (served >= settings.restartAfter()) {
                stopChild("restart after " + served + " documents");
            } else if (a.heapMax() > 0 && a.heapRetained() * 100 > a.heapMax() * settings.restartAboveHeapPercent()) {
                stopChild("it retains " + (a.heapRetained() >> 20) + " MiB of its " + (a.heapMax() >> 20) + " MiB heap after "
                        + served + " documents (mark " + settings.restartAboveHeapPercent() + "%)");
            }
            return a.extraction();
        } catch (TimeoutException e) {
            answer.cancel(true);
            stopChild("deadline of " + settings.deadline().toSeconds() + " s passed");
            return Extraction.failed(ExtractionOutcome.TIMEOUT, null,
                    "parsing took longer than " + settings.deadline().toSeconds() + " s; the parser process was destroyed", null);
        } catch (ExecutionException e) {
            return died(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopChild("interrupted");
            return Extraction.failed(ExtractionOutcome.CRASH, null, "interrupted while parsing", e);
        }
    }

    private ParseProtocol.Answer exchange(byte[] content, String fileName) throws IOException {
        ParseProtocol.writeRequest(toChild, fileName, content);
        return ParseProtocol.readAnswer(fromChild, ParseProtocol.MAX_FRAME_BYTES);
    }

    /** The child stopped answering, or answered outside the protocol: find out why from how it exited. */
    private Extraction died(Throwable cause) {
        Process p = child;
        Integer exit = null;
        try {
            // A child that broke the framing may be alive and hostile: wait little. It may also be dying of
            // OutOfMemoryError, which HotSpot announces on stdout, where it reads as a frame length.
            long wait = cause instanceof ParseProtocol.FrameTooLargeException ? 1 : 5;
            if (p != null && p.waitFor(wait, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopChild(cause instanceof IOException && exit == null ? "protocol violation: " + cause.getMessage() : "it died");
        if (exit != null && exit == OOM_EXIT) {
            return Extraction.failed(ExtractionOutcome.OUT_OF_MEMORY, null,
                    "the parser exhausted its " + settings.maxHeap() + " heap; the parser process exited", null);
        }
        return Extraction.failed(ExtractionOutcome.CRASH, null, "the parser process died" + (exit == null ? "" : " with exit status " + exit)
                + ": " + cause, cause);
    }

    private void ensureChild() throws IOException {
        if (child != null && child.isAlive()) {
            return;
        }
        stopChild(null);
        Files.createDirectories(settings.logDir());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.maxHeap(), "-XX:MaxMetaspaceSize=" + settings.maxMetaspace(), "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-Xss4m", "-Djava.awt.headless=true",
                // C1 only: a child compiles Tika for itself and starts cold after every restart, and C2's compiles
                // cost more CPU than they save until thousands of documents in (400 mixed résumés a round, process
                // CPU per document: C2 20.5 / 8.7 / 6.8 ms in the first three rounds, C1 10.7 / 5.9 / 5.9 ms; warm
                // C2 3.2-3.7 ms, C1 3.9-4.2 ms). extraJvmArgs can set -XX:TieredStopAtLevel=4 back.
                "-XX:TieredStopAtLevel=1"));
        cmd.addAll(settings.extraJvmArgs());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), settings.workerMainClass(), Integer.toString(settings.writeLimit()),
                Integer.toString(settings.warmUpRounds())));
        Path log = settings.logDir().resolve(logName);
        child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        started++;
        toChild = new DataOutputStream(new BufferedOutputStream(child.getOutputStream(), 64 * 1024));
        fromChild = new DataInputStream(new BufferedInputStream(child.getInputStream(), 64 * 1024));
        Future<Integer> hello = reader.submit(fromChild::readInt);
        try {
            if (hello.get(60, TimeUnit.SECONDS) != ParseProtocol.READY) {
                throw new IOException("the parser process answered with an unknown greeting");
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            stopChild("did not start");
            throw new IOException("the parser process did not start; see " + log, e);
        }
        served = 0;
        LOG.debug("parser process {} started (log {})", child.pid(), log);
    }

    private void stopChild(String why) {
        if (child == null) {
            return;
        }
        if (why != null) {
            LOG.info("stopping parser process {}: {}", child.pid(), why);
        }
        child.destroyForcibly();
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        child = null;
    }

    /** Child processes started so far (restarts included). */
    public int processesStarted() {
        return started;
    }

    /** Whether this member's child process is running now. */
    public boolean childAlive() {
        Process p = child;
        return p != null && p.isAlive();
    }

    @Override
    public synchronized void close() {
        stopChild(null);
        reader.shutdownNow();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** An exception that happened in the child, known by class name and message. */
    static final class RemoteParserException extends Exception {
        private final String remoteClass;

        RemoteParserException(String remoteClass, String message) {
            super(message);
            this.remoteClass = remoteClass;
        }

        String remoteClass() {
            return remoteClass;
        }
    }
}
