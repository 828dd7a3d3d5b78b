package dev.vitae.extractor;

import dev.vitae.schemas.LayoutBox;
import dev.vitae.schemas.LayoutCell;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.LayoutPage;
import dev.vitae.schemas.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines and table cells a parser saw, each with the text it showed, and ties them to
 * offsets into the final extracted text. The final text went through {@link TextExtractor#clean} and,
 * for a PDF, may be Tika's text rather than the text the lines were read from, so offsets are found,
 * not counted: a piece's text, cleaned the same way, is searched in the final text from just after
 * the piece found before it. A piece of 8 or more characters not found there is searched from the
 * start (Tika writes a PDF in content-stream order, the layout reads it sorted by position); a piece
 * of 3 or fewer characters (a bullet, a page number) is taken only within {@value #SHORT_REACH}
 * characters of the previous one, so that it cannot pull the cursor past the lines between. A piece
 * not found whole is tried without its leading bullet or symbols (PDFs paint bullets apart from
 * their text, and Tika then writes them on lines of their own). A piece not found is left out: the
 * layout describes only text the readings can see.
 */
final class TextLayoutBuilder {
    private static final int SHORT_REACH = 300;
    private static final java.util.regex.Pattern LEADING_SYMBOLS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}(]+\\s*");

    private record Line(String text, int page, int column, float fontSize, boolean bold, boolean italic, int heading, LayoutBox box) {}

    private record Cell(String text, int table, int row, int column) {}

    private final boolean painted;
    private final List<LayoutPage> pages = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    /** {@code painted}: the text is a PDF's, cleaned as {@link TextExtractor#clean(String, boolean)} cleans one. */
    TextLayoutBuilder(boolean painted) {
        this.painted = painted;
    }

    /** The next page, its size in points; its index is what {@link #line} takes as {@code page}. */
    int page(float width, float height) {
        pages.add(new LayoutPage(Math.round(width), Math.round(height)));
        return pages.size() - 1;
    }

    /** A line as shown; {@code box} null when the format has no geometry, {@code fontSize} 0 when unknown. */
    void line(String text, int page, int column, float fontSize, boolean bold, boolean italic, int heading, LayoutBox box) {
        lines.add(new Line(text, page, column, fontSize, bold, italic, heading, box));
    }

    void cell(String text, int table, int row, int column) {
        cells.add(new Cell(text, table, row, column));
    }

    static LayoutBox box(float x, float y, float width, float height) {
        return new LayoutBox(Math.round(x), Math.round(y), Math.max(0, Math.round(width)), Math.max(0, Math.round(height)));
    }

    /** The layout tied to {@code text}, or null when no line or cell was found in it. */
    TextLayout build(String text) {
        List<LayoutLine> outLines = new ArrayList<>();
        Finder lineFinder = new Finder(text);
        for (Line l : lines) {
            int[] at = lineFinder.find(l.text());
            if (at != null) {
                outLines.add(LayoutLine.newBuilder().setStart(at[0]).setLength(at[1]).setPage(l.page()).setColumn(l.column())
                        .setFontSize(Math.round(l.fontSize() * 10)).setBold(l.bold()).setItalic(l.italic()).setHeading(l.heading())
                        .setBox(l.box()).build());
            }
        }
        List<LayoutCell> outCells = new ArrayList<>();
        Finder cellFinder = new Finder(text);
        for (Cell c : cells) {
            int[] at = cellFinder.find(c.text());
            if (at != null) {
                outCells.add(new LayoutCell(c.table(), c.row(), c.column(), at[0], at[1]));
            }
        }
        if (outLines.isEmpty() && outCells.isEmpty()) {
            return null;
        }
        outLines.sort(java.util.Comparator.comparingInt(LayoutLine::getStart));
        return TextLayout.newBuilder().setPages(List.copyOf(pages)).setLines(outLines).setCells(outCells).build();
    }

    /** Printable ASCII only: nothing {@link TextExtractor#clean} changes but the blanks at its ends (cleaning is most of the cost). */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** How many lines were collected (found or not), for measuring coverage. */
    int collectedLines() {
        return lines.size();
    }

    /** Finds pieces in text order, as the class comment says. */
    private final class Finder {
        private final String text;
        private int cursor;

        Finder(String text) {
            this.text = text;
        }

        /** {start, length} of {@code piece} in the text, or null. */
        int[] find(String piece) {
            String needle = plainAscii(piece) ? piece.strip() : TextExtractor.clean(piece, painted);
            int[] at = findCleaned(needle);
            if (at == null) {
                java.util.regex.Matcher lead = LEADING_SYMBOLS.matcher(needle);
                if (lead.lookingAt() && lead.end() < needle.length()) {
                    at = findCleaned(needle.substring(lead.end()));
                }
            }
            return at;
        }

        private int[] findCleaned(String needle) {
            if (needle.isEmpty()) {
                return null;
            }
            int at = text.indexOf(needle, cursor);
            if (at >= 0 && needle.length() <= 3 && at - cursor > SHORT_REACH) {
                return null;
            }
            if (at >= 0) {
                cursor = at + needle.length();
                return new int[] {at, needle.length()};
            }
            if (needle.length() >= 8) {
                at = text.indexOf(needle);
                if (at >= 0) {
                    return new int[] {at, needle.length()};
                }
            }
            return null;
        }
    }
}
