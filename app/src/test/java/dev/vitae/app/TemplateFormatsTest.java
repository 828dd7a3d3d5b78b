package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.Education;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word-processor and HTML résumé templates, extractor and enricher in the loop (in process, no
 * Kafka). The fixtures in {@code templates/} are synthetic, written in the templates' shapes: a
 * label-column table (section names in the left cells) as DOCX and HTML, and a JSON Resume theme
 * page ("Organization · Title", "Title at Organization", "Title, Organization"; dates below or above
 * the header, once broken before the dash; a company named in a bullet; a course list).
 */
class TemplateFormatsTest {
    private static LocalParser parser;

    @BeforeAll
    static void open() throws Exception {
        parser = LocalParser.open(true, Instant.parse("2026-11-01T00:00:00Z"));
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    private static ResumeProfile parse(String fixture) throws Exception {
        try (InputStream in = TemplateFormatsTest.class.getResourceAsStream("/templates/" + fixture)) {
            LocalParser.Result r = parser.parse(in.readAllBytes(), fixture);
            assertTrue(r.isOk(), r.refusal());
            return r.profile();
        }
    }

    /** Each row: a fixture, its roles ("org / title / start..end", ";" between) and its schools ("institution / degree"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "label-column.docx|Fenwick Analytics Ltd / Data Engineer / 2020-09..;Brackley Retail Group / Analyst / 2018-01..2020-08"
                + "|University of Wexmoor / MSc Data Science",
        "label-column.html|Harrowgate Payments / Senior Engineer / 2021-03..;Tillbury Logistics / Software Engineer / 2017-06..2021-02"
                + "|Eastmoor University / BSc Computer Science",
        "json-resume-theme.html|Quillfield Software / Staff Engineer / 2022-04..;Marrowby Health / Senior Developer / 2019-01..2022-03"
                + ";Stellan Freight / Backend Developer / 2016-06..2018-12;Corvale Labs / Intern / 2015-05..2015-08"
                + "|Hollins Technical University / Bachelor",
    })
    void templates_read_as_what_they_are(String fixture, String roles, String schools) throws Exception {
        ResumeProfile p = parse(fixture);
        List<String> gotRoles = p.getRoles().stream().map(TemplateFormatsTest::role).toList();
        assertEquals(List.of(roles.split(";")), gotRoles);
        List<String> gotSchools = p.getEducation().stream().map(TemplateFormatsTest::school).toList();
        assertEquals(List.of(schools.split(";")), gotSchools);
    }

    private static String role(Role r) {
        return r.getOrganization() + " / " + r.getTitle() + " / " + r.getStart() + ".." + (r.getCurrent() || r.getEnd() == null ? "" : r.getEnd());
    }

    private static String school(Education e) {
        return e.getInstitution() + " / " + e.getDegree();
    }
}
