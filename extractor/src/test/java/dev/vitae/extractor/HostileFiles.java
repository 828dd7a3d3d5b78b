package dev.vitae.extractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Generated test files, good and hostile, so no binary fixture lives in the repository. */
final class HostileFiles {
    private HostileFiles() {}

    /** A one-page PDF with the given lines of text. */
    static byte[] pdf(String... lines) throws IOException {
        return pdf(null, lines);
    }

    /** A PDF protected by {@code policy} (or not, when null). */
    static byte[] pdf(StandardProtectionPolicy policy, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            if (policy != null) {
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A one-page PDF whose font's ToUnicode map sends each character of {@code remap}'s keys to its
     * value: how a generator that maps glyphs back to code points through the font's cmap labels a
     * glyph that several code points share (the space glyph as U+0009 or U+000D, the hyphen as
     * U+00AD, an ideograph as its Kangxi radical). The page shows the lines as written.
     */
    static byte[] pdfWithToUnicode(java.util.Map<Character, String> remap, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                    + "/CMapName /Remapped def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n");
            cmap.append(0x7F - 0x20).append(" beginbfchar\n");
            for (char c = 0x20; c < 0x7F; c++) {
                String to = remap.getOrDefault(c, String.valueOf(c));
                StringBuilder hex = new StringBuilder();
                to.chars().forEach(u -> hex.append(String.format("%04X", u)));
                cmap.append(String.format("<%02X> <%s>%n", (int) c, hex));
            }
            cmap.append("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n");
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)));
            font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF with the given lines and a file attached to it (as Europass attaches its XML). */
    static byte[] pdfWithAttachment(String attached, String... lines) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(lines)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(
                    doc, new java.io.ByteArrayInputStream(attached.getBytes(StandardCharsets.UTF_8)));
            file.setSubtype("text/plain");
            org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile("attached.txt");
            spec.setEmbeddedFile(file);
            org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("attached.txt", spec));
            org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A two-column page in a CJK TrueType font, each line drawn run by run: in {@code right}'s lines
     * '|' is a gap of 2.2 points (the spacing a typesetter puts between ideographs and digits) and
     * '_' a gap of 5 points (a half-width space, drawn as a gap as most generators do).
     */
    static byte[] cjkTwoColumnPdf(java.nio.file.Path ttf, List<String> left, List<String> right) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType0Font font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, ttf.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    float y = 740 - i * 14;
                    if (i < left.size()) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(40, y);
                        cs.showText(left.get(i));
                        cs.endText();
                    }
                    if (i < right.size()) {
                        float x = 220;
                        for (String run : right.get(i).split("(?=[|_])")) {
                            if (run.startsWith("|") || run.startsWith("_")) {
                                x += run.charAt(0) == '|' ? 2.2f : 5f;
                                run = run.substring(1);
                            }
                            cs.beginText();
                            cs.setFont(font, 10);
                            cs.newLineAtOffset(x, y);
                            cs.showText(run);
                            cs.endText();
                            x += font.getStringWidth(run) / 1000 * 10;
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A two-column page written the hard way: the content stream alternates between a left sidebar
     * line and a right main-column line at the same height, as some generators do.
     */
    static byte[] twoColumnPdf(List<String> left, List<String> right) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    float y = 740 - i * 14;
                    if (i < left.size()) {
                        text(cs, font, 40, y, left.get(i));
                    }
                    if (i < right.size()) {
                        text(cs, font, 220, y, right.get(i));
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A line of text at x and baseline y (points from the bottom left, as PDF draws). */
    record Placed(float x, float y, String text) {}

    /** A Letter page of Helvetica 10 lines, each where it is placed. */
    static byte[] placedPdf(List<Placed> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Placed p : lines) {
                    text(cs, font, p.x(), p.y(), p.text());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Opening needs a user password. */
    static byte[] encryptedPdf() throws IOException {
        return pdf(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()), "Secret Person", "Engineer");
    }

    /** Opens without a password, but the owner forbade text extraction. */
    static byte[] extractionForbiddenPdf() throws IOException {
        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        return pdf(new StandardProtectionPolicy("owner-secret", "", noCopy), "Jane Doe", "Senior Engineer at Acme Inc.");
    }

    /** A page with no text at all: what a scan without OCR looks like to a text extractor. */
    static byte[] pdfWithoutTextLayer() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] truncatedPdf() throws IOException {
        byte[] whole = pdf("Jane Doe", "Engineer");
        return java.util.Arrays.copyOf(whole, whole.length / 3);
    }

    /** A minimal DOCX whose document.xml holds {@code paragraphs} copies of a paragraph. */
    static byte[] docx(String paragraph, int paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] p = ("<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < paragraphs; i++) {
                zip.write(p);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A DOCX whose body is {@code bodyXml} (WordprocessingML paragraphs and tables, prefix {@code w}). */
    static byte[] docxWithBody(String bodyXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] shell = docx("", 0);
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(shell))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (!e.getName().equals("word/document.xml")) {
                        put(zip, e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + bodyXml + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    /** About 2.5 MB zipped, some 250 million characters unzipped. */
    static byte[] zipBombDocx() throws IOException {
        return docx("A".repeat(10_000), 25_000);
    }

    static byte[] deeplyNestedHtml(int depth) {
        return ("<html><body>" + "<div>".repeat(depth) + "Jane Doe, Engineer" + "</div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
