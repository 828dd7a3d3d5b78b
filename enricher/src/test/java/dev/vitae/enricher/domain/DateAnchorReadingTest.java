package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnchorReadingTest {
    private final RoleReading reading = new DateAnchorReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        // header on the date's line
        "EXPERIENCE\\nSenior Engineer | Acme Inc. | Berlin | Jan 2020 – Present >> Senior Engineer >> Acme Inc. >> 2020-01 >> present",
        "Experience\\nSoftware Engineer at Google    2018 – 2020 >> Software Engineer >> Google >> 2018 >> 2020",
        // header lines above the dates
        "Work Experience\\nStripe — Staff Engineer\\nMar 2019 - Feb 2023\\n- Built payments >> Staff Engineer >> Stripe >> 2019-03 >> 2023-02",
        "Experience\\nData Scientist\\nGlobex Corporation\\n2016 – 2018 >> Data Scientist >> Globex Corporation >> 2016 >> 2018",
        // title and employer below the date
        "Berufserfahrung\\nseit 03/2020\\nSenior Softwareentwickler\\nSiemens AG >> Senior Softwareentwickler >> Siemens AG >> 2020-03 >> present"})
    void theDatesAnchorAHeader(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @Test
    void datesInAProjectsSectionAnchorProjects() {
        assertInstanceOf(FoundProject.class,
                RoleReadingTables.read(reading, "Projects\\nSearch revamp | Tech Lead | 2021-01 – 2021-09").get(0));
    }

    @Test
    void datesInEducationAnchorNothing() {
        assertTrue(RoleReadingTables.read(reading, "Experience\\nAcme Inc. 2019 – 2020\\nEducation\\nMIT, BSc Physics 2012 – 2016")
                .stream().allMatch(e -> e.start().year() == 2019));
    }

    @Test
    void aClaimedLineIsNotReadAgain() {
        RoleContext context = RoleContext.of("Experience\nSenior Engineer | Acme Inc. | Jan 2020 – Present");
        RoleClaims claims = new RoleClaims();
        claims.claim(1, new LabelledFieldsReading());
        assertTrue(reading.read(context, claims).isEmpty());
    }
}
