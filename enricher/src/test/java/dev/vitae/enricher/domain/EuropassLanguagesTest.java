package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuropassLanguagesTest {
    private static final String NEW_HEAD = "WORK EXPERIENCE\\n01/2020 – CURRENT\\nEngineer\\nAcme\\nEDUCATION AND TRAINING\\nLANGUAGE SKILLS\\n";

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // the new editor: mother tongues on the label's line, each other language above its grid
        NEW_HEAD + "MOTHER TONGUE(S):  Gujarati  Hindi\\nEnglish\\nListening Reading Spoken Spoken Writing\\nC1 C1 production interaction B2\\n"
                + "B2 B2\\nGerman\\nListening Reading Spoken Spoken Writing\\nA1 A1 production interaction A1\\nA1 A1\\nDIGITAL SKILLS\\nPython"
                + " >> Gujarati native; Hindi native; English C1/C1/B2/B2/B2; German A1/A1/A1/A1/A1",
        // the old editor: the grid on the language's line
        "PERSONAL INFORMATION Jane Roe\\nWORK EXPERIENCE\\n2019–2020 Tutor\\nSchool, Leeds (United Kingdom)\\nPERSONAL SKILLS\\n"
                + "Mother tongue(s) Chinese\\nOther language(s) UNDERSTANDING SPEAKING WRITING\\nListening Reading Spoken interaction Spoken production\\n"
                + "English C1 C1 B2 B2 B2\\nDigital competence >> Chinese native; English C1/C1/B2/B2/B2"})
    void theGridIsReadAsSuch(String text, String expected) {
        List<dev.vitae.schemas.SpokenLanguage> found = EuropassLanguages.read(new ResumeText(text.replace("\\n", "\n")));
        assertEquals(expected, String.join("; ", found.stream().map(l -> l.getName() + " " + l.getLevel()).toList()));
    }

    @Test
    void otherLayoutsAreLeftToTheProseRules() {
        assertNull(EuropassLanguages.read(new ResumeText("Experience\nAcme 2019 - 2020\nLanguages\nEnglish (native), German (B2)")));
    }
}
