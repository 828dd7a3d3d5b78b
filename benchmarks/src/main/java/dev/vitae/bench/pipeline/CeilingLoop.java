package dev.vitae.bench.pipeline;

import dev.vitae.bench.corpus.CorpusGenerator.Document;
import dev.vitae.enricher.EnricherService;
import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.LanguageDetector;
import dev.vitae.extractor.TextExtractor;
import dev.vitae.extractor.UploadProcessor;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machine's ceiling for the pipeline's work: extraction, language detection and enrichment of
 * every document in this JVM, no Kafka, no store, no isolation, on {@code threads} threads pulling
 * from one shared index. A warm-up pass over the first {@code warmup} documents runs first so the
 * JIT has compiled the hot paths; then one timed pass over the whole corpus.
 */
final class CeilingLoop {
    record Result(int threads, int documents, int failed, double seconds, double cpuSeconds) {
        double docsPerSecond() {
            return documents / seconds;
        }
    }

    private CeilingLoop() {}

    static Result measure(List<Document> docs, int threads, int warmup) throws InterruptedException {
        pass(docs.subList(0, Math.min(warmup, docs.size())), threads);
        long t0 = System.nanoTime(), cpu0 = processCpuNanos();
        int failed = pass(docs, threads);
        return new Result(threads, docs.size(), failed, (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static int pass(List<Document> docs, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(), failed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                TextExtractor extractor = new TextExtractor();
                LanguageDetector languages = new LanguageDetector();
                ResumeEnricher enricher = new ResumeEnricher(EnricherService.VERSION, Clock.systemUTC());
                for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                    Document d = docs.get(i);
                    Extraction x = extractor.extract(d.bytes(), d.fileName());
                    if (!x.isOk()) {
                        failed.incrementAndGet();
                        continue;
                    }
                    Instant now = Instant.now();
                    ExtractedText text = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(d.bytes())).setFileName(d.fileName())
                            .setMediaType(x.mediaType()).setLanguage(languages.detect(x.text())).setText(x.text()).setLayout(x.layout())
                            .setExtractorVersion(UploadProcessor.VERSION).setUploadedAt(now).setExtractedAt(now).build();
                    enricher.enrich(text);
                }
            }, "bench-ceiling-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return failed.get();
    }
}
