package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeReadingTest {
    private final RoleReading reading = new NarrativeReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "She worked as a Data Engineer at Umbrella Labs for three years. >> Data Engineer >> Umbrella Labs >> - >> -",
        // a PDF wraps the lead words over two lines
        "She worked\\nas a Data Engineer at Umbrella Labs for three years. >> Data Engineer >> Umbrella Labs >> - >> -",
        "At Globex Corporation, I found myself\\nas the lead architect, overseeing the rebuild. >> Lead Architect >> Globex Corporation >> - >> -",
        "At Globex Corporation, I found myself as the lead architect, overseeing the rebuild. >> Lead Architect >> Globex Corporation >> - >> -",
        "I served myself as the release manager, and led the migration of Truist Financial Corporation's data. >> Release Manager >> Truist Financial Corporation >> - >> -"})
    void proseNamesTitleAndOrganization(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "I worked on many things as a team player.",
        "Known to colleagues as the go-to person for builds."})
    void proseWithoutBothIsNoRole(String text) {
        assertTrue(RoleReadingTables.read(reading, text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // rules bound the blocks; without rules (a PDF drops them) the recurring opening heading does
        "Project\\nAt Globex Corporation, I found myself as the lead architect, overseeing a rebuild.\\nProject\\nAt Initech Inc., I found myself as a data engineer, building pipelines. >> Globex Corporation/Lead Architect, Initech Inc./Data Engineer",
        "Project\\nAt Globex Corporation, I found myself as the lead architect, overseeing a rebuild.\\n---\\nProject\\nAt Initech Inc., I found myself as a data engineer, building pipelines. >> Globex Corporation/Lead Architect, Initech Inc./Data Engineer",
        // an opening line that does not recur bounds nothing: one block, one role
        "Summary\\nAt Globex Corporation, I found myself as the lead architect, overseeing a rebuild.\\nAt Initech Inc., I found myself as a data engineer, building pipelines. >> Globex Corporation/Lead Architect"})
    void eachBlockIsOneRole(String text, String expected) {
        List<String> got = RoleReadingTables.read(reading, text).stream()
                .map(e -> ((FoundRole) e).organization() + "/" + ((FoundRole) e).title()).toList();
        assertEquals(List.of(expected.split(", ")), got, text);
    }
}
