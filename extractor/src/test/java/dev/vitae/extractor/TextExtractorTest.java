package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextExtractorTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void plainTextComesOutWhole() throws Exception {
        byte[] bytes = Files.readAllBytes(SEEDS.resolve("001_12268666d2510657.txt"));
        Extraction e = extractor.extract(bytes, "001.txt");
        assertEquals(ExtractionOutcome.OK, e.outcome());
        assertTrue(e.mediaType().startsWith("text/"), e.mediaType());
        assertTrue(e.text().contains("Kosuke Kikuchi"));
    }

    @Test
    void randomBytesAreUnsupportedNotSuccess() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Extraction e = extractor.extract(noise, null);
        assertEquals(ExtractionOutcome.UNSUPPORTED_TYPE, e.outcome(), e.reason());
        assertEquals("application/octet-stream", e.mediaType());
    }

    @Test
    void aTwoColumnPdfComesOutColumnByColumnNotInterleaved() throws Exception {
        List<String> sidebar = List.of("SKILLS", "Java", "Kotlin", "PostgreSQL", "Kubernetes", "LANGUAGES", "English", "German");
        List<String> main = List.of("EXPERIENCE", "Senior Engineer | Acme Inc. | Jan 2020 - Present",
                "- Led the payments team of 6 engineers", "- Cut p99 latency by 40% with caching",
                "Engineer | Globex GmbH | 2016 - 2019", "- Built the billing service in Kotlin",
                "- Migrated 12 services to Kubernetes", "EDUCATION", "B.Sc. Computer Science, TU Berlin");
        Extraction e = extractor.extract(HostileFiles.twoColumnPdf(sidebar, main), "two-column.pdf");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        String text = e.text();
        assertTrue(text.contains(String.join("\n", main)), "main column in reading order:\n" + text);
        assertTrue(text.contains(String.join("\n", sidebar)), "sidebar in reading order:\n" + text);
    }

    @Test
    void aJapaneseTwoColumnPdfKeepsItsSpacesAndGetsNoneBetweenIdeographsAndDigits() throws Exception {
        Path ttf = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
        assumeTrue(Files.exists(ttf), "no IPAGothic (Debian: fonts-ipafont-gothic): skipping the Japanese two-column PDF");
        List<String> sidebar = List.of("スキル", "Java", "Spring Boot", "PostgreSQL", "Kubernetes", "語学", "日本語（ネイティブ）", "英語（ビジネス）");
        List<String> main = List.of("職務経歴", "株式会社メルカリ_バックエンドエンジニア", "2019年|4月-現在",
                "決済基盤を|Java|と|Spring_Boot|で再構築し、障害件数を|40%|削減した。", "楽天グループ株式会社_ソフトウェアエンジニア",
                "2015年|4月-2019年|3月", "在庫管理システムを開発し、1日|300|万件の注文を処理した。", "学歴", "東京大学_工学部_情報工学科");
        Extraction e = extractor.extract(HostileFiles.cjkTwoColumnPdf(ttf, sidebar, main), "ja-two-column.pdf");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        String expected = String.join("\n", main).replace("|", "").replace('_', ' ');
        assertTrue(e.text().contains(expected), "main column, spaces only where the page has them:\n" + e.text());
        assertTrue(e.text().contains(String.join("\n", sidebar)), "sidebar in reading order:\n" + e.text());
    }

    /**
     * Roles whose dates sit beside their title: right-aligned on the title line, or in a narrow date
     * column left of it (a wrapped date included). The dates are notes on the title's line, not a
     * column, so each title keeps its dates on its line, on a page of one role too; a narrow
     * sidebar of consecutive lines, or a short column of a heading and one line beside the top of
     * the page, is still a column, read after the other. Each row: a layout, and the lines the
     * text must have whole.
     */
    @TestFactory
    Stream<DynamicTest> datesBesideTheirTitleStayOnItsLineWhileSidebarsStayColumns() {
        record Case(String layout, List<HostileFiles.Placed> page, List<String> lines) {}
        List<String[]> roles = List.of(
                new String[] {"Senior Engineer, Acme Inc.", "Apr 2019 - Present", ""},
                new String[] {"Engineer, Globex GmbH", "May 2016 - Mar 2019", ""},
                new String[] {"Junior Developer, Initech", "Sep 2014 - Dec", "2016"},
                new String[] {"Intern, Umbrella Corp.", "Jan 2013 - Aug 2014", ""},
                new String[] {"Working Student, Hooli", "Oct 2011 - Dec 2012", ""},
                new String[] {"Tutor, TU Berlin", "Apr 2010 - Sep 2011", ""});
        List<String> bullets = List.of("- Led the payments team of six engineers across two sites",
                "- Cut p99 latency of the checkout service by 40% with caching",
                "- Moved twelve services from virtual machines to Kubernetes");
        List<HostileFiles.Placed> right = new ArrayList<>(), gutter = new ArrayList<>(), sidebar = new ArrayList<>();
        float y = 760;
        for (String[] r : roles) {
            right.add(new HostileFiles.Placed(40, y, r[0]));
            right.add(new HostileFiles.Placed(470, y, r[1] + (r[2].isEmpty() ? "" : " " + r[2])));
            gutter.add(new HostileFiles.Placed(40, y, r[1]));
            gutter.add(new HostileFiles.Placed(160, y, r[0]));
            if (!r[2].isEmpty()) {
                gutter.add(new HostileFiles.Placed(40, y - 14, r[2]));
            }
            for (String b : bullets) {
                y -= 14;
                right.add(new HostileFiles.Placed(52, y, b));
                gutter.add(new HostileFiles.Placed(172, y, b));
            }
            y -= 24;
        }
        List<String> skills = List.of("SKILLS", "Java", "Kotlin", "PostgreSQL", "Kubernetes", "LANGUAGES", "English", "German");
        for (HostileFiles.Placed p : right) {
            if (p.x() < 470) { // the main column of the sidebar page: the right-dates page without its dates
                sidebar.add(p);
            }
        }
        for (int i = 0; i < skills.size(); i++) {
            sidebar.add(new HostileFiles.Placed(470, 760 - i * 14, skills.get(i)));
        }
        // drawn date first, as a browser draws a right float: Tika's text, in drawing order, puts it above its title
        List<HostileFiles.Placed> oneRole = new ArrayList<>(List.of(right.get(1), right.get(0))), shortColumn = new ArrayList<>(right.subList(0, 1));
        oneRole.addAll(right.subList(2, 5));
        shortColumn.addAll(right.subList(2, 5)); // the first role without its dates, a skills column beside it
        shortColumn.add(new HostileFiles.Placed(470, 760, "SKILLS"));
        shortColumn.add(new HostileFiles.Placed(470, 746, "Java, Kotlin"));
        return Stream.of(
                new Case("one role, its dates right-aligned on its title line", oneRole, List.of(
                        "Senior Engineer, Acme Inc. Apr 2019 - Present")),
                new Case("a short column beside the first lines", shortColumn, List.of(
                        "SKILLS\nJava, Kotlin", "Senior Engineer, Acme Inc.\n" + bullets.get(0))),
                new Case("dates right-aligned on the title line", right, List.of(
                        "Senior Engineer, Acme Inc. Apr 2019 - Present", "Junior Developer, Initech Sep 2014 - Dec 2016",
                        "Intern, Umbrella Corp. Jan 2013 - Aug 2014")),
                new Case("a narrow date column left of the titles", gutter, List.of(
                        "Apr 2019 - Present Senior Engineer, Acme Inc.", "Sep 2014 - Dec Junior Developer, Initech",
                        "Jan 2013 - Aug 2014 Intern, Umbrella Corp.")),
                new Case("a narrow sidebar right of the roles", sidebar, List.of(
                        String.join("\n", skills), "Senior Engineer, Acme Inc.\n" + bullets.get(0))))
                .map(c -> DynamicTest.dynamicTest(c.layout(), () -> {
                    Extraction e = extractor.extract(HostileFiles.placedPdf(c.page()), "roles.pdf");
                    assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
                    String text = "\n" + e.text().replaceAll(" *\n+ *", "\n") + "\n";
                    for (String line : c.lines()) {
                        assertTrue(text.contains("\n" + line + "\n"), "'" + line + "' whole in:\n" + e.text());
                    }
                }));
    }

    @Test
    void aSingleColumnPdfIsUnchanged() throws Exception {
        Extraction e = extractor.extract(HostileFiles.pdf("Jane Doe", "Senior Engineer at Acme Inc.", "Built things"), "one.pdf");
        assertEquals("Jane Doe\nSenior Engineer at Acme Inc.\nBuilt things", e.text());
    }

    /**
     * What a PDF's ToUnicode names a glyph is not always what the page shows. Each row: a character
     * the font's map sends elsewhere, where it sends it, the lines drawn, and the text expected.
     */
    @TestFactory
    Stream<DynamicTest> glyphsNamedForAnotherCharacterReadAsThePageShows() {
        record Case(String why, char drawn, String namedAs, List<String> lines, String expected) {}
        List<String> lines = List.of("Jane Doe", "Senior Engineer at Acme Inc.", "Jan 2020 - Present");
        String asDrawn = String.join("\n", lines);
        return Stream.of(
                new Case("space glyph named TAB (Quartz): no tab between every word", ' ', "\t", lines, asDrawn),
                new Case("space glyph named CR (Quartz): not one word per line", ' ', "\r", lines, asDrawn),
                new Case("space glyph named LF: not one word per line", ' ', "\n", lines, asDrawn),
                new Case("hyphen glyph named SOFT HYPHEN: the date dash stays", '-', "\u00AD", lines, asDrawn),
                new Case("ideograph glyph named as its Kangxi radical (U+2F49)", '#', "\u2F49", List.of("2021#6#"), "2021\u67086\u6708"),
                new Case("zero-width space between letters is dropped", '#', "\u200B", List.of("Kot#lin"), "Kotlin"),
                new Case("right-to-left mark before a word is dropped", '#', "\u200F", List.of("#Enhanced the tests"), "Enhanced the tests"),
                new Case("no-break space is a space", '#', "\u00A0", List.of("Jan#2020 (4#months)"), "Jan 2020 (4 months)"))
                .map(c -> DynamicTest.dynamicTest(c.why(), () -> {
                    byte[] pdf = HostileFiles.pdfWithToUnicode(Map.of(c.drawn(), c.namedAs()), c.lines().toArray(String[]::new));
                    Extraction e = extractor.extract(pdf, "remapped.pdf");
                    assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
                    assertEquals(c.expected(), e.text());
                }));
    }

    @TestFactory
    Stream<DynamicTest> invisibleCharactersAreDroppedOutsidePdfs() {
        record Case(String raw, String expected) {}
        return Stream.of(
                new Case("\uFEFFJane Doe", "Jane Doe"),
                new Case("Java\u200B, Kotlin", "Java, Kotlin"),
                new Case("Kot\u2060lin", "Kotlin"),
                new Case("Soft\u00ADware Engineer", "Software Engineer"),
                new Case("2019\u20112021", "2019\u20112021"), // a visible hyphen: the readings fold dashes
                new Case("ZWJ\u200D kept", "ZWJ\u200D kept")) // joiners shape Indic, Persian and emoji text
                .map(c -> DynamicTest.dynamicTest(c.raw(), () -> assertEquals(c.expected(), TextExtractor.clean(c.raw()))));
    }

    @Test
    void filesAttachedToAPdfAreNotItsText() throws Exception {
        Extraction e = extractor.extract(HostileFiles.pdfWithAttachment("<p>Attached</p> duplicate of the CV", "Jane Doe", "Engineer"), "europass.pdf");
        assertEquals(ExtractionOutcome.OK, e.outcome(), e.reason());
        assertEquals("Jane Doe\nEngineer", e.text());
    }

    @Test
    void emptyFileIsEmpty() {
        assertEquals(ExtractionOutcome.EMPTY, extractor.extract(new byte[0], "x.pdf").outcome());
    }

    @Test
    void textOverTheWriteLimitIsTooLarge() {
        byte[] big = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Extraction e = new TextExtractor(100).extract(big, "big.txt");
        assertEquals(ExtractionOutcome.TOO_LARGE, e.outcome(), e.reason());
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        Extraction e = extractor.extract(pdf, "cv.pdf");
        assertEquals("application/pdf", e.mediaType());
        assertTrue(e.outcome() == ExtractionOutcome.CORRUPT || e.outcome() == ExtractionOutcome.EMPTY, e.outcome() + " " + e.reason());
    }
}
