package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonResumeUploadTest {
    private final TextExtractor extractor = new TextExtractor();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // a JSON Resume document, even with HTML in a summary (Tika would take it for a web page and strip it)
        "resume.json >> {\"basics\": {\"name\": \"Alex Example\", \"summary\": \"<html><body>hi</body></html>\"}} >> OK >> application/json",
        "resume.json >> \uFEFF  {\"work\": [{\"name\": \"Northwind\"}],} >> OK >> application/json",
        // JSON that is no JSON Resume, or no JSON at all under a .json name: dead-lettered with the reason
        "data.json >> {\"name\": \"Alex\", \"items\": [1, 2]} >> UNSUPPORTED_TYPE >> application/json",
        "resume.json >> {\"basics\": {\"name\": \"Alex\"  >> CORRUPT >> application/json",
        // a brace that opens no JSON, in a file not named JSON, is left to Tika; RTF is RTF
        "notes.txt >> {draft} Alex Example, engineer >> OK >> text/plain",
        "cv.rtf >> {\\rtf1\\ansi Alex Example\\par} >> OK >> application/rtf"})
    void aJsonResumeIsItsOwnUploadType(String name, String content, ExtractionOutcome outcome, String mediaType) {
        Extraction e = extractor.extract(content.getBytes(StandardCharsets.UTF_8), name);
        assertEquals(outcome, e.outcome(), e.reason());
        assertTrue(e.mediaType().startsWith(mediaType), e.mediaType());
        if (outcome == ExtractionOutcome.OK && mediaType.equals("application/json")) {
            assertEquals(TextExtractor.clean(content), e.text()); // the file's own text: evidence offsets point into the JSON
        } else if (outcome != ExtractionOutcome.OK) {
            assertTrue(e.reason().contains("JSON"), e.reason());
        }
    }
}
