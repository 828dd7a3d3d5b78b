package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache Tika's own parser test files (../shared/corpora/tika-test-documents, read in place): every
 * file gets an outcome, no parser failure stops the extractor, and the slowest document stays
 * under the deadline. Skipped with a message where the corpus is absent (a fresh clone).
 */
class TikaCorpusIT {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpora", "tika-test-documents");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void everyFileEndsWithAnOutcomeAndTheExtractorSurvives(@TempDir Path logs) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "Tika corpus test skipped: " + CORPUS.toAbsolutePath() + " is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Map<ExtractionOutcome, Integer> counts = new EnumMap<>(ExtractionOutcome.class);
        long slowest = 0;
        String slowestFile = null;
        try (SupervisedExtractor extractor = new SupervisedExtractor(SupervisedExtractor.Settings.builder(logs)
                .deadline(DEADLINE).restartAfter(100).build())) {
            for (Path f : files) {
                long t0 = System.nanoTime();
                Extraction x = extractor.extract(Files.readAllBytes(f), f.getFileName().toString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                counts.merge(x.outcome(), 1, Integer::sum);
                if (ms > slowest) {
                    slowest = ms;
                    slowestFile = f.getFileName().toString();
                }
            }
            System.out.printf("Tika corpus: %d files, outcomes %s; slowest %s in %d ms; %d parser process(es) started%n",
                    files.size(), counts, slowestFile, slowest, extractor.processesStarted());
        }
        assertEquals(files.size(), counts.values().stream().mapToInt(Integer::intValue).sum(), "every file has an outcome");
        assertTrue(counts.getOrDefault(ExtractionOutcome.OK, 0) > files.size() / 2, "most files extract: " + counts);
        assertTrue(slowest < DEADLINE.toMillis() + 5_000, "the slowest document stays under the deadline: " + slowestFile + " " + slowest + " ms");
    }
}
