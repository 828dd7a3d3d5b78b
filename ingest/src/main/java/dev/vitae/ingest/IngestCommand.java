package dev.vitae.ingest;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.TopicCreator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae ingest PATH...}: uploads files and folders (recursively) to resumes.uploaded. Every
 * file is validated before it is sent; each rejected file is reported with its reason and makes the
 * exit code 1, after all others were sent. A file with the same bytes as one this run already sent is
 * the same document: it is counted as a duplicate and not sent again. The summary counts files,
 * distinct documents, duplicates, sent and rejected (by reason). When Kafka fails mid-run, the run stops within one
 * delivery timeout, every file not sent is listed, and the exit code is 3. Exit 0 means every file
 * is durably in Kafka.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Upload résumé files (and folders, recursively) to resumes.uploaded.")
public final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to upload.")
    List<Path> paths;

    @Option(names = "--source", defaultValue = "cli", description = "Value of the vitae.source header (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** Exit code when some files could not be sent (Kafka unreachable or failing): running the same command again sends them. */
    public static final int EXIT_NOT_SENT = 3;

    /**
     * What happened to the files of one run, each file counted once: sent (document id to file name),
     * a duplicate in the batch of a document already sent by this run (same bytes: not sent twice),
     * rejected (bad file or path, never sent), or not sent because Kafka failed. So {@link #files} =
     * sent + duplicates + rejected + not sent.
     *
     * @param files every file the run was given or found in a folder, and every path that does not exist
     * @param distinctDocuments distinct documents among the valid files read (files not tried after a
     *        Kafka failure are not read, so they are not among them)
     * @param duplicates a line per duplicate: its file and the file of this run with the same bytes
     * @param rejected a line per rejected file with its reason
     * @param rejectedReasons how many files were rejected for each reason
     * @param notSent a line per file not sent, with Kafka's failure
     */
    public record Result(int files, int distinctDocuments, java.util.Map<String, String> sent, List<String> duplicates,
                         List<String> rejected, java.util.Map<String, Integer> rejectedReasons, List<String> notSent) {
        /** The summary printed at the end of a run, one line per count. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            lines.add("files:     " + files);
            lines.add("documents: " + distinctDocuments + " distinct, " + duplicates.size() + " duplicate(s) in the batch (same bytes, sent once)");
            lines.add("sent:      " + sent.size());
            StringBuilder why = new StringBuilder();
            rejectedReasons.forEach((reason, n) -> why.append(why.length() == 0 ? " (" : "; ").append(reason).append(": ").append(n));
            lines.add("rejected:  " + rejected.size() + (why.length() == 0 ? "" : why + ")"));
            if (!notSent.isEmpty()) {
                lines.add("NOT SENT:  " + notSent.size() + " (listed above; run again to send them)");
            }
            return lines;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Result result = upload(paths, cluster, source, !quiet, err);
        PrintWriter out = spec.commandLine().getOut();
        result.summary().forEach(out::println);
        out.flush();
        return !result.notSent().isEmpty() ? EXIT_NOT_SENT : result.rejected().isEmpty() ? 0 : 1;
    }

    /**
     * Validates and sends every file. The first send that fails (its delivery timed out, or
     * {@code send()} itself could not proceed within {@link Uploads#MAX_BLOCK}) stops the run: files
     * not yet handed to the producer are not tried against a cluster that just failed, and are
     * listed as not sent with that failure, as are those whose delivery failed. So a dead broker
     * costs one delivery timeout, not one per remaining file.
     */
    public static Result upload(List<Path> paths, ClusterOptions cluster, String source, boolean progress, PrintWriter err) throws Exception {
        List<Path> files = new ArrayList<>();
        Rejections rejected = new Rejections(err);
        List<String> notSent = new CopyOnWriteArrayList<>();
        List<String> duplicates = new ArrayList<>();
        java.util.Map<String, Path> inThisRun = new java.util.HashMap<>(); // document id -> the first file with those bytes
        int missing = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                missing++;
                rejected.add(p, "no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        FileValidator validator = new FileValidator();
        TopicCreator.requireTopic(cluster.clientProperties(), dev.vitae.schemas.Topics.UPLOADED.name());
        java.util.Map<String, String> sent = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicReference<String> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = Uploads.producer(cluster.clientProperties());
             ProgressBar bar = progress && files.size() > 1 ? new ProgressBarBuilder().setTaskName("ingest")
                     .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).build() : null) {
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (Path f : files) {
                String stop = failure.get();
                if (stop != null) {
                    notSent.add(notSent(err, f, "not tried after an earlier send failed: " + stop));
                    step(bar);
                    continue;
                }
                byte[] content;
                try {
                    content = Files.readAllBytes(f);
                } catch (IOException e) {
                    rejected.add(f, "cannot read: " + e.getMessage());
                    step(bar);
                    continue;
                }
                FileValidator.Verdict v = validator.check(content, f.getFileName().toString());
                if (!v.accepted()) {
                    rejected.add(f, v.reason());
                    step(bar);
                    continue;
                }
                var record = Uploads.record(content, f.getFileName().toString(), v.mediaType(), source);
                String id = new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
                Path first = inThisRun.putIfAbsent(id, f);
                if (first != null) {
                    duplicates.add(report(err, "duplicate " + f + ": same bytes as " + first + " (sent once)"));
                    step(bar);
                    continue;
                }
                try {
                    pending.add(producer.send(record, (md, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e.toString());
                            notSent.add(notSent(err, f, e.toString()));
                        } else {
                            sent.put(id, f.getFileName().toString());
                        }
                        step(bar);
                    }));
                } catch (KafkaException e) {
                    failure.compareAndSet(null, e.toString());
                    notSent.add(notSent(err, f, e.toString()));
                    step(bar);
                }
            }
            producer.flush();
            for (var future : pending) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // already reported by the callback
                }
            }
        }
        return new Result(files.size() + missing, inThisRun.size(), sent, List.copyOf(duplicates), List.copyOf(rejected.lines),
                java.util.Collections.unmodifiableMap(rejected.byReason), List.copyOf(notSent));
    }

    private static String notSent(PrintWriter err, Path file, String reason) {
        return report(err, "not sent " + file + ": " + reason);
    }

    private static String report(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
        return line;
    }

    private static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }

    /** Rejected files as they are reported on stderr, and how many for each reason. */
    private static final class Rejections {
        private final PrintWriter err;
        final List<String> lines = new ArrayList<>();
        final java.util.Map<String, Integer> byReason = new java.util.TreeMap<>();

        Rejections(PrintWriter err) {
            this.err = err;
        }

        void add(Path file, String reason) {
            lines.add(report(err, "rejected " + file + ": " + reason));
            byReason.merge(reason, 1, Integer::sum);
        }
    }
}
