package dev.vitae.bench;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.ExtractedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrichment of one résumé, text to profile (target: ≤ 1 ms median for a typical résumé). Sample
 * mode reports the distribution, so the median (p0.50) is read directly. Seeds are read from
 * {@code seeds/} under the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichBenchmark {
    @Param({"000_d41c947f56d76838.txt", "001_12268666d2510657.txt", "002_244250873f516315.txt",
            "003_a3ff8387aba269ad.txt", "004_73d441455ad1885c.txt"})
    public String seed;

    private ResumeEnricher enricher;
    private ExtractedText text;

    @Setup
    public void setUp() throws IOException {
        enricher = new ResumeEnricher("bench", Clock.systemUTC());
        String body = Files.readString(Path.of(System.getProperty("vitae.seeds", "seeds"), seed), StandardCharsets.UTF_8);
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        text = ExtractedText.newBuilder().setDocumentId("0".repeat(64)).setMediaType("text/plain").setText(body)
                .setExtractorVersion("bench").setUploadedAt(t).setExtractedAt(t).build();
    }

    @Benchmark
    public Object enrich() {
        return enricher.enrich(text);
    }
}
