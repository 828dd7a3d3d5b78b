package dev.vitae.extractor;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text in reading order when a page has two columns (a skills sidebar beside the experience
 * column, the layout résumé parsers most often garble). Per page, the glyphs' horizontal extents are
 * projected onto the x axis; a vertical gutter — a band at least {@value #MIN_GUTTER} points wide,
 * in the middle of the text, crossed by at most 5% of the lines, with text on both sides — splits
 * the page. Top to bottom, a line whose text runs across the gutter (a full-width heading or
 * paragraph) is written whole, in its place; between such lines, the left column's glyphs are
 * written before the right's. Every piece goes through PDFBox's own {@link PDFTextStripper#writePage}
 * (sorted by position), so words and lines are found exactly as on a single-column page: font space
 * widths that PDFBox reads wrong (OpenType subsets without a space glyph, as XeLaTeX and LuaLaTeX
 * embed them) are checked against the average glyph width there. Pages without a gutter are written
 * exactly as PDFBox writes them, so single-column layouts (right-aligned dates included, since
 * paragraphs cross the middle) are unchanged.
 *
 * <p>A glyph the PDF maps to a line or tab character is a painted space: a PDF positions its text
 * and has no tab stops or line breaks, but a generator that labels glyphs through the font's cmap
 * (macOS Quartz printing from Word) can name the space glyph U+0009 or U+000D, since fonts map those
 * to it too; Tika would then write a tab between words or one word per line. Such glyphs are
 * written as spaces (as poppler's pdftotext does), and their presence also makes this text replace
 * Tika's.
 */
final class ColumnAwarePdfText {
    private static final float MIN_GUTTER = 14f;
    private static final float LINE_TOLERANCE = 2.5f;
    /** Tab, line feed, vertical tab, form feed, carriage return, NEL, line and paragraph separators. */
    private static final Pattern CONTROL_GLYPH = Pattern.compile("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+");

    private ColumnAwarePdfText() {}

    /** The text of {@code pdf}, or null when Tika's text can be kept: no page had two columns and no glyph was a control character. */
    static String extract(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Stripper s = new Stripper();
            StringWriter out = new StringWriter();
            s.writeText(doc, out);
            return s.splitPages > 0 || s.controlGlyphs > 0 ? out.toString() : null;
        }
    }

    private static final class Stripper extends PDFTextStripper {
        int splitPages;
        int controlGlyphs;

        Stripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writePage() throws IOException {
            List<TextPosition> glyphs = new ArrayList<>();
            charactersByArticle.forEach(glyphs::addAll);
            Float gutter = gutter(glyphs);
            if (gutter == null) {
                super.writePage();
                return;
            }
            splitPages++;
            List<List<TextPosition>> page = new ArrayList<>(charactersByArticle);
            List<TextPosition> left = new ArrayList<>(), right = new ArrayList<>();
            for (List<TextPosition> line : lines(glyphs)) {
                if (crosses(line, gutter)) {
                    writePiece(left);
                    writePiece(right);
                    writePiece(line);
                    left.clear();
                    right.clear();
                } else {
                    for (TextPosition t : line) {
                        (t.getXDirAdj() + t.getWidthDirAdj() / 2 < gutter ? left : right).add(t);
                    }
                }
            }
            writePiece(left);
            writePiece(right);
            charactersByArticle.clear();
            charactersByArticle.addAll(page);
        }

        /** A word as PDFBox found it; line and tab characters in it came from glyphs, so they are spaces. */
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            String spaced = CONTROL_GLYPH.matcher(text).replaceAll(" ");
            if (!spaced.equals(text)) {
                controlGlyphs++;
            }
            if (separatorPending && lastWritten != null && !positions.isEmpty() && !cjkGap(lastWritten, positions.get(0))) {
                super.writeWordSeparator();
            }
            separatorPending = false;
            super.writeString(spaced, positions);
            lastWritten = positions.isEmpty() ? null : positions.get(positions.size() - 1);
        }

        private boolean separatorPending;
        private TextPosition lastWritten;

        /** PDFBox found a word gap; whether it is a space is decided when the next word is written. */
        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            separatorPending = false;
            lastWritten = null;
            super.writeLineSeparator();
        }

        /**
         * True for a gap beside Chinese or Japanese script narrower than half a space: the spacing a
         * typesetter adds between ideographs and Latin letters or digits, not a space in the text.
         */
        private static boolean cjkGap(TextPosition before, TextPosition after) {
            if (!cjk(before.getUnicode(), true) && !cjk(after.getUnicode(), false)) {
                return false;
            }
            float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
            return gap <= Math.max(before.getWidthOfSpace(), 1f) * 0.5f;
        }

        private static boolean cjk(String s, boolean last) {
            if (s == null || s.isEmpty()) {
                return false;
            }
            int c = last ? s.codePointBefore(s.length()) : s.codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        }

        /** Writes {@code glyphs} as PDFBox writes a page, then a blank line: columns are blocks apart. */
        private void writePiece(List<TextPosition> glyphs) throws IOException {
            if (glyphs.isEmpty()) {
                return;
            }
            charactersByArticle.clear();
            charactersByArticle.add(new ArrayList<>(glyphs));
            super.writePage();
            writeLineSeparator();
        }

        /** True when one run of {@code line} (glyphs closer than a gutter) spans the gutter's x. */
        private static boolean crosses(List<TextPosition> line, float gutter) {
            TextPosition start = line.get(0), prev = line.get(0);
            for (TextPosition t : line.subList(1, line.size())) {
                if (t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) >= MIN_GUTTER) {
                    if (start.getXDirAdj() < gutter && prev.getXDirAdj() + prev.getWidthDirAdj() > gutter) {
                        return true;
                    }
                    start = t;
                }
                prev = t;
            }
            return start.getXDirAdj() < gutter && prev.getXDirAdj() + prev.getWidthDirAdj() > gutter;
        }

        private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> lines = new ArrayList<>();
            List<TextPosition> current = null;
            float y = Float.NaN;
            for (TextPosition t : sorted) {
                if (current == null || Math.abs(t.getYDirAdj() - y) > LINE_TOLERANCE) {
                    current = new ArrayList<>();
                    lines.add(current);
                    y = t.getYDirAdj();
                }
                current.add(t);
            }
            lines.forEach(l -> l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
            return lines;
        }

        /** The x of a two-column page's gutter, or null. */
        private static Float gutter(List<TextPosition> glyphs) {
            if (glyphs.size() < 200) {
                return null;
            }
            float minX = Float.MAX_VALUE, maxX = 0;
            for (TextPosition t : glyphs) {
                minX = Math.min(minX, t.getXDirAdj());
                maxX = Math.max(maxX, t.getXDirAdj() + t.getWidthDirAdj());
            }
            List<List<TextPosition>> lines = lines(glyphs);
            int width = (int) Math.ceil(maxX - minX) + 1;
            int[] crossing = new int[width];
            for (List<TextPosition> line : lines) {
                // a line covers the x range between consecutive glyphs closer than a gutter
                TextPosition start = line.get(0), prev = line.get(0);
                for (TextPosition t : line.subList(1, line.size())) {
                    if (t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) >= MIN_GUTTER) {
                        mark(crossing, start.getXDirAdj() - minX, prev.getXDirAdj() + prev.getWidthDirAdj() - minX);
                        start = t;
                    }
                    prev = t;
                }
                mark(crossing, start.getXDirAdj() - minX, prev.getXDirAdj() + prev.getWidthDirAdj() - minX);
            }
            int allowed = Math.max(1, lines.size() / 20);
            int bestStart = -1, bestLen = 0;
            for (int x = (int) (width * 0.2), run = 0; x < width * 0.8; x++) {
                run = crossing[x] <= allowed ? run + 1 : 0;
                if (run > bestLen) {
                    bestLen = run;
                    bestStart = x - run + 1;
                }
            }
            if (bestLen < MIN_GUTTER) {
                return null;
            }
            float g = minX + bestStart + bestLen / 2f;
            long leftLines = lines.stream().filter(l -> l.get(0).getXDirAdj() < g).count();
            long rightLines = lines.stream().filter(l -> l.get(l.size() - 1).getXDirAdj() > g).count();
            return leftLines >= 5 && rightLines >= 5 ? g : null;
        }

        private static void mark(int[] crossing, float from, float to) {
            for (int x = Math.max(0, (int) from); x <= Math.min(crossing.length - 1, (int) to); x++) {
                crossing[x]++;
            }
        }
    }
}
