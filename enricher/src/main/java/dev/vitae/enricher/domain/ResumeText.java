package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The extracted text prepared for matching, with a map back to the original offsets so that every
 * piece of evidence points into the text the extractor produced.
 *
 * <p>Preparation runs in steps, each mapped to the text before it: literal byte escapes are decoded
 * ({@link ByteEscapes}), HTML tags in a Markdown or plain text read as a browser shows them ({@link MarkupTags}),
 * bullet and separator glyphs folded ({@link Glyphs}), a flattened text given
 * its line breaks back, or a line-structured one the breaks a PDF joined inside a line
 * ({@link LineBreakRestorer}); then full-width ASCII becomes ASCII, and a line
 * break inside a CJK sentence (PDFs wrap Japanese and Chinese lines mid-word) is removed, so
 * "…提示した上で⏎タスクを…" reads as one sentence. A break is kept when the line is short (a
 * heading), ends a sentence, or the next line starts a bullet or heading. A text none of the steps
 * changes is its own map.
 */
public final class ResumeText {
    private static final int MIN_WRAPPED_LINE = 20;

    private final String original;
    private final String text;
    private final MappedText toOriginal;
    private final List<Line> lines;

    /** One line of the prepared text: [start, end) offsets into {@link #text()}, without the newline. */
    public record Line(int index, int start, int end, String content) {
        public String trimmed() {
            return content.strip();
        }

        public boolean isBlank() {
            return content.isBlank();
        }
    }

    public ResumeText(String original) {
        this.original = original;
        MappedText prepared = then(then(then(then(then(ByteEscapes.decode(original), MarkupTags::strip), Glyphs::normalise), LabelColumns::split),
                SplitRanges::join),
                s -> LineBreakRestorer.isFlattened(s) ? LineBreakRestorer.restore(s) : LineBreakRestorer.breakJoinedLines(s));
        String base = prepared == null ? original : prepared.text();
        MappedText folded = isPlain(base) ? null : foldAndJoin(base); // nothing to fold, no CJK to join
        this.toOriginal = folded == null ? prepared : prepared == null ? folded : folded.through(prepared);
        this.text = toOriginal == null ? original : toOriginal.text();
        this.lines = splitLines(text);
    }

    /** Applies {@code step} to the text so far ({@code sofar}, or the original when null), composing maps. */
    private MappedText then(MappedText sofar, java.util.function.Function<String, MappedText> step) {
        MappedText next = step.apply(sofar == null ? original : sofar.text());
        return next == null ? sofar : sofar == null ? next : next.through(sofar);
    }

    private static MappedText foldAndJoin(String base) {
        MappedText.Builder out = new MappedText.Builder(base.length());
        String[] raw = base.split("\n", -1);
        int wrapWidth = wrapWidth(raw);
        int pos = 0;
        for (int li = 0; li < raw.length; li++) {
            String line = raw[li];
            for (int i = 0; i < line.length(); i++) {
                out.append(fold(line.charAt(i)), pos + i, pos + i + 1);
            }
            pos += line.length();
            if (li < raw.length - 1) {
                if (!joinsNext(line, raw[li + 1], wrapWidth)) {
                    out.append('\n', pos, pos + 1);
                }
                pos++; // the newline in the original
            }
        }
        return out.build();
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3000 || c == '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' || c == '\u00A0' ? ' ' : c;
    }

    /**
     * The width at which a PDF wrapped its CJK lines: the 90th percentile of CJK line lengths. A line
     * much shorter than that ended on purpose (a header, a name), not at the margin.
     */
    private static int wrapWidth(String[] lines) {
        int[] lengths = java.util.Arrays.stream(lines).map(String::strip)
                .filter(l -> !l.isEmpty() && isCjk(l.charAt(l.length() - 1))).mapToInt(String::length).sorted().toArray();
        return lengths.length == 0 ? Integer.MAX_VALUE : lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    }

    private static boolean joinsNext(String line, String next, int wrapWidth) {
        String t = line.strip();
        if (t.length() < MIN_WRAPPED_LINE || t.length() < 0.8 * wrapWidth || next.isBlank() || t.startsWith("#")
                || !DateParser.ranges(t).isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = next.charAt(0);
        if ("。．！？!?:：」』)）".indexOf(last) >= 0) {
            return false;
        }
        return isCjk(last) && isCjk(first);
    }

    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0x3001 && c <= 0x3002);
    }

    private static List<Line> splitLines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Line(out.size(), start, i, text.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    public String original() {
        return original;
    }

    /** The prepared text that all matching runs on. */
    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Offset in the original text of offset {@code i} of the prepared text. */
    public int originalOffset(int i) {
        if (toOriginal == null) {
            return Math.max(0, Math.min(i, original.length()));
        }
        return toOriginal.start(Math.max(0, Math.min(i, text.length())));
    }

    /**
     * Offset in the original text just after the prepared text's {@code [.., end)}: the end of what its
     * last character was made from ("\xe2\x80\xa2" for a decoded "•").
     */
    public int originalEnd(int end) {
        if (end <= 0) {
            return originalOffset(0);
        }
        if (toOriginal == null) {
            return Math.min(end, original.length());
        }
        return toOriginal.end(Math.min(end, text.length()) - 1);
    }

    /** Index of the line that holds prepared-text offset {@code offset}. */
    public int lineAt(int offset) {
        int lo = 0, hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
