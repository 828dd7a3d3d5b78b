package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two children parse at once: one hanging on a document does not hold up the other, and each keeps its own deadline. */
class ParserPoolIT {
    @Test
    void prepareStartsEveryChildWarmBeforeTheFirstDocument(@TempDir Path logs) throws Exception {
        SupervisedExtractor.Settings settings = SupervisedExtractor.Settings.builder(logs).maxHeap("192m").warmUpRounds(2).build();
        try (ParserPool pool = new ParserPool(settings, 2)) {
            assertEquals(0, pool.childrenAlive());
            pool.prepare();
            assertEquals(2, pool.childrenAlive(), "both children started ahead of the first document");
            assertEquals(2, pool.processesStarted());
            Extraction x = pool.extract("Jane Doe\nEngineer".getBytes(StandardCharsets.UTF_8), "cv.txt");
            assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
            assertEquals(2, pool.processesStarted(), "the first document went to a child already running");
        }
    }

    @Test
    void aHangingChildDoesNotHoldUpTheOtherChild(@TempDir Path logs) throws Exception {
        SupervisedExtractor.Settings settings = SupervisedExtractor.Settings.builder(logs).maxHeap("192m").deadline(Duration.ofSeconds(20))
                .workerMainClass(MisbehavingParseWorker.class.getName()).build();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ParserPool pool = new ParserPool(settings, 2)) {
            byte[] pdf = HostileFiles.pdf("x");
            // start both children first (two documents at once take one child each): a cold JVM is slow on a busy machine
            CompletableFuture<Extraction> a = CompletableFuture.supplyAsync(() -> pool.extract("a".getBytes(StandardCharsets.UTF_8), "a.txt"), threads);
            CompletableFuture<Extraction> b = CompletableFuture.supplyAsync(() -> pool.extract("b".getBytes(StandardCharsets.UTF_8), "b.txt"), threads);
            assertEquals(ExtractionOutcome.OK, a.get(120, TimeUnit.SECONDS).outcome());
            assertEquals(ExtractionOutcome.OK, b.get(120, TimeUnit.SECONDS).outcome());
            assertEquals(2, pool.processesStarted());
            long t0 = System.nanoTime();
            CompletableFuture<Extraction> hang = CompletableFuture.supplyAsync(() -> pool.extract(pdf, "hang.pdf"), threads);
            Thread.sleep(200); // let the hanging document take its child first
            for (int i = 0; i < 5; i++) {
                Extraction x = CompletableFuture.supplyAsync(() -> pool.extract("Jane Doe\nEngineer".getBytes(StandardCharsets.UTF_8), "cv.txt"),
                        threads).get(15, TimeUnit.SECONDS);
                assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
            }
            assertFalse(hang.isDone(), "the good documents were served while the other child hung");
            assertEquals(ExtractionOutcome.TIMEOUT, hang.get(30, TimeUnit.SECONDS).outcome());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(40).toNanos());
            for (int i = 0; i < 2; i++) { // one of them goes to the child that replaces the hung one
                assertEquals(ExtractionOutcome.OK, pool.extract("after".getBytes(StandardCharsets.UTF_8), "after.txt").outcome());
            }
            assertEquals(3, pool.processesStarted(), "the hung child was replaced: " + pool.processesStarted());
        } finally {
            threads.shutdownNow();
        }
    }
}
