package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aTwoColumnPdfComesOutColumnByColumnNotInterleaved() throws Exception {
        List<String> sidebar = List.of("SKILLS", "Java", "Kotlin", "PostgreSQL", "Kubernetes", "LANGUAGES", "English", "German");
        List<String> main = List.of("EXPERIENCE", "Senior Engineer | Acme Inc. | Jan 2020 - Present",
                "- Led the payments team of 6 engineers", "- Cut p99 latency by 40% with caching",
                "Engineer | Globex GmbH | 2016 - 2019", "- Built the billing service in Kotlin",
                "- Migrated 12 services to Kubernetes", "EDUCATION", "B.Sc. Computer Science, TU Berlin");
        Extraction e = extractor.extract(HostileFiles.twoColumnPdf(sidebar, main), "two-column.pdf");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        String text = e.text();
        assertTrue(text.contains(String.join("\n", main)), "main column in reading order:\n" + text);
        assertTrue(text.contains(String.join("\n", sidebar)), "sidebar in reading order:\n" + text);
    }

    @Test
    void aSingleColumnPdfIsUnchanged() throws Exception {
        Extraction e = extractor.extract(HostileFiles.pdf("Jane Doe", "Senior Engineer at Acme Inc.", "Built things"), "one.pdf");
        assertEquals("Jane Doe\nSenior Engineer at Acme Inc.\nBuilt things", e.text());
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
