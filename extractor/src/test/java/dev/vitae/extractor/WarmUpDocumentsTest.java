package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser child's warm-up documents ship in the jar unchanged (resource filtering once turned the
 * DOCX into nothing) and go through the parsers a real upload of their format takes.
 */
class WarmUpDocumentsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"resume.pdf, PDF", "resume.docx, DOCX", "resume.html, HTML"})
    void eachWarmUpDocumentParsesAsItsFormat(String name, String format) throws Exception {
        assertTrue(ParseWorker.WARM_UP_DOCUMENTS.contains(name));
        byte[] bytes;
        try (InputStream in = ParseWorker.class.getResourceAsStream("warmup/" + name)) {
            assertNotNull(in, "warmup/" + name + " is on the classpath");
            bytes = in.readAllBytes();
        }
        try (TextExtractor x = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT)) {
            Extraction e = x.extract(bytes, name);
            assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
            assertTrue(e.text().length() > 500, "a whole résumé's text: " + e.text().length() + " characters");
            assertTrue(e.mediaType().toUpperCase().contains(format.equals("DOCX") ? "WORDPROCESSINGML" : format), e.mediaType());
        }
    }
}
