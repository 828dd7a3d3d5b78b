package dev.vitae.schemas;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Caps and sanitises values that a client chose and that travel on as record headers, so a hostile
 * upload cannot make a header unbounded or smuggle control characters into logs and pages.
 * <p>
 * A file name keeps only its last path segment (either separator), is NFC-normalised, loses every
 * control and Unicode format character (bidi overrides, zero-width joiners) and surrounding blanks,
 * and is cut to {@link #MAX_FILE_NAME_BYTES} UTF-8 bytes at a code-point boundary, keeping a short
 * extension. What is left empty, {@code .} or {@code ..} becomes {@link #FALLBACK_FILE_NAME}. A source
 * is cleaned the same way and cut to {@link #MAX_SOURCE_BYTES}.
 * <p>
 * Front doors clean and cap what they send ({@code Uploads.record}); the extractor, which also reads
 * records from any Kafka producer, refuses a record whose upload header is over its cap
 * ({@link #overCap}: dead-lettered, not cut, so the sender sees why) and cleans what it passes on.
 */
public final class HeaderValues {
    /** The common file-system limit for one name; far above any real résumé's name. */
    public static final int MAX_FILE_NAME_BYTES = 255;
    /** Longest extension (dot included) kept when a name is cut. */
    private static final int MAX_EXTENSION_CHARS = 10;
    public static final String FALLBACK_FILE_NAME = "upload";
    /** Longest {@code vitae.source}: a front door's name ({@code cli}, {@code http}), not free text. */
    public static final int MAX_SOURCE_BYTES = 64;
    /** Longest {@code vitae.content.type}: a media type's type and subtype are at most 127 characters each (RFC 6838). */
    public static final int MAX_CONTENT_TYPE_BYTES = 255;
    /** The upload headers the pipeline reads or carries on, with the most bytes each may have. */
    public static final Map<String, Integer> UPLOAD_HEADER_CAPS = Map.of(
            VitaeHeaders.FILE_NAME, MAX_FILE_NAME_BYTES,
            VitaeHeaders.SOURCE, MAX_SOURCE_BYTES,
            VitaeHeaders.CONTENT_TYPE, MAX_CONTENT_TYPE_BYTES);

    private HeaderValues() {}

    public static String fileName(String submitted) {
        if (submitted == null) {
            return FALLBACK_FILE_NAME;
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        name = stripUnsafe(Normalizer.normalize(name, Normalizer.Form.NFC)).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK_FILE_NAME;
        }
        if (utf8Length(name) <= MAX_FILE_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= MAX_EXTENSION_CHARS ? name.substring(dot) : "";
        return cap(name.substring(0, name.length() - ext.length()), MAX_FILE_NAME_BYTES - utf8Length(ext)) + ext;
    }

    /** A source cleaned as a file name is and cut to {@link #MAX_SOURCE_BYTES}; null stays null. */
    public static String source(String submitted) {
        return submitted == null ? null : cap(stripUnsafe(Normalizer.normalize(submitted, Normalizer.Form.NFC)).strip(), MAX_SOURCE_BYTES);
    }

    /**
     * Why {@code headers} cannot be taken: the first upload header (any of its occurrences) over its
     * cap in {@link #UPLOAD_HEADER_CAPS}, or null when every one is within its cap.
     */
    public static String overCap(Headers headers) {
        for (Header h : headers) {
            Integer cap = UPLOAD_HEADER_CAPS.get(h.key());
            if (cap != null && h.value() != null && h.value().length > cap) {
                return "header " + h.key() + " is " + h.value().length + " bytes; the limit is " + cap;
            }
        }
        return null;
    }

    /** Drops control characters (C0, DEL, C1) and format characters (Unicode category Cf). */
    static String stripUnsafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that ends on a code point. */
    public static String cap(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = utf8Length(new String(Character.toChars(cp)));
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
