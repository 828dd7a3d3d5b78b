package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInExportReadingTest {
    private final RoleReading reading = new LinkedInExportReading();

    /** A synthetic export in the layout's shape: sidebar first, then the main column. */
    private static final String HEAD = "Contact\\nexample@example.org\\nTop Skills\\nJava\\nKafka\\n\\nJane Roe\\nSoftware Engineer\\n"
            + "Springfield, Oregon, United States\\nSummary\\nBuilds things.\\n  Page 1 of 2\\n\\nExperience\\n";

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // one position per company: company, title, dates with tenure, place
        HEAD + "Initech\\nStaff Engineer\\nMay 2020 - Present (3 years 2 months)\\nAustin, Texas, United States\\n- Built it\\n"
                + "Globex\\nEngineer\\nJanuary 2017 - April 2020 (3 years 4 months)\\nEducation\\nState University"
                + " >> Initech / Staff Engineer / 2020-05..present; Globex / Engineer / 2017-01..2020-04",
        // a company with its total tenure, then its positions latest first; the one-line description
        // above the second title is not a company; a page footer between title and dates
        HEAD + "Umbrella Corp\\n3 years 9 months\\nConsultant\\n2006 - September 2008 (2 years)\\nJava work\\nDeveloper\\nPage 1 of 2\\n"
                + "January 2005 - September 2008 (3 years 9 months)\\nHooli\\nTechnical Lead\\n2003 - 2004 (1 year)\\nEducation"
                + " >> Umbrella Corp / Consultant / 2006..2008-09; Umbrella Corp / Developer / 2005-01..2008-09; Hooli / Technical Lead / 2003..2004",
        // after a group, an overlapping position that starts later than the last one belongs to a new company
        HEAD + "Acme School\\n3 years 1 month\\nIT Supervisor\\nSeptember 2018 - September 2021 (3 years 1 month)\\nCairo, Egypt\\n"
                + "CTO\\nSeptember 2018 - August 2021 (3 years)\\nCairo, Egypt\\nYouth Club\\nHead of IT\\nJuly 2020 - May 2021 (11 months)\\n"
                + "Education >> Acme School / IT Supervisor / 2018-09..2021-09; Acme School / CTO / 2018-09..2021-08; Youth Club / Head of IT / 2020-07..2021-05",
        // a company whose name follows a page footer
        HEAD + "Initech\\nStaff Engineer\\nMay 2020 - Present (1 year)\\n- Did work\\n  Page 2 of 3\\n\\nFreelance Engineer\\nEngineer\\n"
                + "May 2019 - July 2019 (3 months) >> Initech / Staff Engineer / 2020-05..present; Freelance Engineer / Engineer / 2019-05..2019-07",
        // a title wrapped onto two lines
        HEAD + "Initech\\nStaff Engineer | Platform, Cloud &\\nAPI Engineering\\nMay 2020 - Present (1 year)\\nGlobex\\nSenior Developer and\\n"
                + "team lead\\nMay 2019 - July 2019 (3 months) >> Initech / Staff Engineer | Platform, Cloud & API Engineering / 2020-05..present; "
                + "Globex / Senior Developer and team lead / 2019-05..2019-07",
        // German export
        "Kontakt\\nTop-Kenntnisse\\nSAP\\nBerufserfahrung\\nMuster AG\\nEntwickler\\nMärz 2019 - Dezember 2021 (2 Jahre 10 Monate)\\nSeite 1 von 2"
                + " >> Muster AG / Entwickler / 2019-03..2021-12"})
    void readsCompaniesTheirPositionsAndDates(String text, String expected) {
        List<FoundEntry> found = RoleReadingTables.read(reading, text);
        assertEquals(expected, String.join("; ", found.stream().map(LinkedInExportReadingTest::describe).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // a plain résumé: an Experience heading and dates, but no tenure in brackets, no footer, no sidebar
        "Experience\\nInitech\\nStaff Engineer\\nMay 2020 - Present\\nGlobex\\nEngineer\\n2017 - 2020",
        // tenure in brackets, but neither the footer nor a sidebar heading
        "Experience\\nInitech\\nStaff Engineer\\nMay 2020 - Present (3 years)",
        // a contact section and tenures, but no page footer
        "Contact\\njane@example.org\\nExperience\\nInitech — Staff Engineer\\nMay 2020 - Present (3 years)",
        // footer and tenure, no Experience heading
        "Work history\\nInitech\\nStaff Engineer\\nMay 2020 - Present (3 years)\\nPage 1 of 1"})
    void otherLayoutsAreNotRead(String text) {
        assertTrue(RoleReadingTables.read(reading, text).isEmpty());
    }

    static String describe(FoundEntry e) {
        FoundRole r = (FoundRole) e;
        return r.organization() + " / " + r.title() + " / " + r.start() + ".." + (r.current() ? "present" : r.end());
    }
}
