package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.ExtractionOutcome;
import dev.vitae.extractor.TextExtractor;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same résumé as plain text, PDF, DOCX (paragraphs) and DOCX (a table per role) through Tika
 * and the enricher gives the same roles and skills: enrichment does not depend on the format the
 * candidate chose. (Latin-script résumés: the PDF writer here has no CJK font.)
 */
class FormatsIT {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");
    private final TextExtractor extractor = new TextExtractor();
    private final ResumeEnricher enricher = new ResumeEnricher("test", Clock.fixed(T, ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"en_classic.txt", "en_pdf_columns.txt", "fr_cv.txt", "es_cv.txt", "de_lebenslauf.txt"})
    void pdfAndDocxGiveTheSameProfileAsText(String name) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "eval", "resumes", name));
        ResumeProfile fromText = profile(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), name);
        assertTrue(fromText.getRoles().size() >= 2, name);
        for (var variant : List.of(new Object[] {pdf(lines), ".pdf"}, new Object[] {docx(lines, false), ".docx"},
                new Object[] {docx(lines, true), "-table.docx"})) {
            ResumeProfile p = profile((byte[]) variant[0], name + variant[1]);
            assertEquals(roles(fromText), roles(p), name + variant[1]);
            assertEquals(skills(fromText), skills(p), name + variant[1]);
            assertEquals(fromText.getMetrics().size(), p.getMetrics().size(), name + variant[1] + " metrics");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja_shokumu.txt", "ja_table.txt", "ko_resume.txt"})
    void japaneseAndKoreanComeOutOfDocxIntact(String name) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "eval", "resumes", name));
        Extraction x = extractor.extract(docx(lines, false), name + ".docx");
        assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
        for (String line : lines) {
            assertTrue(x.text().contains(line.strip()), "missing from the DOCX text: " + line);
        }
        ResumeProfile fromText = profile(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), name);
        assertEquals(roles(fromText), roles(profile(docx(lines, false), name + ".docx")));
    }

    /** Fonts that can write Japanese and Korean into a PDF (Debian's fonts-ipafont-gothic and fonts-nanum). */
    private static final Path JA_FONT = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
    private static final Path KO_FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @ParameterizedTest
    @ValueSource(strings = {"ja_shokumu.txt", "ja_table.txt", "ko_resume.txt"})
    void japaneseAndKoreanComeOutOfPdfIntact(String name) throws Exception {
        Path font = name.startsWith("ja") ? JA_FONT : KO_FONT;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(font),
                "CJK PDF test skipped: no CJK TrueType font at " + font + " to write the PDF with (Debian: fonts-ipafont-gothic, fonts-nanum)");
        List<String> lines = Files.readAllLines(Path.of("..", "eval", "resumes", name));
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var type0 = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, font.toFile());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(type0, 9);
                cs.newLineAtOffset(40, 750);
                for (String l : lines) {
                    cs.showText(l.replace("\t", " "));
                    cs.newLineAtOffset(0, -13);
                }
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Extraction x = extractor.extract(pdf, name + ".pdf");
        assertEquals(ExtractionOutcome.OK, x.outcome(), x.reason());
        // Every CJK character comes out, in order; spaces and look-alike punctuation ("～" and "〜" share a glyph) may differ.
        assertEquals(cjk(String.join("\n", lines)), cjk(x.text()), "CJK text from the PDF");
        ResumeProfile fromText = profile(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), name);
        assertEquals(roles(fromText), roles(profile(pdf, name + ".pdf")));
    }

    private static String cjk(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
        }).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private ResumeProfile profile(byte[] bytes, String name) {
        Extraction x = extractor.extract(bytes, name);
        assertEquals(ExtractionOutcome.OK, x.outcome(), name + ": " + x.reason());
        return enricher.enrich(ExtractedText.newBuilder().setDocumentId("0".repeat(64)).setFileName(name).setMediaType(x.mediaType())
                .setText(x.text()).setExtractorVersion("t").setUploadedAt(T).setExtractedAt(T).build());
    }

    private static List<String> roles(ResumeProfile p) {
        List<String> out = new ArrayList<>();
        for (Role r : p.getRoles()) {
            out.add(r.getOrganization() + " / " + r.getTitle() + " / " + r.getStart() + ".." + (r.getCurrent() ? "present" : r.getEnd()));
        }
        return out;
    }

    private static List<String> skills(ResumeProfile p) {
        return p.getSkills().stream().map(Skill::getName).sorted().toList();
    }

    /** One line per text line, Helvetica (WinAnsi: accents fine, no CJK), several pages as needed. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < lines.size(); i += 48) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 740);
                    for (String l : lines.subList(i, Math.min(lines.size(), i + 48))) {
                        cs.showText(l.replace('\t', ' ').replace('–', '-').replace('•', '-').replace('’', '\''));
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with a paragraph per line, or with consecutive non-blank lines grouped into one-column table rows. */
    static byte[] docx(List<String> lines, boolean tables) throws IOException {
        StringBuilder body = new StringBuilder();
        boolean inTable = false;
        for (String l : lines) {
            String esc = l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\t", "    ");
            if (tables && !l.isBlank()) {
                if (!inTable) {
                    body.append("<w:tbl>");
                    inTable = true;
                }
                body.append("<w:tr><w:tc><w:p><w:r><w:t xml:space=\"preserve\">").append(esc).append("</w:t></w:r></w:p></w:tc></w:tr>");
                continue;
            }
            if (inTable) {
                body.append("</w:tbl>");
                inTable = false;
            }
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(esc).append("</w:t></w:r></w:p>");
        }
        if (inTable) {
            body.append("</w:tbl>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
