package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WORK EXPERIENCE|EXPERIENCE",
        "Career Experience/Job History|EXPERIENCE",
        "Marketing Related Experience|EXPERIENCE",   // "<kind of> Experience"
        "RETAIL EXPERIENCE|EXPERIENCE",
        "Teaching Experience|EXPERIENCE",
        "PROJECT EXPERIENCE|PROJECTS",
        "Academic Qualifications|EDUCATION",
        "EDUCATIONAL QUALIFICATIONS|EDUCATION",
        "Computer Skills|SKILLS",
        "Career Objective|SUMMARY",
        "Summary of Qualification|SUMMARY",
        "Certifications/Licenses|CERTIFICATIONS"})
    void headingsNameTheirSection(String heading, SectionKind kind) {
        assertEquals(kind, Sections.kindOf(heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hands-on experience",             // a phrase, not a heading
        "5 Years Experience",
        "Experience in Cloud Technologies",
        "Software Engineer",
        "Some Very Long Named Area Experience"})
    void phrasesAreNotHeadings(String heading) {
        assertNull(Sections.kindOf(heading));
    }
}
