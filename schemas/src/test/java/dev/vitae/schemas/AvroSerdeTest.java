package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private final AvroSerde<ExtractedText> serde = new AvroSerde<>(ExtractedText.class);

    private static ExtractedText sample() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return ExtractedText.newBuilder()
                .setDocumentId(DocumentIds.of("x".getBytes(StandardCharsets.UTF_8)))
                .setFileName("cv.pdf").setMediaType("application/pdf").setLanguage("en")
                .setText("Jane Doe\nEngineer").setExtractorVersion("0.1.0")
                .setUploadedAt(now).setExtractedAt(now).build();
    }

    @Test
    void writesSingleObjectEncodingAndReadsItBack() {
        byte[] bytes = serde.encode(sample());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        assertEquals(sample().getText(), serde.decode(bytes).getText());
    }

    @Test
    void aRecordWrittenWithV1DecodesWithoutLayout() throws Exception {
        Schema v1 = SchemaHistory.released(ExtractedText.getClassSchema()).get(0);
        GenericRecord old = new GenericData.Record(v1);
        old.put("documentId", "d");
        old.put("mediaType", "text/plain");
        old.put("text", "Jane Doe");
        old.put("extractorVersion", "0.1.0");
        old.put("uploadedAt", 1L);
        old.put("extractedAt", 2L);
        var buf = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        ExtractedText read = serde.decode(bytes);
        assertEquals("Jane Doe", read.getText());
        assertEquals(null, read.getLayout());
    }

    @Test
    void layoutRoundTrips() {
        TextLayout layout = TextLayout.newBuilder()
                .setPages(List.of(new LayoutPage(595, 842)))
                .setLines(List.of(LayoutLine.newBuilder().setStart(0).setLength(8).setPage(0).setColumn(0).setFontSize(140)
                        .setBold(true).setItalic(false).setHeading(0).setBox(new LayoutBox(56, 40, 80, 14)).build()))
                .setCells(List.of(new LayoutCell(0, 0, 1, 9, 8))).build();
        ExtractedText withLayout = ExtractedText.newBuilder(sample()).setLayout(layout).build();
        assertEquals(layout, serde.decode(serde.encode(withLayout)).getLayout());
    }

    @Test
    void garbageGetsASerializationExceptionNamingTheProblem() {
        var e = assertThrows(SerializationException.class, () -> serde.decode(new byte[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("single-object"), e.getMessage());
    }

    @Test
    void profileJsonWritesUnionsAsPlainValues() throws Exception {
        var tree = ProfileJson.toTree(sample());
        assertEquals("cv.pdf", tree.get("fileName").asText());
        assertTrue(tree.get("uploadedAt").isTextual());
    }

    @Test
    void documentIdIsSha256Hex() {
        assertEquals("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
                DocumentIds.of("x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(DocumentIds.isValid(DocumentIds.of(new byte[0])));
        assertArrayEquals(new byte[0], new byte[0]);
    }
}
