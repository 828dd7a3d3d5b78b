package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderValuesTest {
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("cv.pdf", "cv.pdf"),
                Arguments.of("  Jane Doe – CV.docx ", "Jane Doe – CV.docx"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("C:\\Users\\jane\\cv.pdf", "cv.pdf"),
                Arguments.of("cv\r\nX-Injected: 1.pdf", "cvX-Injected: 1.pdf"),
                Arguments.of("evil\u202Efdp.exe", "evilfdp.exe"), // a right-to-left override that would show "exe.pdf"
                Arguments.of("zero\u200Bwidth.pdf", "zerowidth.pdf"),
                Arguments.of("e\u0301.pdf", "\u00e9.pdf"), // NFC
                Arguments.of("履歴書.pdf", "履歴書.pdf"),
                Arguments.of("", "upload"),
                Arguments.of(null, "upload"),
                Arguments.of("dir/", "upload"),
                Arguments.of("..", "upload"),
                Arguments.of("\u0000\u0007", "upload"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void fileNamesAreSanitised(String submitted, String expected) {
        assertEquals(expected, HeaderValues.fileName(submitted));
    }

    @ParameterizedTest
    @MethodSource("longNames")
    void longNamesAreCutOnACodePointAndKeepTheirExtension(String submitted, String extension) {
        String name = HeaderValues.fileName(submitted);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= HeaderValues.MAX_FILE_NAME_BYTES, name);
        assertTrue(name.endsWith(extension), name);
        assertEquals(name, new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "no broken code point");
    }

    static Stream<Arguments> longNames() {
        return Stream.of(
                Arguments.of("a".repeat(1 << 20) + ".pdf", ".pdf"), // the 1 MiB header of the adversarial run
                Arguments.of("履".repeat(200) + ".docx", ".docx"),
                Arguments.of("😀".repeat(100), "😀"),
                Arguments.of("x".repeat(300) + "." + "y".repeat(40), "x")); // no extension that long is kept
    }

    @ParameterizedTest
    @MethodSource("caps")
    void overCapNamesTheFirstUploadHeaderOverItsCap(String header, int bytes, String expected) {
        org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        headers.add(VitaeHeaders.FILE_NAME, "cv.pdf".getBytes(StandardCharsets.UTF_8));
        headers.add(header, new byte[bytes]);
        assertEquals(expected, HeaderValues.overCap(headers));
    }

    static Stream<Arguments> caps() {
        return Stream.of(
                Arguments.of(VitaeHeaders.FILE_NAME, 255, null),
                Arguments.of(VitaeHeaders.FILE_NAME, 256, "header vitae.file.name is 256 bytes; the limit is 255"),
                Arguments.of(VitaeHeaders.SOURCE, 64, null),
                Arguments.of(VitaeHeaders.SOURCE, 65, "header vitae.source is 65 bytes; the limit is 64"),
                Arguments.of(VitaeHeaders.CONTENT_TYPE, 256, "header vitae.content.type is 256 bytes; the limit is 255"),
                Arguments.of("some.other.header", 1 << 20, null)); // not carried on, so not capped
    }

    @ParameterizedTest
    @MethodSource("sources")
    void sourcesAreCleanedAndCapped(String submitted, String expected) {
        assertEquals(expected, HeaderValues.source(submitted));
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("cli", "cli"),
                Arguments.of(" http\r\n", "http"),
                Arguments.of("x".repeat(100), "x".repeat(64)),
                Arguments.of(null, null));
    }
}
