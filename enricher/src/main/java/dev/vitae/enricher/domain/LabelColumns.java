package dev.vitae.enricher.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label-column tables, as Word and Google Docs templates lay out a résumé: a two-column table
 * whose left cell names the section ("EXPERIENCE", "Ausbildung", "職歴") and whose right cell holds
 * it. The extracted text gives each row as {@code ⇥LABEL⇥first paragraph of the right cell}, the
 * right cell's other paragraphs on the lines below, so the section word shares its line with the
 * first job and no heading is seen.
 *
 * <p>Algorithm: a line made of exactly two cells (optional leading tab, a cell, a run of tabs, a
 * cell with no further tab) whose first cell, without a trailing colon, is a section name of a
 * language pack ({@link Sections#kindOf}) gets a line break in place of the tab after that cell:
 * the label becomes a heading line and the right cell's first paragraph the first line of its
 * body. Nothing is inserted or removed, so offsets stay as they were; a label in a table row with
 * more cells (a header row "Company⇥Title⇥Dates") is left alone.
 */
final class LabelColumns {
    /** A leading tab or spaces, the label cell, the tabs after it, the rest of the line (no tab). */
    private static final Pattern ROW = Pattern.compile("^[ \\t]*([^\\t\\n]{2,60}?)[ ]*(\\t+)([^\\t\\n]*\\S[^\\t\\n]*)$", Pattern.MULTILINE);

    private LabelColumns() {}

    /** {@code text} with each label cell on a line of its own; null when there is none. */
    static MappedText split(String text) {
        if (text.indexOf('\t') < 0) {
            return null;
        }
        Matcher m = ROW.matcher(text);
        MappedText.Builder out = null;
        int copied = 0;
        while (m.find()) {
            String label = m.group(1).strip();
            if (label.endsWith(":") || label.endsWith("：")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            if (label.isEmpty() || Sections.kindOf(label) == null) {
                continue;
            }
            if (out == null) {
                out = new MappedText.Builder(text.length());
            }
            int tab = m.start(2);
            out.copy(text, copied, tab);
            out.append('\n', tab, tab + 1); // the cell boundary becomes the end of the heading line
            copied = tab + 1;
        }
        if (out == null) {
            return null;
        }
        out.copy(text, copied, text.length());
        return out.build();
    }
}
