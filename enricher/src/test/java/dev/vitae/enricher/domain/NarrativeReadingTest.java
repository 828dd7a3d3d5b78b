package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeReadingTest {
    private final RoleReading reading = new NarrativeReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "She worked as a Data Engineer at Umbrella Labs for three years. >> Data Engineer >> Umbrella Labs >> - >> -",
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
}
