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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses in a supervised child JVM, the pattern of Apache Tika Pipes: the child has its own heap
 * and metaspace caps and exits on OutOfMemoryError; each document has a deadline after which the
 * child is destroyed; the child is restarted after a number of documents to shed whatever a parser
 * leaked; its output goes to a log file. A parser that crashes, hangs or exhausts memory costs one
 * document an outcome (CRASH, TIMEOUT, OUT_OF_MEMORY), never the service. One document at a time.
 */
public final class SupervisedExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisedExtractor.class);
    /** HotSpot's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;

    /** Child JVM settings. */
    public record Settings(String maxHeap, String maxMetaspace, Duration deadline, int restartAfter, int writeLimit, Path logDir,
                           List<String> extraJvmArgs) {
        public Settings(String maxHeap, String maxMetaspace, Duration deadline, int restartAfter, int writeLimit, Path logDir) {
            this(maxHeap, maxMetaspace, deadline, restartAfter, writeLimit, logDir, List.of());
        }

        public static Settings defaults(Path logDir) {
            return new Settings("512m", "256m", Duration.ofSeconds(60), 500, TextExtractor.DEFAULT_WRITE_LIMIT, logDir);
        }
    }

    private final Settings settings;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vitae-parse-supervisor");
        t.setDaemon(true);
        return t;
    });
    private Process child;
    private DataOutputStream toChild;
    private DataInputStream fromChild;
    private int served;
    private int started;

    public SupervisedExtractor(Settings settings) {
        this.settings = settings;
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
        Future<Extraction> answer = reader.submit(() -> exchange(content, fileName));
        try {
            Extraction x = answer.get(settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
            if (++served >= settings.restartAfter()) {
                stopChild("restart after " + served + " documents");
            }
            return x;
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

    private Extraction exchange(byte[] content, String fileName) throws IOException {
        ParseWorker.writeString(toChild, fileName);
        toChild.writeInt(content.length);
        toChild.write(content);
        toChild.flush();
        ExtractionOutcome outcome = ExtractionOutcome.valueOf(fromChild.readUTF());
        String mediaType = ParseWorker.readString(fromChild);
        String body = ParseWorker.readString(fromChild);
        String exceptionClass = ParseWorker.readString(fromChild);
        var layout = ParseWorker.readLayout(fromChild);
        String type = mediaType.isEmpty() ? null : mediaType;
        if (outcome == ExtractionOutcome.OK) {
            return Extraction.ok(type, body, layout);
        }
        return Extraction.failed(outcome, type, body, exceptionClass.isEmpty() ? null : new RemoteParserException(exceptionClass, body));
    }

    /** The child stopped answering: find out why from how it exited. */
    private Extraction died(Throwable cause) {
        Process p = child;
        Integer exit = null;
        try {
            if (p != null && p.waitFor(5, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopChild("it died");
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
                "-XX:+UseSerialGC", "-Xss4m", "-Djava.awt.headless=true"));
        cmd.addAll(settings.extraJvmArgs());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ParseWorker.class.getName(), Integer.toString(settings.writeLimit())));
        Path log = settings.logDir().resolve("parser-child.log");
        child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        started++;
        toChild = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()));
        fromChild = new DataInputStream(new BufferedInputStream(child.getInputStream()));
        Future<Integer> hello = reader.submit(fromChild::readInt);
        try {
            if (hello.get(60, TimeUnit.SECONDS) != ParseWorker.READY) {
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

    @Override
    public synchronized void close() {
        stopChild(null);
        reader.shutdownNow();
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
