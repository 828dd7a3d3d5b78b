package dev.vitae.bench;

import dev.vitae.enricher.recognition.NameRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The name recogniser (organizations and titles, the shipped OpenNLP model) on one résumé: tokenising,
 * segmenting and tagging. Budget: about 1.5 ms median, so that enrichment with the model stays within
 * 3 ms. Sample mode reports the distribution; read the median (p0.50). Seeds are read from
 * {@code seeds/} under the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecognizerBenchmark {
    @Param({"000_d41c947f56d76838.txt", "001_12268666d2510657.txt", "002_244250873f516315.txt",
            "003_a3ff8387aba269ad.txt", "004_73d441455ad1885c.txt"})
    public String seed;

    private NameRecognizer recognizer;
    private String text;

    @Setup
    public void setUp() throws IOException {
        recognizer = NameRecognizer.shipped();
        text = Files.readString(Path.of(System.getProperty("vitae.seeds", "seeds"), seed), StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object find() {
        return recognizer.find(text);
    }
}
