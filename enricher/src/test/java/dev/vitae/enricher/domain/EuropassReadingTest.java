package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuropassReadingTest {
    private final RoleReading reading = new EuropassReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // the new editor: dates alone in the gutter, then title, then employer; a place line after the bullets
        "Jane\\nRoe\\nCONTACT\\nWORK EXPERIENCE\\n01/05/2020 – CURRENT\\nStudent Assistant\\nInstitute for Things\\n◦ Built pipelines.\\n"
                + "Ilmenau, Germany\\n07/2018 – 08/2019\\nSoftware Engineer (Data)\\nAcme Datamatics\\n◦ Worked.\\n"
                + "EDUCATION AND TRAINING\\n10/2019 – CURRENT – Ilmenau, Germany\\nMaster of Science\\nTechnical University\\n"
                + "LANGUAGE SKILLS\\nMOTHER TONGUE(S): German"
                + " >> Institute for Things / Student Assistant / 2020-05-01..present; Acme Datamatics / Software Engineer (Data) / 2018-07..2019-08",
        // the old editor: title after the dates, employer with its place on the next line, footer naming Europass
        "Curriculum vitae\\nPERSONAL INFORMATION Jane Roe\\nWORK EXPERIENCE\\n\\n18/06/2017–31/08/2017 Tutor\\n"
                + "Example Education Group, Changsha (China)\\n\\n▪ taught students.\\n\\n01/2015–05/2017 Clerk\\nCity Office, Leeds (United Kingdom)\\n"
                + "EDUCATION AND TRAINING\\n08/09/2017–Present Bachelor of computer science\\nUniversity of Somewhere\\n"
                + "27/12/18 © European Union, 2002-2018 | http://europass.cedefop.europa.eu Page 1 / 2"
                + " >> Example Education Group / Tutor / 2017-06-18..2017-08-31; City Office / Clerk / 2015-01..2017-05",
        // bracketed dates; a "City: … | Country: …" line is no employer
        "WORK EXPERIENCE\\n[ 01/2018 – 07/2018 ]\\nTrainee\\nCity: Ahmedabad | Country: India\\n[ 2016 – 2017 ]\\nIntern\\nData Labs\\n"
                + "EDUCATION AND TRAINING\\nLANGUAGE SKILLS >> null / Trainee / 2018-01..2018-07; Data Labs / Intern / 2016..2017",
        // the employer's place after a dash comes off
        "WORK EXPERIENCE\\n03/2019 – 12/2021\\nDeveloper\\nMuster GmbH – Berlin, Germany\\nEDUCATION AND TRAINING\\nDIGITAL SKILLS\\nDevOps: Docker"
                + " >> Muster GmbH / Developer / 2019-03..2021-12"})
    void readsTheWorkExperienceSectionOnly(String text, String expected) {
        List<FoundEntry> found = RoleReadingTables.read(reading, text);
        assertEquals(expected, String.join("; ", found.stream().map(LinkedInExportReadingTest::describe).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // a work-experience heading alone is not Europass
        "WORK EXPERIENCE\\n03/2019 – 12/2021\\nDeveloper\\nMuster GmbH\\nEDUCATION\\nBSc",
        // labels in prose case, and the European Union named in a sentence, are not Europass's markers
        "Professional Experience\\n2008 - 2009\\nAdviser to the European Union\\nPosition: Engineer\\nLanguage skills\\nFrench"})
    void otherLayoutsAreNotRead(String text) {
        assertTrue(RoleReadingTables.read(reading, text).isEmpty());
    }
}
