package dev.vitae.extractor;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the structure of the XHTML Tika writes for a DOCX, ODT, HTML or other office document while
 * passing every event on to the text handler. It keeps its own copy of the text (characters and the
 * whitespace Tika adds between blocks) with a style byte per character: bold inside {@code b} or
 * {@code strong}, italic inside {@code i} or {@code em}, and the heading level inside {@code h1..h6}.
 * A line of that copy is bold, italic or a heading when most of its letters are, and only such lines
 * are listed (a format without geometry has nothing else to say about a line); table cells are the
 * text of each {@code td}/{@code th}, numbered by table (in document order, nested ones included),
 * row and column. {@link #describeTo} hands both to a {@link TextLayoutBuilder}; a document with no
 * style, heading or table gets no layout, since its lines would say nothing its text does not.
 */
final class XhtmlLayout extends ContentHandlerDecorator {
    private static final int BOLD = 1, ITALIC = 2, HEADING_SHIFT = 2;

    private final StringBuilder text = new StringBuilder();
    private final java.util.BitSet breaks = new java.util.BitSet();
    private byte[] styles = new byte[1024];
    private int bold, italic, heading, hidden;
    private boolean structured;

    private static final class Table {
        final int index;
        int row = -1, column = -1, cellStart = -1;

        Table(int index) {
            this.index = index;
        }
    }

    private final Deque<Table> tables = new ArrayDeque<>();
    private int tableCount;
    private record Cell(String text, int table, int row, int column) {}

    private final java.util.List<Cell> cells = new java.util.ArrayList<>();

    XhtmlLayout(ContentHandler text) {
        super(text);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (name(localName, qName)) {
            case "b", "strong" -> bold++;
            case "i", "em" -> italic++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = name(localName, qName).charAt(1) - '0';
            case "script", "style" -> hidden++;
            case "table" -> tables.push(new Table(tableCount++));
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().row++;
                    tables.peek().column = -1;
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    tables.peek().column++;
                    tables.peek().cellStart = text.length();
                }
            }
            default -> { }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        switch (name(localName, qName)) {
            case "b", "strong" -> bold = Math.max(0, bold - 1);
            case "i", "em" -> italic = Math.max(0, italic - 1);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = 0;
            case "script", "style" -> hidden = Math.max(0, hidden - 1);
            case "table" -> {
                if (!tables.isEmpty()) {
                    tables.pop();
                }
            }
            case "td", "th" -> {
                Table t = tables.peek();
                if (t != null && t.cellStart >= 0) {
                    cells.add(new Cell(text.substring(t.cellStart), t.index, t.row, t.column));
                    t.cellStart = -1;
                }
            }
            default -> { }
        }
        if (isBlock(name(localName, qName))) {
            breaks.set(text.length()); // a block ends a line, whether or not Tika writes a newline there; the copy stays Tika's text
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (hidden == 0) {
            copy(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        copy(ch, start, length);
        super.ignorableWhitespace(ch, start, length);
    }

    private void copy(char[] ch, int start, int length) {
        int style = (bold > 0 ? BOLD : 0) | (italic > 0 ? ITALIC : 0) | (heading << HEADING_SHIFT);
        if (style != 0) {
            structured = true;
        }
        int from = text.length();
        text.append(ch, start, length);
        if (text.length() > styles.length) {
            styles = Arrays.copyOf(styles, Math.max(styles.length * 2, text.length()));
        }
        Arrays.fill(styles, from, text.length(), (byte) style);
    }

    /** Hands the lines and cells read to {@code layout}, when the document had any style, heading or table. */
    void describeTo(TextLayoutBuilder layout) {
        if (!structured && cells.isEmpty()) {
            return;
        }
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                line(layout, lineStart, i);
                lineStart = i + 1;
            } else if (breaks.get(i)) {
                line(layout, lineStart, i);
                lineStart = i;
            }
        }
        for (Cell c : cells) {
            layout.cell(c.text(), c.table(), c.row(), c.column());
        }
    }

    private void line(TextLayoutBuilder layout, int from, int to) {
        int letters = 0, bolds = 0, italics = 0;
        int[] headings = new int[8];
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            letters++;
            bolds += styles[i] & BOLD;
            italics += (styles[i] & ITALIC) >> 1;
            headings[(styles[i] >> HEADING_SHIFT) & 7]++;
        }
        if (letters == 0) {
            return;
        }
        int level = 0;
        for (int h = 1; h <= 6; h++) {
            if (headings[h] * 2 > letters) {
                level = h;
            }
        }
        boolean bold = bolds * 2 > letters, italic = italics * 2 > letters;
        if (bold || italic || level > 0) { // a plain line says nothing its text does not
            layout.line(text.substring(from, to), 0, 0, 0, bold, italic, level, null);
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dt", "dd", "pre", "blockquote" -> true;
            default -> false;
        };
    }
}
