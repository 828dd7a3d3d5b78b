package dev.vitae.enricher.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeTokenizerTest {

    /** Segments as "tok tok | tok": tokens joined by a space, segments by " | "; the text uses \n for a line break. */
    private static String render(String text) {
        List<String> out = new ArrayList<>();
        for (ResumeTokenizer.Segment s : ResumeTokenizer.segments(text)) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                tokens.add(s.tokens()[i]);
            }
            out.add(String.join(" ", tokens));
        }
        return String.join(" | ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Software Engineer - Disney;Software Engineer - Disney",
        "PHP Web Developer  AMD, Inc., San Angelo, TX  July 2006;PHP Web Developer | AMD , Inc . , San Angelo , TX | July 2006",
        "Title\\nAcme Corp\\n\\n2019;Title | Acme Corp | 2019",
        "\\xe2\\x80\\xa2Managed teams\\xe2\\x80\\xa2 Led QA;Managed teams | Led QA",
        "Worked at Soci\\xc3\\xa9t\\xc3\\xa9 G\\xc3\\xa9n\\xc3\\xa9rale;Worked at Société Générale",
        "Sales \\xe2\\x80\\x94 Macy's;Sales — Macy ' s",
        "• Tester at Infosys ➢ Pune;Tester at Infosys | Pune",
        "Lead\\tQA;Lead | QA",
        "a\\xc2\\xa0b;a b",
        "a\\x01b;a | b",
        "C++ and C#;C + + and C #",
        "東京大学 卒業;東京大学 卒業",
        "tail \\x;tail \\ x",
        "| Company | Acme Corp |;Company | Acme Corp",
        "| ------- | --- |;",
        "Skills.........Java;Skills | Java",
        "Pune -- India;Pune - - India"})
    void splitsEscapesBulletsAndLines(String text, String expected) {
        assertEquals(expected == null ? "" : expected, render(unescape(text))); // an empty cell reads as null
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PHP Web Developer  AMD, Inc., San Angelo, TX",
        "\\xe2\\x80\\xa2 Soci\\xc3\\xa9t\\xc3\\xa9 \\xe2\\x80\\x9cGlobal\\xe2\\x80\\x9d Ltd",
        "Title\\n\\nAcme\\r\\nCorp  •  2019 – Present",
        "𝐀𝐜𝐦𝐞 Corp 😀 Ltd"})
    void offsetsPointIntoTheOriginalText(String escaped) {
        String text = unescape(escaped);
        int last = -1;
        for (ResumeTokenizer.Segment s : ResumeTokenizer.segments(text)) {
            for (int i = 0; i < s.size(); i++) {
                String raw = text.substring(s.starts()[i], s.ends()[i]);
                String token = s.tokens()[i];
                // a token's text is its raw text, unless a byte escape was decoded into it
                if (!raw.contains("\\x")) {
                    assertEquals(raw, token, escaped);
                }
                assertEquals(true, s.starts()[i] > last, "tokens in order: " + escaped);
                last = s.ends()[i] - 1;
            }
        }
    }

    /** CSV cells write a line break as \n and a tab as \t, and keep \x escapes literal. */
    private static String unescape(String cell) {
        return cell.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
