package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.LayoutBox;
import dev.vitae.schemas.LayoutCell;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.LayoutPage;
import dev.vitae.schemas.TextLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PageLayoutTest {

    /** A layout line over the first occurrence of {@code said} in {@code original}. */
    private static LayoutLine line(String original, String said, int fontSizeTenths, boolean bold, int x) {
        int at = original.indexOf(said);
        return LayoutLine.newBuilder().setStart(at).setLength(said.length()).setPage(0).setColumn(0).setFontSize(fontSizeTenths)
                .setBold(bold).setItalic(false).setHeading(0).setBox(new LayoutBox(x, 0, 100, 10)).build();
    }

    private static TextLayout layout(List<LayoutLine> lines, List<LayoutCell> cells) {
        return TextLayout.newBuilder().setPages(List.of(new LayoutPage(612, 792))).setLines(lines).setCells(cells).build();
    }

    /** Each row: an extracted text, a line of it, and the prepared text the line's offsets must point at. */
    @TestFactory
    Stream<DynamicTest> offsetsPointIntoThePreparedText() {
        record Case(String why, String original, String said, String expected) {}
        return Stream.of(
                new Case("unchanged text", "Jane Doe\nAcme Inc.\nEngineer", "Acme Inc.", "Acme Inc."),
                new Case("a decoded byte escape before the line shortens the text", "\\xe2\\x80\\xa2 Built things\nAcme Inc.", "Acme Inc.", "Acme Inc."),
                new Case("full-width letters fold in place", "Ｊａｎｅ\nＡｃｍｅ", "Ａｃｍｅ", "Acme"))
                .map(c -> DynamicTest.dynamicTest(c.why(), () -> {
                    ResumeText text = new ResumeText(c.original());
                    PageLayout layout = PageLayout.of(layout(List.of(line(c.original(), c.said(), 100, false, 72)), List.of()), text);
                    PageLayout.Line l = layout.lines().get(0);
                    assertEquals(c.expected(), text.text().substring(l.start(), l.end()));
                    assertEquals(List.of(l), layout.on(text.lineAt(l.start())));
                }));
    }

    @Test
    void aBoldOrLargerLineStandsOutAndBodyTextDoesNot() {
        String original = "Jane Doe\nAcme Inc.\nBuilt the billing service\nShipped it to production\nSenior Engineer";
        List<LayoutLine> lines = new ArrayList<>();
        lines.add(line(original, "Jane Doe", 200, false, 72));
        lines.add(line(original, "Acme Inc.", 100, true, 72));
        lines.add(line(original, "Built the billing service", 100, false, 72));
        lines.add(line(original, "Shipped it to production", 100, false, 72));
        lines.add(line(original, "Senior Engineer", 105, false, 72));
        ResumeText text = new ResumeText(original);
        PageLayout layout = PageLayout.of(layout(lines, List.of()), text);
        assertEquals(10f, layout.bodyFontSize());
        assertTrue(layout.standsOut(0), "20 pt over 10 pt body");
        assertTrue(layout.standsOut(1), "bold");
        assertFalse(layout.standsOut(2), "body text");
        assertFalse(layout.standsOut(4), "5% larger is not larger");
        assertEquals(612, layout.pageWidth(0));
        assertTrue(layout.hasGeometry());
    }

    @Test
    void noLayoutAnswersUnknownEverywhere() {
        ResumeText text = new ResumeText("Jane Doe\nAcme Inc.");
        PageLayout layout = PageLayout.of(null, text);
        assertFalse(layout.isPresent());
        assertFalse(layout.standsOut(0));
        assertEquals(List.of(), layout.on(1));
        assertEquals(0, layout.pageWidth(0));
    }

    @Test
    void cellsKeepTheirRowAndColumn() {
        String original = "2016 - 2019\tEngineer, Initech";
        ResumeText text = new ResumeText(original);
        PageLayout layout = PageLayout.of(layout(List.of(), List.of(new LayoutCell(0, 0, 1, 12, 17))), text);
        PageLayout.Cell c = layout.cells().get(0);
        assertEquals("Engineer, Initech", text.text().substring(c.start(), c.end()));
        assertEquals(1, c.column());
    }
}
