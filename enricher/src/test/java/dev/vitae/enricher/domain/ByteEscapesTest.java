package dev.vitae.enricher.domain;

import static dev.vitae.enricher.domain.MappedTextAssertions.assertMapsBack;
import static dev.vitae.enricher.domain.MappedTextAssertions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteEscapesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\\xe2\\x80\\xa2 Java|• Java",
        "R\\xc3\\xa9sum\\xc3\\xa9|Résumé",
        "\\xef\\x82\\xa7  Oracle|\uF0A7  Oracle",
        "PERSONAL\\xc3\\x82\\xc2\\xa0SKILLS|PERSONAL\u00A0SKILLS",           // decoded twice over: repaired
        "women\\xc3\\xa2\\xc2\\x80\\xc2\\x99s rights|women’s rights",
        "\\xe2\\x80\\x9cStudent of the Year\\xe2\\x80\\x9d|“Student of the Year”",
        "I\\'m \\xe2\\x80\\x94 ok|I'm — ok",                                 // \\' is an escape in an escaped text
        "OBJECTIVE:\\t\\t Teach \\xe2\\x80\\xa2|OBJECTIVE:\t\t Teach •",
        "\\x01 Analyzing \\xe2\\x80\\xa2|`\u0001 Analyzing •`",                // single bytes decode too
        "caf\\xc3\\xa9 \\xff\\xfe end|café \\xff\\xfe end",                  // not UTF-8: kept as written
        "emoji \\xf0\\x9f\\x98\\x80 ok|emoji \uD83D\uDE00 ok"})
    void escapedTextIsDecoded(String in, String expected) {
        MappedText out = ByteEscapes.decode(in);
        assertEquals(expected, out.text());
        assertMapsBack(in, out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain text",
        "printf(\"\\x41\\n\") in C",     // ASCII escapes in code: not an escaped text
        "a path C:\\temp\\new",
        "I\\'m fine",
        "\\xe2 alone"})
    void textWithoutEscapedUtf8IsLeftAlone(String in) {
        assertNull(ByteEscapes.decode(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "R\\xc3\\xa9sum\\xc3\\xa9 here|Résumé|R\\xc3\\xa9sum\\xc3\\xa9",
        "\\xe2\\x80\\xa2 Java|•|\\xe2\\x80\\xa2",
        "\\xe2\\x80\\xa2 Java|Java|Java",
        "women\\xc3\\xa2\\xc2\\x80\\xc2\\x99s|women’s|women\\xc3\\xa2\\xc2\\x80\\xc2\\x99s"})
    void spansMapBackToTheEscapesTheyCameFrom(String in, String word, String original) {
        MappedText out = ByteEscapes.decode(in);
        int at = out.text().indexOf(word);
        assertEquals(original, sourceOf(in, out, at, at + word.length()));
    }
}
