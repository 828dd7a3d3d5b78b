package dev.vitae.enricher.domain;

import dev.vitae.schemas.LayoutBox;
import dev.vitae.schemas.LayoutCell;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.LayoutPage;
import dev.vitae.schemas.TextLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page showed, as the extractor read it ({@code ExtractedText.layout}), over the prepared
 * text the readings read. The extractor's offsets index into the original text; each is moved to
 * the prepared text's first character made from at or after it (a binary search over {@link
 * ResumeText#originalOffset}, which only grows), so a line's {@code [start, end)} is in the same
 * offsets as {@link ResumeText.Line}. Lines are a PDF's visual runs (a right-aligned date beside a
 * title is a line of its own) with their box, or a DOCX/ODT/HTML paragraph that is bold, italic or a
 * heading (plain ones are not listed there). {@link #NONE} stands for a document without a layout
 * (plain text, an old record): every question then has the answer "unknown" and a reading falls
 * back to the text alone.
 */
public final class PageLayout {
    /** Where a PDF line is: points from the page's top left. */
    public record Box(int x, int y, int width, int height) {
        public int right() {
            return x + width;
        }
    }

    /** One line (run) of the page; {@code fontSize} in points, 0 when unknown; {@code box} null outside PDFs. */
    public record Line(int start, int end, int page, int column, float fontSize, boolean bold, boolean italic, int heading, Box box) {}

    /** One table cell (DOCX, ODT, HTML). */
    public record Cell(int table, int row, int column, int start, int end) {}

    public static final PageLayout NONE = new PageLayout(List.of(), List.of(), List.of(), List.of(), 0);

    private final List<int[]> pages; // {width, height} in points
    private final List<Line> lines;
    private final List<Cell> cells;
    private final List<List<Line>> byTextLine;
    private final float bodyFontSize;

    private PageLayout(List<int[]> pages, List<Line> lines, List<Cell> cells, List<List<Line>> byTextLine, float bodyFontSize) {
        this.pages = pages;
        this.lines = lines;
        this.cells = cells;
        this.byTextLine = byTextLine;
        this.bodyFontSize = bodyFontSize;
    }

    /** The layout of {@code text}'s document; {@link #NONE} when {@code layout} is null. */
    public static PageLayout of(TextLayout layout, ResumeText text) {
        if (layout == null) {
            return NONE;
        }
        List<int[]> pages = new ArrayList<>();
        for (LayoutPage p : layout.getPages()) {
            pages.add(new int[] {p.getWidth(), p.getHeight()});
        }
        List<Line> lines = new ArrayList<>();
        Map<Integer, Integer> charsBySize = new HashMap<>();
        for (LayoutLine l : layout.getLines()) {
            int start = prepared(text, l.getStart()), end = prepared(text, l.getStart() + l.getLength());
            if (end <= start) {
                continue; // nothing of it left in the prepared text
            }
            LayoutBox b = l.getBox();
            lines.add(new Line(start, end, l.getPage(), l.getColumn(), l.getFontSize() / 10f, l.getBold(), l.getItalic(), l.getHeading(),
                    b == null ? null : new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight())));
            if (l.getFontSize() > 0) {
                charsBySize.merge(l.getFontSize(), l.getLength(), Integer::sum);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (LayoutCell c : layout.getCells()) {
            int start = prepared(text, c.getStart()), end = prepared(text, c.getStart() + c.getLength());
            if (end > start) {
                cells.add(new Cell(c.getTable(), c.getRow(), c.getColumn(), start, end));
            }
        }
        List<List<Line>> byTextLine = new ArrayList<>();
        text.lines().forEach(l -> byTextLine.add(new ArrayList<>(1)));
        for (Line l : lines) {
            byTextLine.get(text.lineAt(l.start())).add(l);
        }
        float body = charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10f).orElse(0f);
        return new PageLayout(List.copyOf(pages), List.copyOf(lines), List.copyOf(cells), byTextLine, body);
    }

    /** The first prepared-text offset made from original offset {@code original} or later. */
    private static int prepared(ResumeText text, int original) {
        int lo = 0, hi = text.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.originalOffset(mid) < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** False for {@link #NONE}: the document came without a layout. */
    public boolean isPresent() {
        return !lines.isEmpty() || !cells.isEmpty();
    }

    /** True when the lines have boxes (a PDF). */
    public boolean hasGeometry() {
        return !lines.isEmpty() && lines.get(0).box() != null;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Cell> cells() {
        return cells;
    }

    /** The layout lines that start on the prepared text's line {@code lineIndex}, left to right as written; empty when none. */
    public List<Line> on(int lineIndex) {
        return lineIndex >= 0 && lineIndex < byTextLine.size() ? byTextLine.get(lineIndex) : List.of();
    }

    /** Width of page {@code page} in points, 0 when unknown. */
    public int pageWidth(int page) {
        return page >= 0 && page < pages.size() ? pages.get(page)[0] : 0;
    }

    /** The font size most of the text is set in (points), 0 when unknown: what "larger" is measured against. */
    public float bodyFontSize() {
        return bodyFontSize;
    }

    /**
     * True when text line {@code lineIndex} stands out as a heading-like line: all its layout lines
     * bold, or a heading, or set at least 15% larger than the body text. False when unknown.
     */
    public boolean standsOut(int lineIndex) {
        List<Line> on = on(lineIndex);
        if (on.isEmpty()) {
            return false;
        }
        boolean allBold = on.stream().allMatch(Line::bold);
        boolean heading = on.stream().anyMatch(l -> l.heading() > 0);
        boolean larger = bodyFontSize > 0 && on.stream().allMatch(l -> l.fontSize() >= bodyFontSize * 1.15f);
        return allBold || heading || larger;
    }
}
