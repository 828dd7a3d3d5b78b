package dev.vitae.bench.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A résumé as a Word document written with Apache POI. The skills and the education are always
 * tables with a header row; the experience is either paragraphs (title line, dates, bullets) or a
 * table of period, company and position with the achievements in the last cell, as 職務経歴書
 * templates lay it out. POI stamps the current time into the package, so the zip is rewritten with
 * fixed entry times and the core properties carry a fixed date: the same résumé, the same bytes.
 */
final class DocxRenderer {
    private static final long FIXED_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z

    byte[] render(Resume r, boolean experienceTable) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(FIXED_TIME)));
            doc.getProperties().getCoreProperties().setTitle(r.documentTitle());
            paragraph(doc, r.name(), true, 20);
            paragraph(doc, r.headline(), false, 12);
            paragraph(doc, String.join(" · ", r.contact()), false, 9);

            paragraph(doc, r.summaryHeading(), true, 13);
            paragraph(doc, r.summary(), false, 10);

            paragraph(doc, r.experienceHeading(), true, 13);
            if (experienceTable) {
                XWPFTable t = doc.createTable(1, 3);
                cells(t.getRow(0), r.labels().period(), r.labels().company(), r.labels().role());
                for (Resume.Role role : r.roles()) {
                    XWPFTableRow row = t.createRow();
                    row.getCell(0).setText(role.period());
                    row.getCell(1).setText(role.company() + " (" + role.city() + ")");
                    row.getCell(2).setText(role.title());
                    for (String a : role.achievements()) {
                        row.getCell(2).addParagraph().createRun().setText(a);
                    }
                }
            } else {
                for (Resume.Role role : r.roles()) {
                    paragraph(doc, role.title() + " — " + role.company() + ", " + role.city(), true, 11);
                    paragraph(doc, role.period(), false, 9);
                    for (String a : role.achievements()) {
                        paragraph(doc, "• " + a, false, 10);
                    }
                }
            }

            paragraph(doc, r.skillsHeading(), true, 13);
            XWPFTable skills = doc.createTable(1, 2);
            cells(skills.getRow(0), r.labels().category(), r.labels().skills());
            for (Resume.SkillGroup g : r.skills()) {
                cells(skills.createRow(), g.label(), String.join(", ", g.skills()));
            }

            paragraph(doc, r.educationHeading(), true, 13);
            XWPFTable edu = doc.createTable(1, 3);
            cells(edu.getRow(0), r.labels().period(), r.labels().degree(), r.labels().school());
            for (Resume.Education e : r.education()) {
                cells(edu.createRow(), e.period(), e.degree(), e.school());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return withFixedTimes(out.toByteArray());
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void cells(XWPFTableRow row, String... texts) {
        List<String> values = List.of(texts);
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }

    /** The same zip with every entry's time set to {@link #FIXED_TIME}. */
    private static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
