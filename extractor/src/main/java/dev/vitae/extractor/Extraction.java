package dev.vitae.extractor;

import dev.vitae.schemas.TextLayout;

/**
 * What extraction of one file produced: an outcome, the detected media type, and text or a reason;
 * with the text, its layout when the format showed one (null otherwise).
 */
public record Extraction(ExtractionOutcome outcome, String mediaType, String text, TextLayout layout, String reason, Throwable cause) {

    public static Extraction ok(String mediaType, String text) {
        return ok(mediaType, text, null);
    }

    public static Extraction ok(String mediaType, String text, TextLayout layout) {
        return new Extraction(ExtractionOutcome.OK, mediaType, text, layout, null, null);
    }

    public static Extraction failed(ExtractionOutcome outcome, String mediaType, String reason, Throwable cause) {
        return new Extraction(outcome, mediaType, null, null, reason, cause);
    }

    public boolean isOk() {
        return outcome == ExtractionOutcome.OK;
    }
}
