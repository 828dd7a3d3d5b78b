package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.LayoutCell;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.TextLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The layout that comes with the text: lines and cells, their styles, and offsets that point at what they say. */
class LayoutExtractionTest {
    private final TextExtractor extractor = new TextExtractor();

    /** A line drawn on a Letter page: x and baseline y from the bottom left, as PDF draws. */
    private record Drawn(String text, Standard14Fonts.FontName font, float size, float x, float y) {}

    private static byte[] pdf(List<Drawn> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Drawn d : lines) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(d.font()), d.size());
                    cs.newLineAtOffset(d.x(), d.y());
                    cs.showText(d.text());
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static LayoutLine lineSaying(Extraction e, String said) {
        for (LayoutLine l : e.layout().getLines()) {
            if (e.text().substring(l.getStart(), l.getStart() + l.getLength()).equals(said)) {
                return l;
            }
        }
        throw new AssertionError("no layout line saying '" + said + "' in " + e.layout().getLines() + " over:\n" + e.text());
    }

    /** Each row: a line drawn, and what its layout line says about it. */
    @TestFactory
    Stream<DynamicTest> pdfLinesCarryFontSizeStyleAndBox() throws IOException {
        record Case(String text, boolean bold, boolean italic, int fontSize, int x, int column) {}
        var H = Standard14Fonts.FontName.HELVETICA;
        byte[] pdf = pdf(List.of(
                new Drawn("Jane Doe", Standard14Fonts.FontName.HELVETICA_BOLD, 20, 72, 720),
                new Drawn("Acme Inc.", Standard14Fonts.FontName.HELVETICA_BOLD, 11, 72, 690),
                new Drawn("Jan 2020 - Present", H, 10, 470, 690),
                new Drawn("Senior Engineer", Standard14Fonts.FontName.HELVETICA_OBLIQUE, 10, 72, 676),
                new Drawn("Built the billing service in Kotlin and moved it to Kubernetes", H, 10, 72, 662)));
        Extraction e = extractor.extract(pdf, "styled.pdf");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        assertEquals(612, e.layout().getPages().get(0).getWidth());
        return Stream.of(
                new Case("Jane Doe", true, false, 200, 72, 0),
                new Case("Acme Inc.", true, false, 110, 72, 0),
                new Case("Jan 2020 - Present", false, false, 100, 470, 0), // a run of its own: far right of the title
                new Case("Senior Engineer", false, true, 100, 72, 0),
                new Case("Built the billing service in Kotlin and moved it to Kubernetes", false, false, 100, 72, 0))
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> {
                    LayoutLine l = lineSaying(e, c.text());
                    assertEquals(c.bold(), l.getBold(), "bold");
                    assertEquals(c.italic(), l.getItalic(), "italic");
                    assertEquals(c.fontSize(), l.getFontSize(), "font size in tenths");
                    assertEquals(c.x(), l.getBox().getX(), 1, "left edge");
                    assertEquals(c.column(), l.getColumn(), "column");
                    assertEquals(0, l.getPage());
                }));
    }

    @Test
    void pdfBoxesRunTopToBottom() throws IOException {
        Extraction e = extractor.extract(HostileFiles.pdf("Jane Doe", "Senior Engineer at Acme Inc.", "Built things"), "one.pdf");
        List<LayoutLine> lines = e.layout().getLines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).getBox().getY() < lines.get(1).getBox().getY(), "y grows down the page: " + lines);
        assertTrue(lines.get(0).getBox().getHeight() > 0);
    }

    @Test
    void theRightColumnOfATwoColumnPageIsColumnOne() throws IOException {
        List<String> sidebar = List.of("SKILLS", "Java", "Kotlin", "PostgreSQL", "Kubernetes", "LANGUAGES", "English", "German");
        List<String> main = List.of("EXPERIENCE", "Senior Engineer | Acme Inc. | Jan 2020 - Present",
                "- Led the payments team of 6 engineers", "- Cut p99 latency by 40% with caching",
                "Engineer | Globex GmbH | 2016 - 2019", "- Built the billing service in Kotlin",
                "- Migrated 12 services to Kubernetes", "EDUCATION", "B.Sc. Computer Science, TU Berlin");
        Extraction e = extractor.extract(HostileFiles.twoColumnPdf(sidebar, main), "two-column.pdf");
        assertEquals(0, lineSaying(e, "Kotlin").getColumn());
        assertEquals(1, lineSaying(e, "Engineer | Globex GmbH | 2016 - 2019").getColumn());
    }

    @Test
    void htmlHeadingsAndTableCellsPointAtTheirText() throws IOException {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/office/table-dates.html"));
        Extraction e = extractor.extract(html, "table-dates.html");
        TextLayout layout = e.layout();
        assertNotNull(layout);
        assertEquals(1, lineSaying(e, "Anna Kowalska").getHeading());
        assertEquals(2, lineSaying(e, "Work Experience").getHeading());
        assertNull(lineSaying(e, "Work Experience").getBox(), "no geometry outside PDFs");
        LayoutCell date = layout.getCells().get(2);
        assertEquals(List.of(0, 1, 0), List.of(date.getTable(), date.getRow(), date.getColumn()));
        assertEquals("Sep 2016 – Jan 2020", e.text().substring(date.getStart(), date.getStart() + date.getLength()));
        LayoutCell role = layout.getCells().get(3);
        assertEquals(1, role.getColumn());
        assertTrue(e.text().startsWith("Test Automation Engineer, CD Projekt", role.getStart()), e.text());
    }

    @Test
    void aCellOfSeveralParagraphsIsOneCell() throws IOException {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/office/sidebar-table.html"));
        Extraction e = extractor.extract(html, "sidebar-table.html");
        List<LayoutCell> cells = e.layout().getCells();
        assertEquals(2, cells.size(), "the sidebar and the main column: " + cells);
        String sidebar = e.text().substring(cells.get(0).getStart(), cells.get(0).getStart() + cells.get(0).getLength());
        assertTrue(sidebar.startsWith("Contact") && sidebar.contains("Brussels, Belgium") && !sidebar.contains("Lucas Martin"), sidebar);
    }

    @Test
    void docxBoldRunsAndTablesAreRead() throws IOException {
        byte[] docx = HostileFiles.docxWithBody(
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Globex GmbH</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Backend engineer on the billing team</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2016 - 2019</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>Engineer, Initech</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        Extraction e = extractor.extract(docx, "cv.docx");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        assertTrue(lineSaying(e, "Globex GmbH").getBold());
        assertEquals(1, e.layout().getLines().size(), "plain lines are not listed: " + e.layout().getLines());
        LayoutCell c = e.layout().getCells().get(1);
        assertEquals(List.of(0, 0, 1), List.of(c.getTable(), c.getRow(), c.getColumn()));
        assertEquals("Engineer, Initech", e.text().substring(c.getStart(), c.getStart() + c.getLength()));
    }

    @Test
    void plainTextHasNoLayoutAndLayoutCanBeTurnedOff() throws IOException {
        assertNull(extractor.extract("Jane Doe\nEngineer".getBytes(java.nio.charset.StandardCharsets.UTF_8), "cv.txt").layout());
        Extraction off = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, false)
                .extract(HostileFiles.pdf("Jane Doe", "Engineer"), "one.pdf");
        assertEquals("Jane Doe\nEngineer", off.text());
        assertNull(off.layout());
    }
}
