package dev.vitae.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Plain JSON for Avro records: the same field names and shape, with nullable unions written as the
 * value itself (not Avro's {"string": …} wrapping) and timestamps as ISO-8601. This is the profile
 * JSON of {@code vitae parse}, the store and the query API.
 */
public final class ProfileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toTree(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field f : record.getSchema().getFields()) {
            node.set(f.name(), value(record.get(f.pos())));
        }
        return node;
    }

    public static String toJson(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toTree(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof IndexedRecord r) {
            return toTree(r);
        } else if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            c.forEach(x -> a.add(value(x)));
            return a;
        } else if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode(d.longValue()) : NODES.numberNode(d);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        } else if (v instanceof GenericEnumSymbol<?> e) {
            return NODES.textNode(e.toString());
        }
        return NODES.textNode(v.toString());
    }
}
