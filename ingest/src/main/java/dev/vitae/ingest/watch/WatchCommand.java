package dev.vitae.ingest.watch;

import dev.vitae.ingest.Uploads;
import dev.vitae.schemas.ClusterOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae watch DIR}: sends every file dropped into DIR to resumes.uploaded once it is fully
 * written, and moves it to {@code DIR/.done/} after Kafka acknowledged it, or to
 * {@code DIR/.rejected/} with a {@code .reason} file ({@link WatchedFolder} says how). While Kafka
 * fails, files stay where they are and are tried again with a growing pause (up to
 * {@link #MAX_PAUSE}). Runs until SIGTERM, which lets the file being sent finish; {@code --once}
 * stops when nothing is left to settle (exit 3 when a file could not be sent).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a folder: send each file once fully written, then move it to DIR/.done/ (or DIR/.rejected/ with a .reason file).")
public final class WatchCommand implements Callable<Integer> {
    static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    @Mixin
    ClusterOptions cluster;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to watch (created .done/ and .rejected/ go inside it).")
    Path dir;

    @Option(names = "--settle", defaultValue = "2", paramLabel = "SECONDS",
            description = "Seconds a file's size and time must stay unchanged before it is taken (default: ${DEFAULT-VALUE}).")
    double settleSeconds;

    @Option(names = "--interval", defaultValue = "500", paramLabel = "MS", description = "Milliseconds between scans (default: ${DEFAULT-VALUE}).")
    long intervalMs;

    @Option(names = "--source", defaultValue = "watch", description = "Value of the vitae.source header (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--once", description = "Take what is in the folder, wait until it is settled and sent, then exit.")
    boolean once;

    @Spec
    CommandSpec spec;

    private volatile boolean running = true;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (settleSeconds < 0 || intervalMs < 10) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--settle must be >= 0 and --interval >= 10");
        }
        WatchedFolder folder = new WatchedFolder(dir, Duration.ofMillis((long) (settleSeconds * 1000)), Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running = false;
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-shutdown"));
        out.println("watching " + dir.toAbsolutePath() + " (sent files go to " + WatchedFolder.DONE + "/, rejected ones to " + WatchedFolder.REJECTED + "/)");
        out.flush();
        int exit = 0;
        try (KafkaProducer<byte[], byte[]> producer = Uploads.producer(cluster.clientProperties())) {
            WatchedFolder.Sender sender = (content, name, type) -> producer.send(Uploads.record(content, name, type, source)).get();
            Duration pause = Duration.ZERO;
            while (running) {
                List<WatchedFolder.Result> results = folder.scan(sender);
                boolean failed = false;
                for (WatchedFolder.Result r : results) {
                    switch (r.outcome()) {
                        case SENT -> out.println("sent      " + r.fileName() + "  " + r.documentId());
                        case REJECTED -> out.println("rejected  " + r.fileName() + ": " + r.reason());
                        case NOT_SENT -> {
                            err.println("not sent  " + r.fileName() + ": " + r.reason() + " (kept; trying again)");
                            failed = true;
                        }
                    }
                }
                out.flush();
                err.flush();
                pause = failed ? (pause.isZero() ? Duration.ofSeconds(1) : min(pause.multipliedBy(2), MAX_PAUSE)) : Duration.ZERO;
                if (once && (failed || folder.waiting() == 0)) {
                    exit = failed ? dev.vitae.ingest.IngestCommand.EXIT_NOT_SENT : 0;
                    break;
                }
                sleep(pause.isZero() ? Duration.ofMillis(intervalMs) : pause);
            }
        } finally {
            stopped.countDown();
        }
        return exit;
    }

    private void sleep(Duration d) throws InterruptedException {
        long until = System.nanoTime() + d.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
