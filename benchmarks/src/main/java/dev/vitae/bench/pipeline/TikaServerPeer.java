package dev.vitae.bench.pipeline;

import dev.vitae.bench.corpus.CorpusGenerator.Document;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The peer: Apache Tika Server ({@code tika-server-standard} jar) on 127.0.0.1, started as a child
 * process with its defaults, fed one {@code PUT /tika} (plain-text answer) per document from as many
 * client threads as there are cores, after a warm-up pass. Extraction only: what many teams run
 * instead of a pipeline. The jar is not fetched here; without it the result is {@code null} with
 * the reason.
 */
final class TikaServerPeer {
    private TikaServerPeer() {}

    /** The JSON value of {@code peer}: docs/s and details, or {@code null} plus a reason in {@code peerReason}. */
    static Map<String, Object> measure(Path jar, List<Document> docs, int threads, int warmup) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        if (jar == null || !Files.isRegularFile(jar)) {
            String reason = jar == null
                    ? "no --peer-jar given: download tika-server-standard (same version as Vitae's Tika) from Maven Central and pass its path"
                    : "no such file: " + jar;
            System.err.println("bench: Tika Server peer skipped: " + reason);
            out.put("peer", null);
            out.put("peerReason", reason);
            return out;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("tika-server", ".log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (ProcessSampler sampler = new ProcessSampler(server.toHandle(), 250)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI tika = URI.create("http://127.0.0.1:" + port + "/tika");
            awaitUp(http, tika, server, log);
            pass(http, tika, docs.subList(0, Math.min(warmup, docs.size())), threads);
            long t0 = System.nanoTime();
            int failed = pass(http, tika, docs, threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> peer = new LinkedHashMap<>();
            peer.put("name", "tika-server-standard");
            peer.put("jar", jar.getFileName().toString());
            peer.put("clientThreads", threads);
            peer.put("docsPerSecond", round(docs.size() / seconds));
            peer.put("failed", failed);
            peer.put("peakRssMb", round(sampler.peakRssMb()));
            out.put("peer", peer);
            return out;
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.waitFor();
        }
    }

    private static void awaitUp(HttpClient http, URI tika, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Tika Server exited with " + server.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(tika).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Tika Server did not answer within 120 s; see " + log);
    }

    private static int pass(HttpClient http, URI tika, List<Document> docs, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                    Document d = docs.get(i);
                    HttpRequest req = HttpRequest.newBuilder(tika).timeout(Duration.ofSeconds(60))
                            .header("Accept", "text/plain")
                            .header("Content-Disposition", "attachment; filename=" + d.fileName())
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(d.bytes())).build();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || r.body().isBlank()) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-peer-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return failed.get();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
