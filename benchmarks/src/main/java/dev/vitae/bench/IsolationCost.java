package dev.vitae.bench;

import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.SupervisedExtractor;
import dev.vitae.extractor.TextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The cost of isolation: documents per second through the in-process extractor and through the
 * supervised child JVM, on the English seeds rendered as PDF and DOCX, and the child's resident
 * memory. Usage: {@code ./vitae bench isolation [ROUNDS]}.
 */
public final class IsolationCost {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, byte[]> docs = new LinkedHashMap<>();
        for (String seed : List.of("000_d41c947f56d76838.txt", "001_12268666d2510657.txt", "004_73d441455ad1885c.txt")) {
            List<String> lines = Files.readAllLines(Path.of("seeds", seed));
            docs.put(seed.replace(".txt", ".pdf"), pdf(lines));
            docs.put(seed.replace(".txt", ".docx"), docx(lines));
        }
        try (Extractor inProcess = new TextExtractor()) {
            run("in-process", inProcess, docs, rounds);
        }
        Path logs = Files.createTempDirectory("vitae-bench-logs");
        try (SupervisedExtractor child = new SupervisedExtractor(SupervisedExtractor.Settings.defaults(logs))) {
            run("child JVM", child, docs, rounds);
            System.out.printf("parser child resident memory after the run: %s%n", childRss());
        }
    }

    private static void run(String name, Extractor x, Map<String, byte[]> docs, int rounds) {
        for (var e : docs.entrySet()) { // warm-up, and a check that each document extracts
            Extraction r = x.extract(e.getValue(), e.getKey());
            if (!r.isOk()) {
                throw new IllegalStateException(e.getKey() + ": " + r.outcome() + " " + r.reason());
            }
        }
        for (String kind : List.of(".pdf", ".docx")) {
            long t0 = System.nanoTime();
            int n = 0;
            for (int i = 0; i < rounds; i++) {
                for (var e : docs.entrySet()) {
                    if (e.getKey().endsWith(kind)) {
                        x.extract(e.getValue(), e.getKey());
                        n++;
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-11s %-5s %5d docs %7.2f s %8.1f docs/s%n", name, kind, n, s, n / s);
        }
    }

    private static String childRss() throws IOException {
        for (ProcessHandle p : ProcessHandle.current().children().toList()) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS")) {
                        return line.replace("VmRSS:", "").strip() + " (pid " + p.pid() + ")";
                    }
                }
            }
        }
        return "unknown";
    }

    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> printable = new ArrayList<>();
            for (String l : lines) {
                StringBuilder sb = new StringBuilder();
                for (char c : l.toCharArray()) {
                    sb.append(c < 256 && c >= 32 ? c : ' ');
                }
                String s = sb.toString();
                while (s.length() > 95) {
                    printable.add(s.substring(0, 95));
                    s = s.substring(95);
                }
                printable.add(s);
            }
            for (int i = 0; i < printable.size(); i += 50) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(40, 750);
                    for (String l : printable.subList(i, Math.min(printable.size(), i + 50))) {
                        cs.showText(l);
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (String l : lines) {
                body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                        .append("</w:t></w:r></w:p>");
            }
            put(zip, "word/document.xml", body.append("</w:body></w:document>").toString());
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
