package dev.vitae.extractor;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
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
 * exactly as PDFBox writes them, so single-column layouts (right-aligned dates included, when
 * paragraphs cross the middle) are unchanged. A gutter beside margin notes is no column split: when
 * the lighter side holds short blocks (a date, a place, a date wrapped once) that mostly start on a
 * baseline of the other side, as dates right-aligned on a title line or a narrow date column left of
 * each role do, the page is written whole, sorted by position, so each note stays on its line; this
 * text then replaces Tika's, which follows the drawing order and can put every date first or last.
 *
 * <p>A glyph the PDF maps to a line or tab character is a painted space: a PDF positions its text
 * and has no tab stops or line breaks, but a generator that labels glyphs through the font's cmap
 * (macOS Quartz printing from Word) can name the space glyph U+0009 or U+000D, since fonts map those
 * to it too; Tika would then write a tab between words or one word per line. Such glyphs are
 * written as spaces (as poppler's pdftotext does), and their presence also makes this text replace
 * Tika's.
 *
 * <p>Each line written is also handed to a {@link TextLayoutBuilder} with its geometry: the union of
 * its glyphs' boxes (points from the page's top left), the font size most of its glyphs have, whether
 * most of them are in a bold or italic font (by the font's name or descriptor), and its column (1 for
 * the right column of a split page, else 0).
 */
final class ColumnAwarePdfText {
    private static final float MIN_GUTTER = 14f;
    private static final float LINE_TOLERANCE = 2.5f;
    /** A page is split into columns only with this many glyphs, and this many lines each side of the gutter. */
    private static final int MIN_COLUMN_GLYPHS = 200, MIN_COLUMN_LINES = 5;
    /** Lines of a side further apart than this many ems (of the larger font) are separate blocks. */
    private static final float NOTE_LINE_PITCH = 1.8f;
    /** The most lines a block of margin notes has on average (a date wrapped once). */
    private static final float NOTE_BLOCK_LINES = 2.5f;
    /** The widest the notes' side is, as a share of the other side's width (a sidebar is wider). */
    private static final float NOTE_WIDTH = 0.6f;
    /** The least share of note blocks that start on a baseline of the other side. */
    private static final float NOTE_SHARED = 0.7f;
    /** Tab, line feed, vertical tab, form feed, carriage return, NEL, line and paragraph separators. */
    private static final Pattern CONTROL_GLYPH = Pattern.compile("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+");

    private ColumnAwarePdfText() {}

    /** The text of {@code pdf}, or null when Tika's text can be kept: no page had two columns or margin notes, and no glyph was a control character. */
    static String extract(byte[] pdf) throws IOException {
        return extract(pdf, null);
    }

    /** As {@link #extract(byte[])}, handing every line written to {@code layout} when it is not null. */
    static String extract(byte[] pdf, TextLayoutBuilder layout) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Stripper s = new Stripper(layout);
            StringWriter out = new StringWriter();
            s.writeText(doc, out);
            return s.splitPages > 0 || s.notePages > 0 || s.controlGlyphs > 0 ? out.toString() : null;
        }
    }

    private static final class Stripper extends PDFTextStripper {
        private static final int BOLD = 1, ITALIC = 2;
        private static final Pattern BOLD_NAME = Pattern.compile("(?i)bold|black|heavy|semibold|demi|w[6-9]\\b");
        /** Words further apart than this many ems are separate runs of a line. */
        private static final float RUN_GAP = 1.5f;
        private static final Pattern ITALIC_NAME = Pattern.compile("(?i)italic|oblique|kursiv");

        int splitPages;
        /** Pages with a gutter beside margin notes (dates beside titles), written whole. */
        int notePages;
        int controlGlyphs;
        private final TextLayoutBuilder layout;
        /** A word as written, and whether a space was written before it. */
        private record Word(String text, List<TextPosition> glyphs, boolean spaceBefore) {}

        private final List<Word> lineWords = new ArrayList<>();
        private final Map<PDFont, Integer> fontStyles = new IdentityHashMap<>();
        private int pageIndex;
        private int column;

        Stripper(TextLayoutBuilder layout) throws IOException {
            this.layout = layout;
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            if (layout != null) {
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                pageIndex = layout.page(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight());
            }
            column = 0;
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            endLine();
            super.writeParagraphEnd();
        }

        /**
         * Hands the line written since the last separator to the layout: each run of its words closer
         * than {@value #RUN_GAP} em (a date pushed to the right margin, a label beside its value is a
         * run of its own), with its geometry and style.
         */
        private void endLine() {
            if (layout != null && !lineWords.isEmpty()) {
                int from = 0;
                for (int i = 1; i <= lineWords.size(); i++) {
                    if (i == lineWords.size() || gap(lineWords.get(i - 1), lineWords.get(i)) > RUN_GAP) {
                        run(lineWords.subList(from, i));
                        from = i;
                    }
                }
            }
            lineWords.clear();
        }

        /** The gap between two words, in ems of the first one's last glyph. */
        private static float gap(Word before, Word after) {
            TextPosition a = before.glyphs().get(before.glyphs().size() - 1), b = after.glyphs().get(0);
            return (b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj())) / Math.max(1f, a.getFontSizeInPt());
        }

        private void run(List<Word> words) {
            StringBuilder text = new StringBuilder();
            float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = -Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
            int bold = 0, italic = 0, counted = 0;
            int[] sizes = new int[4], counts = new int[4]; // font sizes in tenths of a point and their glyph counts; a line has few
            int distinct = 0;
            for (Word w : words) {
                if (w.spaceBefore() && text.length() > 0) {
                    text.append(getWordSeparator());
                }
                text.append(w.text());
                for (TextPosition t : w.glyphs()) {
                    float size = t.getFontSizeInPt();
                    left = Math.min(left, t.getXDirAdj());
                    right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                    // PDFBox's glyph height is often far below the cap height: 0.7 em is nearer what one sees
                    top = Math.min(top, t.getYDirAdj() - Math.max(t.getHeightDir(), size * 0.7f));
                    bottom = Math.max(bottom, t.getYDirAdj());
                    String u = t.getUnicode();
                    if (u == null || u.isBlank()) {
                        continue;
                    }
                    counted++;
                    int style = style(t.getFont());
                    bold += style & BOLD;
                    italic += (style & ITALIC) >> 1;
                    int tenths = Math.round(size * 10), k = 0;
                    while (k < distinct && sizes[k] != tenths) {
                        k++;
                    }
                    if (k == distinct) {
                        if (distinct == sizes.length) {
                            sizes = java.util.Arrays.copyOf(sizes, distinct * 2);
                            counts = java.util.Arrays.copyOf(counts, distinct * 2);
                        }
                        sizes[distinct++] = tenths;
                    }
                    counts[k]++;
                }
            }
            if (counted == 0) {
                return;
            }
            int dominant = 0;
            for (int k = 1; k < distinct; k++) {
                if (counts[k] > counts[dominant] || (counts[k] == counts[dominant] && sizes[k] > sizes[dominant])) {
                    dominant = k;
                }
            }
            float size = sizes[dominant] / 10f;
            layout.line(text.toString(), pageIndex, column, size, bold * 2 > counted, italic * 2 > counted, 0,
                    TextLayoutBuilder.box(left, top, right - left, bottom - top));
        }

        /** Bold and italic flags of a font: its name ("Arial-BoldMT", "Calibri Light Italic") or its descriptor. */
        private int style(PDFont font) {
            if (font == null) {
                return 0;
            }
            return fontStyles.computeIfAbsent(font, f -> {
                String name = f.getName() == null ? "" : f.getName();
                PDFontDescriptor d = f.getFontDescriptor();
                boolean bold = BOLD_NAME.matcher(name).find() || (d != null && (d.getFontWeight() >= 600 || d.isForceBold()));
                boolean italic = ITALIC_NAME.matcher(name).find() || (d != null && (d.isItalic() || d.getItalicAngle() != 0));
                return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
            });
        }

        @Override
        protected void writePage() throws IOException {
            List<TextPosition> glyphs = new ArrayList<>();
            charactersByArticle.forEach(glyphs::addAll);
            // notes are looked for on any page with a gutter, however short (one role, a few lines)
            Float notes = gutter(glyphs, 0, 1);
            if (notes != null && marginNotes(lines(glyphs), notes)) {
                // sorted by position, each note stays on its line; Tika's text, in the order the
                // generator drew (floats and right tabs often last or first), would not keep it there
                notePages++;
                super.writePage();
                return;
            }
            Float gutter = gutter(glyphs, MIN_COLUMN_GLYPHS, MIN_COLUMN_LINES);
            if (gutter == null) {
                super.writePage();
                return;
            }
            splitPages++;
            List<List<TextPosition>> page = new ArrayList<>(charactersByArticle);
            List<TextPosition> left = new ArrayList<>(), right = new ArrayList<>();
            for (List<TextPosition> line : lines(glyphs)) {
                if (crosses(line, gutter)) {
                    writePiece(left, 0);
                    writePiece(right, 1);
                    writePiece(line, 0);
                    left.clear();
                    right.clear();
                } else {
                    for (TextPosition t : line) {
                        (t.getXDirAdj() + t.getWidthDirAdj() / 2 < gutter ? left : right).add(t);
                    }
                }
            }
            writePiece(left, 0);
            writePiece(right, 1);
            column = 0;
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
            boolean space = separatorPending && lastWritten != null && !positions.isEmpty() && !cjkGap(lastWritten, positions.get(0));
            if (space) {
                super.writeWordSeparator();
            }
            separatorPending = false;
            super.writeString(spaced, positions);
            if (layout != null && !positions.isEmpty()) {
                lineWords.add(new Word(spaced, List.copyOf(positions), space));
            }
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
            endLine();
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

        /** Writes {@code glyphs} (in {@code column}) as PDFBox writes a page, then a blank line: columns are blocks apart. */
        private void writePiece(List<TextPosition> glyphs, int column) throws IOException {
            if (glyphs.isEmpty()) {
                return;
            }
            this.column = column;
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

        /** The x of a gutter on a page of at least {@code minGlyphs} glyphs and {@code minLines} lines each side of it, or null. */
        private static Float gutter(List<TextPosition> glyphs, int minGlyphs, int minLines) {
            if (glyphs.isEmpty() || glyphs.size() < minGlyphs) {
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
            return leftLines >= minLines && rightLines >= minLines ? g : null;
        }

        /**
         * True when the lighter side of the gutter at {@code g} holds notes beside the other side's
         * lines, not a column of its own: dates or places pushed to the right margin of a title line,
         * or a narrow date column left of each role. Its lines come in short blocks (at most
         * {@value #NOTE_BLOCK_LINES} lines on average, a wrapped date), most blocks start on a
         * baseline of the other side (and a lone block has a digit), it holds at most a third of the page's glyphs and it is at
         * most {@value #NOTE_WIDTH} times as wide as the other side. A sidebar or a second column
         * is wider, and runs as its own stream of consecutive lines, so its blocks are long, or its
         * baselines fall between the other side's.
         */
        private static boolean marginNotes(List<List<TextPosition>> lines, float g) {
            int[] glyphs = new int[2];
            float[] from = {Float.MAX_VALUE, Float.MAX_VALUE}, to = {-Float.MAX_VALUE, -Float.MAX_VALUE};
            List<boolean[]> present = new ArrayList<>();
            for (List<TextPosition> line : lines) {
                boolean[] has = new boolean[2];
                for (TextPosition t : line) {
                    int side = t.getXDirAdj() + t.getWidthDirAdj() / 2 < g ? 0 : 1;
                    has[side] = true;
                    glyphs[side]++;
                    from[side] = Math.min(from[side], t.getXDirAdj());
                    to[side] = Math.max(to[side], t.getXDirAdj() + t.getWidthDirAdj());
                }
                present.add(has);
            }
            int notes = glyphs[0] <= glyphs[1] ? 0 : 1;
            if (glyphs[notes] * 2 > glyphs[1 - notes]
                    || to[notes] - from[notes] > NOTE_WIDTH * (to[1 - notes] - from[1 - notes])) {
                return false;
            }
            int noteLines = 0, blocks = 0, sharedBlocks = 0;
            boolean digit = false;
            float previousY = Float.NaN, previousSize = 0;
            for (int i = 0; i < lines.size(); i++) {
                boolean[] has = present.get(i);
                if (!has[notes]) {
                    continue;
                }
                TextPosition first = null;
                for (TextPosition t : lines.get(i)) {
                    if ((t.getXDirAdj() + t.getWidthDirAdj() / 2 < g ? 0 : 1) == notes) {
                        first = t;
                        break;
                    }
                }
                noteLines++;
                for (TextPosition t : lines.get(i)) {
                    String u = t.getUnicode();
                    digit |= (t.getXDirAdj() + t.getWidthDirAdj() / 2 < g ? 0 : 1) == notes && u != null && u.chars().anyMatch(Character::isDigit);
                }
                float y = first.getYDirAdj(), size = Math.max(1f, first.getFontSizeInPt());
                if (Float.isNaN(previousY) || y - previousY > NOTE_LINE_PITCH * Math.max(size, previousSize)) {
                    blocks++;
                    if (has[1 - notes]) {
                        sharedBlocks++;
                    }
                }
                previousY = y;
                previousSize = size;
            }
            // one short block beside the page's top lines may be a short column (a skills heading and
            // its line); one note alone is taken for a note only when it has a digit, as dates do
            return (blocks > 1 || blocks == 1 && digit) && noteLines <= NOTE_BLOCK_LINES * blocks && sharedBlocks >= NOTE_SHARED * blocks;
        }

        private static void mark(int[] crossing, float from, float to) {
            for (int x = Math.max(0, (int) from); x <= Math.min(crossing.length - 1, (int) to); x++) {
                crossing[x]++;
            }
        }
    }
}
