package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A schema change must keep old records readable by new readers and new records readable by old
 * readers (full compatibility), and every current schema must be released in schema-history.
 */
class SchemaCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(ExtractedText.getClassSchema(), ResumeProfile.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void currentSchemaIsReleased(Schema current) {
        List<Schema> released = SchemaHistory.released(current);
        assertFalse(released.isEmpty(), "no schema-history for " + current.getName());
        long fp = SchemaNormalization.parsingFingerprint64(current);
        assertTrue(released.stream().anyMatch(s -> SchemaNormalization.parsingFingerprint64(s) == fp),
                current.getName() + " changed: add it as the next schema-history/" + current.getName() + "/vN.avsc");
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void everyReleasedVersionIsFullyCompatible(Schema current) {
        for (Schema old : SchemaHistory.released(current)) {
            assertCompatible(current, old, "new reader, old writer");
            assertCompatible(old, current, "old reader, new writer");
        }
    }

    @org.junit.jupiter.api.Test
    void detectsABreakingChange() {
        Schema old = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema breaking = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"b\",\"type\":\"string\"}]}");
        assertEquals(SchemaCompatibilityType.INCOMPATIBLE,
                SchemaCompatibility.checkReaderWriterCompatibility(breaking, old).getType());
    }

    private static void assertCompatible(Schema reader, Schema writer, String what) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
                () -> what + ": " + result.getResult().getIncompatibilities());
    }
}
