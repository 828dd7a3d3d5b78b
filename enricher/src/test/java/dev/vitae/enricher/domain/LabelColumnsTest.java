package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelColumnsTest {

    /** Each row: a text as a label-column template's row is extracted ("\t", "\n" written out), and the prepared text; "=" when unchanged. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\tEXPERIENCE\\tData Engineer · Fenwick Analytics\\n09/2020 – Present|\\tEXPERIENCE\\nData Engineer · Fenwick Analytics\\n09/2020 – Present",
        "\\tBerufserfahrung:\\t\\tEntwicklerin, Nordhaven GmbH|\\tBerufserfahrung:\\n\\tEntwicklerin, Nordhaven GmbH",
        "\\tFormation\\tMaster Informatique, Université de Valmont|\\tFormation\\nMaster Informatique, Université de Valmont",
        "Skills\\tJava, Kotlin|Skills\\nJava, Kotlin",
        // a header row of a role table: three cells
        "\\tExperience\\tCompany\\tDates|=",
        // the left cell is no section name
        "\\tLeeds\\tmorgan@example.net|=",
        // no right cell
        "\\tEDUCATION\\t|=",
        "Plain text with no tabs|=",
    })
    void a_section_label_cell_becomes_a_heading_line(String text, String expected) {
        String t = unescape(text);
        MappedText split = LabelColumns.split(t);
        String got = split == null ? t : split.text();
        assertEquals(expected.equals("=") ? t : unescape(expected), got);
        assertEquals(t.length(), got.length(), "offsets stay as they were");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\tEXPERIENCE\\tData Engineer · Fenwick Analytics Ltd\\n09/2020 – Present\\n\\tEDUCATION\\tMSc Data Science, University of Wexmoor\\n2016 – 2017"
                + "|EXPERIENCE|EDUCATION",
    })
    void the_labels_open_their_sections(String text, String first, String second) {
        ResumeText t = new ResumeText(unescape(text));
        java.util.List<SectionKind> kinds = Sections.of(t).stream().map(Sections.Section::kind).toList();
        assertEquals(java.util.List.of(SectionKind.valueOf(first), SectionKind.valueOf(second)),
                kinds.stream().filter(k -> k != SectionKind.HEADER).toList(), kinds.toString());
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n");
    }
}
