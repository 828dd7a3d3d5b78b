package dev.vitae.extractor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON Resume upload ({@code resume.json}, schema 1.0) as an upload type of its own, detected
 * from the bytes: UTF-8 text whose first character (after a byte-order mark and blanks) opens a
 * JSON object, RTF's "{\rtf" excepted. Such a file is not handed to Tika (its HTML detector takes a
 * summary holding "&lt;html&gt;" for a web page and strips the JSON); its text is the file's own text, so
 * that evidence offsets point into the JSON. It must parse (comments and trailing commas allowed,
 * as hand-edited files have them) and be a JSON Resume document — an object with a {@code basics}
 * object or a {@code work} array — or it is dead-lettered with the reason.
 */
final class JsonResumeUpload {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER).build());
    static final String MEDIA_TYPE = "application/json";

    private JsonResumeUpload() {}

    /** The file's text when its bytes open a JSON object in UTF-8; null otherwise. */
    static String jsonText(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n' || content[i] == '\r')) {
            i++;
        }
        if (i >= content.length || content[i] != '{' || startsWith(content, i, "{\\rtf")) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: leave it to Tika's charset detection
        }
    }

    /**
     * Reads a file {@link #jsonText} accepted; {@code clean} is the extractor's text normalisation.
     * Null when it does not parse and its name does not say JSON: a text that merely starts with a
     * brace is left to Tika.
     */
    static Extraction read(String json, String fileName, java.util.function.UnaryOperator<String> clean) {
        boolean named = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        String text = clean.apply(json);
        JsonNode root;
        try (JsonParser p = MAPPER.createParser(text)) {
            root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                return !named ? null : Extraction.failed(ExtractionOutcome.CORRUPT, MEDIA_TYPE, "malformed JSON: text after the closing brace at "
                        + p.currentLocation().offsetDescription(), null);
            }
        } catch (JsonProcessingException e) {
            return !named ? null : Extraction.failed(ExtractionOutcome.CORRUPT, MEDIA_TYPE, "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            return Extraction.failed(ExtractionOutcome.CORRUPT, MEDIA_TYPE, "unreadable JSON: " + e.getMessage(), e);
        }
        boolean basics = root != null && root.path("basics").isObject(), work = root != null && root.path("work").isArray();
        if (!basics && !work) {
            return Extraction.failed(ExtractionOutcome.UNSUPPORTED_TYPE, MEDIA_TYPE,
                    "JSON, but not a JSON Resume document (schema 1.0 wants a \"basics\" object or a \"work\" array)", null);
        }
        return Extraction.ok(MEDIA_TYPE, text);
    }

    private static boolean startsWith(byte[] content, int at, String ascii) {
        if (content.length - at < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (content[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
