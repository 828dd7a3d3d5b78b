package dev.vitae.enricher.domain;

import static dev.vitae.enricher.domain.MappedTextAssertions.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeTextTest {
    private static final String FLAT = "\"Sau Parker  267 Shorehaven Road, Norwalk, CT    PROFESSIONAL EXPERIENCE  "
            + "Nestle, Norwalk, CT | Mar 2008  Present  Digital Marketing Executive  \\xe2\\x80\\xa2 Devise digital marketing "
            + "plans  \\xe2\\x80\\xa2 Create campaigns as planned  \\xef\\x82\\xa7 Manage social marketing strategies for "
            + "R\\xc3\\xa9sum\\xc3\\xa9 clients    SKILLS  SEO, Google Analytics\"";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Sau Parker|Sau Parker",
        "PROFESSIONAL EXPERIENCE|PROFESSIONAL EXPERIENCE",
        "Mar 2008 – Present|Mar 2008  Present",
        "• Devise digital marketing plans|\\xe2\\x80\\xa2 Devise digital marketing plans",
        "• Manage|\\xef\\x82\\xa7 Manage",
        "Résumé clients|R\\xc3\\xa9sum\\xc3\\xa9 clients",
        "SEO, Google Analytics|SEO, Google Analytics"})
    void everyStepMapsBackToTheOriginal(String prepared, String original) {
        ResumeText t = new ResumeText(FLAT);
        int at = t.text().indexOf(prepared);
        String back = FLAT.substring(t.originalOffset(at), t.originalEnd(at + prepared.length()));
        assertEquals(original, back);
    }

    @org.junit.jupiter.api.Test
    void aFlattenedEscapedTextIsReadAsLines() {
        ResumeText t = new ResumeText(FLAT);
        assertEquals(lines("Sau Parker⏎267 Shorehaven Road, Norwalk, CT⏎PROFESSIONAL EXPERIENCE⏎Nestle, Norwalk, CT | "
                + "Mar 2008 – Present⏎Digital Marketing Executive⏎• Devise digital marketing plans⏎• Create campaigns as "
                + "planned⏎• Manage social marketing strategies for Résumé clients⏎SKILLS⏎SEO, Google Analytics"), t.text());
        assertEquals(SectionKind.SKILLS, Sections.kindAt(Sections.of(t), t.text().indexOf("SEO")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "## Experience⏎Acme — Engineer⏎Jan 2021 – Present⏎• Built things",
        "職務経歴⏎株式会社テスト 2019年4月 - 現在⏎バックエンドの設計を担当し、"})
    void lineStructuredTextKeepsItsLines(String in) {
        ResumeText t = new ResumeText(lines(in));
        assertEquals(lines(in).split("\n").length, t.lines().size());
        for (ResumeText.Line l : t.lines()) {
            assertEquals(l.content(), lines(in).substring(t.originalOffset(l.start()), t.originalEnd(l.end())));
        }
    }

    @org.junit.jupiter.api.Test
    void plainTextIsItsOwnMap() {
        String s = "Acme — Engineer\nJan 2021 – Present";
        assertSame(s, new ResumeText(s).text());
    }
}
