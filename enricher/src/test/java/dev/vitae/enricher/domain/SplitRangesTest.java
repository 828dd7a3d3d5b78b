package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitRangesTest {

    /** Each row: a text ("\n" written out), and the range read from the prepared text ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Backend Developer at Stellan Freight\\n06/2016\\n– 12/2018\\n\\tWrote ETL jobs.|2016-06..2018-12",
        "Marrowby Health · Senior Developer\\nSep 2019\\n  - Present|2019-09..present",
        "Analista, Casa Ventura\\nmarzo 2017\\n– junio 2019|2017-03..2019-06",
        // a hyphen bullet after a year: more words follow the date
        "Budget 2019\\n- 2020 budget planning for the team|-",
        // a whole range already on the first line
        "01/2019 – 03/2022\\n– 04/2022|2019-01..2022-03",
    })
    void a_range_broken_before_its_dash_is_read_whole(String text, String expected) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        var ranges = DateParser.ranges(t.text());
        String got = ranges.isEmpty() ? "-" : ranges.get(0).from() + ".." + (ranges.get(0).current() ? "present" : ranges.get(0).to());
        assertEquals(expected, got, t.text());
        assertEquals(text.replace("\\n", "\n").length(), t.text().length(), "offsets stay as they were");
    }
}
