package dev.vitae.bench.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.app.Pipeline;
import dev.vitae.bench.corpus.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./vitae bench pipeline --docs N [--seed S] [--rate R|half] [--peer [--peer-jar PATH]] [--jfr] [--parsers P]}:
 * generates a corpus ({@link CorpusGenerator}) under {@code target/bench-pipeline/}, runs it through
 * the full local pipeline on a fresh data directory ({@link PipelineRun}), then measures the
 * ceiling on the same corpus in this JVM ({@link CeilingLoop}, all cores, warm) and, with
 * {@code --peer}, Apache Tika Server ({@link TikaServerPeer}), and prints one JSON line on stdout
 * (progress and notes go to stderr). {@code --rate R} paces uploads at R docs/s; {@code --rate half}
 * runs once at full speed, then again on another fresh directory at half the rate measured, and
 * reports that run's latencies under {@code halfRate}. {@code --jfr} records the pipeline phase of
 * this JVM with JFR's profile settings into the run directory.
 */
public final class PipelineBench {
    /** Parsed command line; every default is here. */
    record Options(int docs, long seed, String rate, boolean peer, Path peerJar, boolean jfr, int parsers, Duration stall, Path out) {
        static Options parse(String[] args) {
            int docs = 500, parsers = Pipeline.DEFAULT_PARSERS; // the extractor's default: one parser process per core
            long seed = 1;
            String rate = null;
            boolean peer = false, jfr = false;
            Path peerJar = null, out = Path.of("target", "bench-pipeline");
            Duration stall = Duration.ofSeconds(120);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--docs" -> docs = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--rate" -> rate = args[++i];
                    case "--peer" -> peer = true;
                    case "--peer-jar" -> { peer = true; peerJar = Path.of(args[++i]); }
                    case "--jfr" -> jfr = true;
                    case "--parsers" -> parsers = Integer.parseInt(args[++i]);
                    case "--stall-seconds" -> stall = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--out" -> out = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: ./vitae bench pipeline --docs N "
                            + "[--seed S] [--rate R|half] [--peer] [--peer-jar PATH] [--jfr] [--parsers P] [--stall-seconds S] [--out DIR]");
                }
            }
            if (rate != null && !rate.equals("half") && Double.parseDouble(rate) <= 0) {
                throw new IllegalArgumentException("--rate must be > 0 or 'half'");
            }
            return new Options(docs, seed, rate, peer, peerJar, jfr, parsers, stall, out);
        }
    }

    private PipelineBench() {}

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long g0 = System.nanoTime();
        Path corpusDir = o.out().resolve("corpus-seed-" + o.seed() + "-docs-" + o.docs());
        CorpusGenerator.Corpus corpus = CorpusGenerator.generateInChild(o.seed(), o.docs(), corpusDir);
        corpus.notes().forEach(n -> System.err.println("bench: note: " + n));
        System.err.printf("bench: %d documents generated in %.1f s into %s%n", o.docs(), (System.nanoTime() - g0) / 1e9, corpusDir);

        Path runDir = o.out().resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        double fixedRate = o.rate() == null || o.rate().equals("half") ? 0 : Double.parseDouble(o.rate());
        System.err.println("bench: pipeline run" + (fixedRate > 0 ? " at " + fixedRate + " docs/s" : "") + ", data in " + runDir.resolve("data"));
        jdk.jfr.Recording jfr = null;
        if (o.jfr()) {
            // the launcher starts a recording in every JVM (JAVA_TOOL_OPTIONS) so that the parser children have one; this JVM records the pipeline phase only
            for (jdk.jfr.Recording r : jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings()) {
                if (r.getName().equals(PipelineRun.CHILD_RECORDING)) {
                    r.close();
                }
            }
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.setName("vitae-bench-pipeline");
            jfr.start();
        }
        Map<String, Object> run = PipelineRun.run(corpus.documents(), new PipelineRun.Settings(runDir.resolve("data"), fixedRate, o.stall(), o.parsers(),
                o.jfr() ? runDir : null));
        if (jfr != null) {
            jfr.stop();
            Path file = runDir.resolve("pipeline.jfr");
            jfr.dump(file);
            jfr.close();
            System.err.println("bench: JFR recording of the pipeline phase in " + file);
        }
        Map<String, Object> halfRate = null;
        if ("half".equals(o.rate())) {
            double half = ((Number) run.get("docsPerSecond")).doubleValue() / 2;
            System.err.printf("bench: second run paced at half the sustained rate, %.1f docs/s%n", half);
            Map<String, Object> paced = PipelineRun.run(corpus.documents(),
                    new PipelineRun.Settings(runDir.resolve("data-half-rate"), half, o.stall(), o.parsers(), null));
            halfRate = new LinkedHashMap<>();
            for (String k : List.of("rate", "docsPerSecond", "p50Ms", "p95Ms", "p99Ms", "maxMs", "lost", "duplicated", "deadLettered", "peakRssMb")) {
                halfRate.put(k, paced.get(k));
            }
        }

        System.err.printf("bench: ceiling: in-process extract + language + enrich on %d threads%n", cores);
        CeilingLoop.Result ceiling = CeilingLoop.measure(corpus.documents(), cores, Math.min(o.docs(), 240));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "pipeline");
        json.put("docs", run.get("docs"));
        json.put("seed", o.seed());
        json.put("docsPerSecond", run.get("docsPerSecond"));
        json.put("ceilingDocsPerSecond", PipelineRun.round(ceiling.docsPerSecond()));
        json.put("ratio", Math.round(((Number) run.get("docsPerSecond")).doubleValue() / ceiling.docsPerSecond() * 1000) / 1000.0);
        json.putAll(run);
        json.put("ceilingCpuMsPerDoc", Math.round(ceiling.cpuSeconds() * 1000 / ceiling.documents()));
        // CPU per document does not depend on what else runs on the machine: the pipeline's share of the ceiling's efficiency
        json.put("cpuRatio", Math.round(ceiling.cpuSeconds() * 1000 / ceiling.documents() / ((Number) run.get("cpuMsPerDoc")).doubleValue() * 1000) / 1000.0);
        json.put("ceilingThreads", ceiling.threads());
        json.put("ceilingFailed", ceiling.failed());
        if (halfRate != null) {
            json.put("halfRate", halfRate);
        }
        if (o.peer()) {
            Map<String, Object> peer = TikaServerPeer.measure(o.peerJar(), corpus.documents(), cores, Math.min(o.docs(), 240));
            json.putAll(peer);
            if (peer.get("peer") instanceof Map<?, ?> p) {
                double peerRate = ((Number) p.get("docsPerSecond")).doubleValue();
                json.put("pipelineOverPeer", Math.round(((Number) run.get("docsPerSecond")).doubleValue() / peerRate * 1000) / 1000.0);
            }
        }
        json.put("cores", cores);
        json.put("loadAverageAtStart", Math.round(load * 100) / 100.0); // the machine is shared: read the rates with this
        json.put("loadAverageAtEnd", Math.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
        json.put("corpusNotes", corpus.notes());
        json.put("runDir", runDir.toString());
        Files.createDirectories(runDir);
        String line = new ObjectMapper().writeValueAsString(json);
        Files.writeString(runDir.resolve("result.json"), line + "\n");
        System.out.println(line);
        System.exit(0); // Kafka clients and Tika leave non-daemon threads behind
    }
}
