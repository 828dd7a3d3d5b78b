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
}
