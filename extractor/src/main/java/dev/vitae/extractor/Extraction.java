package dev.vitae.extractor;

/** What extraction of one file produced: an outcome, the detected media type, and text or a reason. */
public record Extraction(ExtractionOutcome outcome, String mediaType, String text, String reason, Throwable cause) {

    public static Extraction ok(String mediaType, String text) {
        return new Extraction(ExtractionOutcome.OK, mediaType, text, null, null);
    }

    public static Extraction failed(ExtractionOutcome outcome, String mediaType, String reason, Throwable cause) {
        return new Extraction(outcome, mediaType, null, reason, cause);
    }

    public boolean isOk() {
        return outcome == ExtractionOutcome.OK;
    }
}
