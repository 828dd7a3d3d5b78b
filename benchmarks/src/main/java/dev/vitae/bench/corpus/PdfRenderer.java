package dev.vitae.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A résumé as an A4 PDF with embedded, subset TrueType fonts. One column: header, then every
 * section down the page, each role's dates right-aligned on its title line. Two columns: the header
 * across the top, then a narrow left column (contact, skills, education) beside a wide right one
 * (summary, experience), each flowing onto further pages on its own. Lines are wrapped at spaces,
 * and inside words for scripts written without them. The trailer ID is derived from the text, so
 * the same résumé always gives the same bytes.
 */
final class PdfRenderer {
    private static final float TOP = 800, BOTTOM = 50, LEFT = 50, PAGE_WIDTH = PDRectangle.A4.getWidth();

    private final Fonts fonts;

    PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    boolean canRender(String language) {
        return fonts.face(language).isPresent() && fonts.face("en").isPresent();
    }

    byte[] render(Resume r, boolean twoColumns) throws IOException {
        Fonts.Face face = fonts.face(r.language()).orElseThrow(() -> new IllegalStateException("no font for " + r.language()));
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, face.regular(), true);
            PDFont bold = face.bold() == face.regular() ? regular : PDType0Font.load(doc, face.bold(), true);
            Pages pages = new Pages(doc);
            float width = PAGE_WIDTH - 2 * LEFT;
            Flow header = new Flow(pages, LEFT, width, TOP);
            header.line(r.name(), bold, 20, 0);
            header.line(r.headline(), regular, 12, 0);
            if (twoColumns) {
                header.gap(8);
                float columnTop = header.y;
                Flow side = new Flow(pages, LEFT, 150, columnTop);
                Flow main = new Flow(pages, LEFT + 170, width - 170, columnTop);
                for (String c : r.contact()) {
                    side.line(c, regular, 8.5f, 0);
                }
                skills(side, r, regular, bold);
                education(side, r, regular, bold);
                summary(main, r, regular, bold);
                experience(main, r, regular, bold, false);
            } else {
                header.line(String.join("  |  ", r.contact()), regular, 9, 0);
                summary(header, r, regular, bold);
                experience(header, r, regular, bold, true);
                skills(header, r, regular, bold);
                education(header, r, regular, bold);
            }
            pages.close();
            byte[] id = Integer.toHexString(r.toString().hashCode()).getBytes(StandardCharsets.US_ASCII);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void summary(Flow f, Resume r, PDFont regular, PDFont bold) throws IOException {
        f.heading(r.summaryHeading(), bold);
        f.line(r.summary(), regular, 10, 0);
    }

    private static void experience(Flow f, Resume r, PDFont regular, PDFont bold, boolean datesRight) throws IOException {
        f.heading(r.experienceHeading(), bold);
        String bullet = r.language().equals("ja") ? "・" : r.language().equals("ko") ? "- " : "• ";
        for (Resume.Role role : r.roles()) {
            String title = role.title() + ", " + role.company() + " (" + role.city() + ")";
            if (datesRight) {
                f.lineWithRight(title, role.period(), bold, regular, 10.5f);
            } else {
                f.line(title, bold, 10.5f, 0);
                f.line(role.period(), regular, 9, 0);
            }
            for (String a : role.achievements()) {
                f.line(bullet + a, regular, 10, 10);
            }
            f.gap(4);
        }
    }

    private static void skills(Flow f, Resume r, PDFont regular, PDFont bold) throws IOException {
        f.heading(r.skillsHeading(), bold);
        for (Resume.SkillGroup g : r.skills()) {
            f.line(g.label() + ": " + String.join(", ", g.skills()), regular, 9.5f, 0);
        }
    }

    private static void education(Flow f, Resume r, PDFont regular, PDFont bold) throws IOException {
        f.heading(r.educationHeading(), bold);
        for (Resume.Education e : r.education()) {
            f.line(e.degree() + ", " + e.school(), regular, 9.5f, 0);
            f.line(e.period(), regular, 9, 0);
        }
    }

    /** The pages of a document and one open content stream each, so that two columns can write to the same page. */
    private static final class Pages {
        private final PDDocument doc;
        private final List<PDPageContentStream> streams = new ArrayList<>();

        Pages(PDDocument doc) {
            this.doc = doc;
        }

        PDPageContentStream get(int index) throws IOException {
            while (streams.size() <= index) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                streams.add(new PDPageContentStream(doc, page));
            }
            return streams.get(index);
        }

        void close() throws IOException {
            for (PDPageContentStream s : streams) {
                s.close();
            }
        }
    }

    /** A column that writes lines top to bottom and continues at the top of the next page. */
    private static final class Flow {
        private final Pages pages;
        private final float x, width;
        private float y;
        private int page;

        Flow(Pages pages, float x, float width, float y) {
            this.pages = pages;
            this.x = x;
            this.width = width;
            this.y = y;
        }

        void gap(float points) {
            y -= points;
        }

        void heading(String text, PDFont bold) throws IOException {
            gap(8);
            line(text, bold, 12.5f, 0);
            gap(2);
        }

        void line(String text, PDFont font, float size, float indent) throws IOException {
            for (String part : wrap(text, font, size, width - indent)) {
                draw(part, font, size, x + indent);
                y -= size * 1.35f;
            }
        }

        void lineWithRight(String left, String right, PDFont leftFont, PDFont rightFont, float size) throws IOException {
            float rightWidth = width(right, rightFont, size);
            List<String> parts = wrap(left, leftFont, size, width - rightWidth - 12);
            for (int i = 0; i < parts.size(); i++) {
                draw(parts.get(i), leftFont, size, x);
                if (i == 0) {
                    draw(right, rightFont, size, x + width - rightWidth);
                }
                y -= size * 1.35f;
            }
        }

        private void draw(String text, PDFont font, float size, float at) throws IOException {
            if (y < BOTTOM) {
                page++;
                y = TOP;
            }
            PDPageContentStream cs = pages.get(page);
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(at, y);
            cs.showText(text);
            cs.endText();
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        /** Greedy wrapping at spaces; a word wider than the line (or a run of CJK) is broken between characters. */
        private static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int[] cps = word.codePoints().toArray();
                for (int cp : cps) {
                    String next = line.toString() + Character.toString(cp);
                    if (!line.isEmpty() && width(next, font, size) > max) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
