package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each hostile file gets from the supervised extractor, and that it goes on serving the next
 * document after every one of them: a good résumé is parsed after each test.
 */
class SupervisedExtractorIT {
    @TempDir
    static Path logs;
    static SupervisedExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new SupervisedExtractor(SupervisedExtractor.Settings.builder(logs).maxHeap("256m").maxMetaspace("192m")
                .deadline(Duration.ofSeconds(20)).restartAfter(50).workerMainClass(MisbehavingParseWorker.class.getName()).build());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static Extraction assertOutcome(ExtractionOutcome expected, byte[] file, String name) {
        Extraction x = extractor.extract(file, name);
        assertEquals(expected, x.outcome(), () -> name + ": " + x.reason());
        Extraction next = extractor.extract("Jane Doe\nEngineer at Acme".getBytes(StandardCharsets.UTF_8), "next.txt");
        assertEquals(ExtractionOutcome.OK, next.outcome(), "the extractor serves the next document after " + name);
        return x;
    }

    @Test
    void aGoodPdfIsExtracted() throws Exception {
        Extraction x = assertOutcome(ExtractionOutcome.OK, HostileFiles.pdf("Jane Doe", "Senior Engineer at Acme Inc."), "cv.pdf");
        assertTrue(x.text().contains("Senior Engineer at Acme Inc."), x.text());
    }

    @Test
    void aZipBombDocxIsRefusedAtTheWriteLimit() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx();
        assertTrue(bomb.length < 4_000_000, "the bomb is small: " + bomb.length);
        long t0 = System.nanoTime();
        Extraction x = assertOutcome(ExtractionOutcome.TOO_LARGE, bomb, "bomb.docx");
        assertTrue(x.reason().contains("exceeds"), x.reason());
        System.out.printf("zip-bomb DOCX (%d bytes) refused in %d ms%n", bomb.length, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void anEncryptedPdfIsEncrypted() throws Exception {
        assertOutcome(ExtractionOutcome.ENCRYPTED, HostileFiles.encryptedPdf(), "locked.pdf");
    }

    @Test
    void aPdfWhoseOwnerForbadeExtractionIsStillExtracted() throws Exception {
        // Decision (README): the candidate submitted the file to be read; permission flags bind viewers, not this pipeline.
        Extraction x = assertOutcome(ExtractionOutcome.OK, HostileFiles.extractionForbiddenPdf(), "nocopy.pdf");
        assertTrue(x.text().contains("Jane Doe"));
    }

    @Test
    void aTruncatedPdfIsCorrupt() throws Exception {
        assertOutcome(ExtractionOutcome.CORRUPT, HostileFiles.truncatedPdf(), "truncated.pdf");
    }

    @Test
    void aPdfWithoutATextLayerSaysHowToEnableOcr() throws Exception {
        Extraction x = assertOutcome(ExtractionOutcome.NO_TEXT_LAYER, HostileFiles.pdfWithoutTextLayer(), "scan.pdf");
        assertTrue(x.reason().contains("tesseract"), x.reason());
    }

    @Test
    void randomBytesAreUnsupportedAndAnEmptyFileIsEmpty() {
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        assertOutcome(ExtractionOutcome.UNSUPPORTED_TYPE, noise, "noise.bin");
        assertOutcome(ExtractionOutcome.EMPTY, new byte[0], "empty.pdf");
    }

    @Test
    void deeplyNestedHtmlDoesNotTakeTheServiceDown() {
        Extraction x = extractor.extract(HostileFiles.deeplyNestedHtml(200_000), "nested.html");
        assertTrue(x.outcome() == ExtractionOutcome.OK || x.outcome() == ExtractionOutcome.CORRUPT
                || x.outcome() == ExtractionOutcome.CRASH, x.outcome() + " " + x.reason());
        assertOutcome(ExtractionOutcome.OK, "still alive".getBytes(StandardCharsets.UTF_8), "alive.txt");
    }

    @Test
    void aParserThatLoopsIsStoppedAtTheDeadline() throws Exception {
        long t0 = System.nanoTime();
        assertOutcome(ExtractionOutcome.TIMEOUT, HostileFiles.pdf("x"), "hang.pdf");
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos());
    }

    @Test
    void aParserThatExhaustsItsHeapIsOutOfMemory() throws Exception {
        assertOutcome(ExtractionOutcome.OUT_OF_MEMORY, HostileFiles.pdf("x"), "oom.pdf");
    }

    @Test
    void aChildThatAnnouncesAHugeOrNegativeFrameIsACrashWithoutTheParentAllocatingIt() throws Exception {
        for (String name : List.of("badframe.pdf", "negframe.pdf")) {
            long t0 = System.nanoTime();
            Extraction x = assertOutcome(ExtractionOutcome.CRASH, HostileFiles.pdf("x"), name);
            assertTrue(x.reason().contains("frames are 0.."), name + ": " + x.reason());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(15).toNanos(), "refused at once, not waited for until the deadline");
        }
    }

    @Test
    void aChildWhoseHeapGrowsPastTheMarkIsReplacedAfterItsAnswer() throws Exception {
        // leak.pdf keeps 40% of the child's heap: past a 30% mark
        try (SupervisedExtractor leaky = new SupervisedExtractor(SupervisedExtractor.Settings.builder(logs).maxHeap("256m")
                .restartAboveHeapPercent(30).workerMainClass(MisbehavingParseWorker.class.getName()).build())) {
            assertEquals(ExtractionOutcome.OK, leaky.extract("warm".getBytes(StandardCharsets.UTF_8), "warm.txt").outcome());
            assertEquals(1, leaky.processesStarted(), "a warm child serves the next document");
            assertEquals(ExtractionOutcome.OK, leaky.extract("warm".getBytes(StandardCharsets.UTF_8), "warm.txt").outcome());
            assertEquals(1, leaky.processesStarted(), "a warm child serves the next document");
            Extraction x = leaky.extract(HostileFiles.pdf("Jane Doe", "Engineer"), "leak.pdf");
            assertEquals(ExtractionOutcome.OK, x.outcome(), "the document itself is answered: " + x.reason());
            assertEquals(ExtractionOutcome.OK, leaky.extract("after".getBytes(StandardCharsets.UTF_8), "after.txt").outcome());
            assertEquals(2, leaky.processesStarted(), "a new child parses the document after the leak");
        }
    }

    @Test
    void aParserProcessThatDiesIsACrash() throws Exception {
        Extraction x = assertOutcome(ExtractionOutcome.CRASH, HostileFiles.pdf("x"), "exit.pdf");
        assertTrue(x.reason().contains("exit status 42"), x.reason());
    }
}
