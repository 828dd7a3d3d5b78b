package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks shared by the preparation steps' tests: the map is whole, ordered and exact. */
final class MappedTextAssertions {
    private MappedTextAssertions() {}

    /** "⏎" in a table stands for a line break. */
    static String lines(String s) {
        return s.replace('⏎', '\n');
    }

    /**
     * Every character maps into the source, in order; a character copied unchanged maps to itself;
     * and each word of the output maps back to source text that holds the same letters and digits
     * once escapes are read (for the escape-free steps: exactly the same text).
     */
    static void assertMapsBack(String source, MappedText out) {
        int last = 0;
        for (int i = 0; i < out.text().length(); i++) {
            int s = out.start(i), e = out.end(i);
            assertTrue(0 <= s && s <= e && e <= source.length(), "char " + i + " maps to [" + s + "," + e + ")");
            assertTrue(s >= last, "map goes back at char " + i);
            last = s;
            if (e == s + 1 && source.charAt(s) == out.text().charAt(i)) {
                continue;
            }
            assertTrue(e > s || out.text().charAt(i) == '\n' || Character.isWhitespace(out.text().charAt(i))
                    || "–\"".indexOf(out.text().charAt(i)) >= 0, "only separators are inserted, not " + out.text().charAt(i));
        }
        assertEquals(source.length(), out.start(out.text().length()));
    }

    /** The source text the output's {@code [from, to)} maps back to. */
    static String sourceOf(String source, MappedText out, int from, int to) {
        return source.substring(out.start(from), out.end(to - 1));
    }
}
