package dev.vitae.enricher.domain;

/**
 * Folds the glyphs PDF and word-processor exports use for bullets and separators into the few forms
 * the readings know, one character for one:
 * <ul>
 *   <li>bullets → "•": symbol-font bullets in the private use area (U+F0A7, U+F0B7…), control
 *       characters a symbol font left behind, ♦ ❖ ➢ ➤ ► ✓ ✔ ‣ ⁃ ∙ ⦁ and a middot "·" that starts a
 *       line or a field;</li>
 *   <li>dashes → "–" (‒ ― ⎯ ─) or "-" (the in-word hyphens ‐ ‑); pipes → "|" (│ ┃ ¦ ∣ ‖);
 *       middots → "·" (⋅ ‧);</li>
 *   <li>invisible characters (zero-width space, byte order mark, soft hyphen, object replacement
 *       character) are dropped.</li>
 * </ul>
 * The bullets the readings already know (• ● ▪ ◦ ■ ○ ・) and every other character stay as they are.
 */
final class Glyphs {
    private Glyphs() {}

    /** The folded text mapped to {@code s}, or null when nothing needs folding. */
    static MappedText normalise(String s) {
        int first = firstToFold(s);
        if (first < 0) {
            return null;
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        out.copy(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = c == '·' ? (startsField(s, i) ? '•' : c) : fold(c);
            if (f != 0) {
                out.append(f, i, i + 1);
            }
        }
        return out.build();
    }

    private static int firstToFold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x80) || (c >= 0x3000 && c < 0xF000)) {
                continue; // printable ASCII, CJK and Hangul: the bulk of any text, never folded
            }
            if (c == '·' ? startsField(s, i) : fold(c) != c) {
                return i;
            }
        }
        return -1;
    }

    /** The folded form of {@code c}; 0 to drop it. */
    static char fold(char c) {
        if (c < 0x80) {
            return c < 0x20 && !Character.isWhitespace(c) ? '•' : c; // a symbol font's bullet left as a control byte
        }
        if (c <= 0x9F || (c >= 0xF000 && c <= 0xF0FF)) { // C1 controls, symbol-font private use
            return '•';
        }
        return switch (c) {
            case '♦', '❖', '➢', '➤', '►', '✓', '✔', '‣', '⁃', '∙', '⦁', '⮚' -> '•';
            case '‒', '―', '⎯', '─' -> '–';
            case '‐', '‑' -> '-';
            case '│', '┃', '¦', '∣', '‖' -> '|';
            case '⋅', '‧' -> '·';
            case '\u200B', '\uFEFF', '\u00AD', '\uFFFC', '\u2060' -> 0;
            default -> c;
        };
    }

    /** A middot followed by a space at the start of a line, or after a gap of 2+ spaces, is a bullet. */
    private static boolean startsField(String s, int i) {
        if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
            return false;
        }
        int spaces = 0;
        int p = i - 1;
        while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p--;
            spaces++;
        }
        return p < 0 || s.charAt(p) == '\n' || spaces >= 2;
    }
}
