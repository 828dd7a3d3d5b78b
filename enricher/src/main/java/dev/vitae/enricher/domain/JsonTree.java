package dev.vitae.enricher.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree whose every value knows where it stands in the text: {@code [start,
 * end)} character offsets, a string's without its quotes. Built with Jackson's streaming parser
 * (read from a {@code String}, its locations are character offsets), so that what is read from a
 * JSON document can carry evidence pointing into it.
 */
record JsonTree(Object value, int start, int end) {
    /** Lenient where hand-edited files are: comments, trailing commas, raw tabs and line breaks inside strings. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER).build();

    /** The tree of {@code text}, or null when it is not one JSON value (or has text after it). */
    static JsonTree parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonTree tree = read(p);
            return p.nextToken() == null ? tree : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static JsonTree read(JsonParser p) throws IOException {
        int from = (int) p.currentTokenLocation().getCharOffset();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, JsonTree> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.putIfAbsent(name, read(p));
            }
            return new JsonTree(Collections.unmodifiableMap(fields), from, (int) p.currentLocation().getCharOffset());
        }
        if (t == JsonToken.START_ARRAY) {
            List<JsonTree> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p));
            }
            return new JsonTree(Collections.unmodifiableList(items), from, (int) p.currentLocation().getCharOffset());
        }
        String string = t == JsonToken.VALUE_STRING ? p.getText() : null; // read first: the parser reads a string lazily
        int to = (int) p.currentLocation().getCharOffset();
        return switch (t) {
            case VALUE_STRING -> new JsonTree(string, from + 1, to - 1);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonTree(p.getNumberValue(), from, to);
            case VALUE_TRUE, VALUE_FALSE -> new JsonTree(t == JsonToken.VALUE_TRUE, from, to);
            default -> new JsonTree(null, from, to);
        };
    }

    /** The field {@code name} of an object; null when this is no object or has no such field. */
    JsonTree get(String name) {
        return value instanceof Map<?, ?> m ? (JsonTree) m.get(name) : null;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    /** The items of an array; empty for anything else. */
    @SuppressWarnings("unchecked")
    List<JsonTree> items() {
        return value instanceof List<?> l ? (List<JsonTree>) l : List.of();
    }

    /** The field's string value, stripped; null when absent, blank or not a string. */
    String text(String name) {
        JsonTree f = get(name);
        return f != null && f.value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** Whether the text between this value's offsets is exactly its string (no escapes), so offsets inside it map one to one. */
    boolean isVerbatimIn(String text) {
        return value instanceof String s && end - start == s.length() && text.startsWith(s, start);
    }
}
