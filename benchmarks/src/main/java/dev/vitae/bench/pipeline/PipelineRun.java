package dev.vitae.bench.pipeline;

import dev.vitae.app.LocalStack;
import dev.vitae.app.Pipeline;
import dev.vitae.bench.corpus.CorpusGenerator.Document;
import dev.vitae.ingest.FileValidator;
import dev.vitae.ingest.Uploads;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One run of a corpus through the whole local pipeline: a fresh data directory, the embedded KRaft
 * broker with the extractor (parser child), the enricher (Kafka Streams, exactly_once_v2) and the
 * sink into SQLite, as {@code vitae up} starts them. The documents are validated and uploaded as
 * {@code vitae ingest} does (idempotent producer, acks=all), at full speed or paced to a rate. The
 * run ends when every uploaded document is stored or dead-lettered, or when nothing moved for
 * {@code stall}. The books are then read back: latency per document is the store's
 * {@code stored_at} minus its {@code uploaded_at} (the upload record's timestamp); lost is uploaded
 * but neither stored nor dead-lettered; duplicated is a document with more than one committed
 * record in resumes.extracted or profiles.parsed (what read_committed consumers would see twice),
 * or stored without having been uploaded.
 */
final class PipelineRun {
    /** @param childJfrDir where to dump the parser children's JFR recordings (named {@value #CHILD_RECORDING}) before the stack stops, or null */
    record Settings(Path dataDir, double rate, Duration stall, int parsers, Path childJfrDir) {}

    /** Name of the recording that {@code ./vitae bench pipeline --jfr} starts in every JVM through JAVA_TOOL_OPTIONS. */
    static final String CHILD_RECORDING = "vitae-child";
    /** The JFR repository the launcher gives every JVM: a parser child destroyed at a restart leaves its chunks there. */
    static final Path JFR_REPOSITORY = Path.of("target", "bench-pipeline", "jfr-repo");

    private PipelineRun() {}

    /** The single place where the bench chooses how the stack parses: {@code parsers} supervised parser processes. */
    static LocalStack startStack(Path dataDir, int parsers) throws Exception {
        return LocalStack.start(dataDir, 0, null, null, parsers);
    }

    static Map<String, Object> run(List<Document> docs, Settings s) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        ProcessSampler sampler = new ProcessSampler(ProcessHandle.current(), 200);
        long startMs = System.currentTimeMillis();
        try (LocalStack stack = startStack(s.dataDir(), s.parsers())) {
            stack.awaitReady(Duration.ofMinutes(2));
            double readySeconds = (System.currentTimeMillis() - startMs) / 1000.0;
            ThreadCpu cpu = new ThreadCpu();
            Map<String, String> sent = new ConcurrentHashMap<>();
            List<String> rejected = new ArrayList<>();
            long uploadStart = System.currentTimeMillis();
            upload(stack.clientProperties(), docs, s.rate(), sent, rejected);
            long uploadEnd = System.currentTimeMillis();
            Set<String> dead = awaitBooks(stack, sent.keySet(), s.stall());
            if (s.childJfrDir() != null) {
                dumpChildRecordings(s.childJfrDir(), sampler.childPids());
            }
            Map<String, Object> cpuByThread = new LinkedHashMap<>(cpu.since());
            double wallSeconds = (System.currentTimeMillis() - uploadStart) / 1000.0;

            long[] latencies;
            Set<String> stored = new HashSet<>();
            long lastStored = uploadStart;
            List<Long> lat = new ArrayList<>();
            try (Connection c = stack.store().dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT document_id, uploaded_at, stored_at FROM profiles")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    lat.add(rs.getLong(3) - rs.getLong(2));
                    lastStored = Math.max(lastStored, rs.getLong(3));
                }
            }
            latencies = lat.stream().mapToLong(Long::longValue).sorted().toArray();
            Set<String> lost = new HashSet<>(sent.keySet());
            lost.removeAll(stored);
            lost.removeAll(dead);
            Set<String> strays = new HashSet<>(stored);
            strays.removeAll(sent.keySet());
            Map<String, Integer> extracted = tally(stack.clientProperties(), Topics.EXTRACTED.name());
            Map<String, Integer> profiles = tally(stack.clientProperties(), Topics.PROFILES.name());
            Set<String> duplicated = new HashSet<>(strays);
            extracted.forEach((id, n) -> { if (n > 1) duplicated.add(id); });
            profiles.forEach((id, n) -> { if (n > 1) duplicated.add(id); });

            double seconds = Math.max(1, lastStored - uploadStart) / 1000.0;
            int done = stored.size() + dead.size();
            out.put("docs", docs.size());
            out.put("uploaded", sent.size());
            out.put("rejectedAtUpload", rejected.size());
            out.put("stored", stored.size());
            out.put("deadLettered", dead.size());
            out.put("lost", lost.size());
            out.put("duplicated", duplicated.size());
            out.put("seconds", round(seconds));
            out.put("docsPerSecond", round(done / seconds));
            out.put("uploadSeconds", round((uploadEnd - uploadStart) / 1000.0));
            out.put("rate", s.rate() > 0 ? s.rate() : null);
            out.put("p50Ms", percentile(latencies, 50));
            out.put("p95Ms", percentile(latencies, 95));
            out.put("p99Ms", percentile(latencies, 99));
            out.put("maxMs", latencies.length == 0 ? null : latencies[latencies.length - 1]);
            sampler.close();
            out.put("peakRssMb", round(sampler.peakRssMb()));
            out.put("parsers", s.parsers() == Pipeline.DEFAULT_PARSERS ? Runtime.getRuntime().availableProcessors() : s.parsers());
            out.put("parserProcessesStarted", sampler.childrenSeen());
            out.put("startupSeconds", round(readySeconds));
            Map<String, Object> cpuSeconds = new LinkedHashMap<>();
            cpuSeconds.put("wall", round(wallSeconds));
            cpuSeconds.put("parserChildren", round(sampler.descendantCpuSeconds()));
            cpuSeconds.put("vitaeJvm", cpuByThread);
            out.put("cpuSeconds", cpuSeconds);
            double cpuTotal = ((Number) cpuByThread.get("processTotal")).doubleValue() + sampler.descendantCpuSeconds();
            out.put("cpuMsPerDoc", Math.round(cpuTotal * 1000 / Math.max(1, done)));
            if (!lost.isEmpty()) {
                System.err.println("bench: lost (neither stored nor dead-lettered): " + lost.stream().limit(10).toList());
            }
            if (!dead.isEmpty()) {
                System.err.println("bench: dead-lettered: " + dead.size() + " (see ./vitae dlq --data " + s.dataDir() + " while a stack runs there)");
            }
            return out;
        } finally {
            sampler.close();
        }
    }

    /**
     * Asks each live child JVM (the parser) to write its recording, and moves the repository chunks
     * of children that were destroyed (restart after N documents) next to it: their last second or
     * so is missing, the rest reads as any recording.
     */
    private static void dumpChildRecordings(Path dir, Set<Long> children) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        if (java.nio.file.Files.isDirectory(JFR_REPOSITORY)) {
            Set<Long> live = new HashSet<>();
            ProcessHandle.current().children().forEach(c -> live.add(c.pid()));
            live.add(ProcessHandle.current().pid());
            try (var repos = java.nio.file.Files.list(JFR_REPOSITORY)) {
                for (Path repo : repos.toList()) {
                    String pid = repo.getFileName().toString().replaceAll(".*_", "");
                    if (!pid.matches("\\d+") || live.contains(Long.parseLong(pid)) || !children.contains(Long.parseLong(pid))) {
                        continue; // still recording, or not a parser child of this run
                    }
                    try (var chunks = java.nio.file.Files.list(repo)) {
                        int n = 0;
                        for (Path chunk : chunks.filter(f -> f.toString().endsWith(".jfr")).sorted().toList()) {
                            Path target = dir.resolve("parser-child-" + pid + "-" + (n++) + ".jfr");
                            java.nio.file.Files.move(chunk, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            System.err.println("bench: JFR chunk of destroyed parser child " + pid + " in " + target);
                        }
                    }
                    java.nio.file.Files.deleteIfExists(repo);
                }
            }
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            Path file = dir.resolve("parser-child-" + child.pid() + ".jfr").toAbsolutePath();
            Process p = new ProcessBuilder(jcmd, Long.toString(child.pid()), "JFR.dump", "name=" + CHILD_RECORDING, "filename=" + file)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && java.nio.file.Files.exists(file)) {
                System.err.println("bench: JFR recording of parser child " + child.pid() + " in " + file);
            } else {
                p.destroyForcibly();
                System.err.println("bench: could not dump a recording from child " + child.pid()
                        + " (start the bench with --jfr through ./vitae, which sets JAVA_TOOL_OPTIONS)");
            }
        }
    }

    private static void upload(Properties client, List<Document> docs, double rate, Map<String, String> sent, List<String> rejected)
            throws InterruptedException {
        FileValidator validator = new FileValidator();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = Uploads.producer(client)) {
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                if (rate > 0) {
                    long due = t0 + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                FileValidator.Verdict v = validator.check(d.bytes(), d.fileName());
                if (!v.accepted()) {
                    rejected.add(d.fileName() + ": " + v.reason());
                    continue;
                }
                var record = Uploads.record(d.bytes(), d.fileName(), v.mediaType(), "bench");
                String id = new String(record.key(), StandardCharsets.UTF_8);
                producer.send(record, (md, e) -> {
                    if (e == null) {
                        sent.put(id, d.fileName());
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        if (!rejected.isEmpty() || failed.get() > 0) {
            System.err.println("bench: " + rejected.size() + " rejected at upload " + rejected.stream().limit(5).toList()
                    + ", " + failed.get() + " not sent");
        }
    }

    /** Waits until stored + dead-lettered covers every uploaded id; returns the dead-lettered ids. */
    private static Set<String> awaitBooks(LocalStack stack, Set<String> uploaded, Duration stall) throws Exception {
        ProfileStore store = stack.store();
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        Set<String> dead = Set.of();
        long lastDlqCheck = 0;
        while (true) {
            long stored = store.count();
            // reading the dead-letter topics costs consumers and fetches: every 10 s, or when the store alone nearly balances the books
            if (System.nanoTime() - lastDlqCheck > 10_000_000_000L || stored + dead.size() >= uploaded.size()) {
                dead = deadLettered(stack.clientProperties());
                lastDlqCheck = System.nanoTime();
            }
            long done = stored + dead.size();
            if (done >= uploaded.size()) {
                return dead;
            }
            if (done != lastCount) {
                lastCount = done;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > stall.toNanos()) {
                System.err.println("bench: no progress for " + stall.toSeconds() + " s at " + done + "/" + uploaded.size() + "; stopping");
                return dead;
            }
            Thread.sleep(200);
        }
    }

    private static Set<String> deadLettered(Properties client) {
        Set<String> ids = new HashSet<>();
        for (var input : Topics.INPUTS) {
            ids.addAll(tally(client, Topics.dlqOf(input.name())).keySet());
        }
        return ids;
    }

    /** Committed records per key of a topic, read from the beginning to its end. */
    static Map<String, Integer> tally(Properties client, String topic) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (parts.isEmpty()) {
                return counts;
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic);
                }
                c.poll(Duration.ofMillis(200)).forEach(r -> counts.merge(
                        r.key() == null ? "null@" + r.partition() + "/" + r.offset() : new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum));
            }
        }
        return counts;
    }

    static Long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1; // nearest-rank
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
