package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void plainTextComesOutWhole() throws Exception {
        byte[] bytes = Files.readAllBytes(SEEDS.resolve("001_12268666d2510657.txt"));
        Extraction e = extractor.extract(bytes, "001.txt");
        assertEquals(ExtractionOutcome.OK, e.outcome());
        assertTrue(e.mediaType().startsWith("text/"), e.mediaType());
        assertTrue(e.text().contains("Kosuke Kikuchi"));
    }

    @Test
    void randomBytesAreUnsupportedNotSuccess() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Extraction e = extractor.extract(noise, null);
        assertEquals(ExtractionOutcome.UNSUPPORTED_TYPE, e.outcome(), e.reason());
        assertEquals("application/octet-stream", e.mediaType());
    }

    @Test
    void emptyFileIsEmpty() {
        assertEquals(ExtractionOutcome.EMPTY, extractor.extract(new byte[0], "x.pdf").outcome());
    }

    @Test
    void textOverTheWriteLimitIsTooLarge() {
        byte[] big = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Extraction e = new TextExtractor(100).extract(big, "big.txt");
        assertEquals(ExtractionOutcome.TOO_LARGE, e.outcome(), e.reason());
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        Extraction e = extractor.extract(pdf, "cv.pdf");
        assertEquals("application/pdf", e.mediaType());
        assertTrue(e.outcome() == ExtractionOutcome.CORRUPT || e.outcome() == ExtractionOutcome.EMPTY, e.outcome() + " " + e.reason());
    }
}
