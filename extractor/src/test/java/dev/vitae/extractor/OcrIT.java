package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A scanned résumé (a PDF page that is only an image) is read by OCR where Tesseract is installed. */
class OcrIT {

    @Test
    void aScannedPdfIsReadByOcrWhenTesseractIsInstalled() throws Exception {
        Assumptions.assumeTrue(Ocr.languages() != null, "OCR test skipped: tesseract is not installed (Debian: tesseract-ocr)");
        BufferedImage img = new BufferedImage(1700, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
        g.drawString("Jane Doe", 60, 120);
        g.drawString("Senior Engineer at Acme", 60, 240);
        g.dispose();
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 30, 500, 550, 130);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Extraction x = new TextExtractor().extract(pdf, "scan.pdf");
        assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
        assertTrue(x.text().contains("Engineer"), x.text());
    }

    /**
     * A page with a text layer is not OCR'd for a few glyphs its font maps to no character (a dash
     * or bullet drawn from a font without a ToUnicode entry for it, as pdf-lib and XeLaTeX pages of
     * Japanese have): Tika read the old limit of "100%" as a count of one glyph, and its OCR text,
     * appended to the page's own, doubled every line.
     */
    @Test
    void aPageWithTextAndAFewUnmappedGlyphsIsNotOcrd() throws Exception {
        Assumptions.assumeTrue(Ocr.languages() != null, "OCR test skipped: tesseract is not installed (Debian: tesseract-ocr)");
        java.io.File ttf = new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(ttf.exists(), "no DejaVu Sans (Debian: fonts-dejavu-core)");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType1Font helvetica = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            org.apache.pdfbox.pdmodel.font.PDType0Font unmapped = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, ttf);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 700;
                for (String line : new String[] {"Jane Doe", "Senior Engineer at Acme Inc.", "Led a team of six engineers"}) {
                    cs.beginText();
                    cs.setFont(helvetica, 24);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    cs.beginText();
                    cs.setFont(unmapped, 24);
                    cs.newLineAtOffset(30, y);
                    cs.showText("\u2022");
                    cs.endText();
                    y -= 40;
                }
            }
            doc.save(out); // the subset and its ToUnicode are written here; the map is then dropped below
            try (PDDocument saved = org.apache.pdfbox.Loader.loadPDF(out.toByteArray()); ByteArrayOutputStream again = new ByteArrayOutputStream()) {
                for (org.apache.pdfbox.cos.COSName name : saved.getPage(0).getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont f = saved.getPage(0).getResources().getFont(name);
                    if (f instanceof org.apache.pdfbox.pdmodel.font.PDType0Font) {
                        f.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                    }
                }
                saved.save(again);
                pdf = again.toByteArray();
            }
        }
        Extraction x = new TextExtractor().extract(pdf, "unmapped.pdf");
        assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
        assertEquals(1, x.text().split("Senior Engineer", -1).length - 1, "each line once:\n" + x.text());
    }
}
