package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UndatedHeadingReadingTest {
    private final RoleReading reading = new UndatedHeadingReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "## Experience\\n\\n### Acme Corp — Staff Engineer\\n\\nBuilt things. >> Staff Engineer >> Acme Corp >> - >> -",
        "Experience\\n\\nBackend Engineer（YUZURIHA）\\n\\n- Built the API >> Backend Engineer >> YUZURIHA >> - >> -"})
    void aTwoPartHeadingIsARole(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // not in an experience section
        "Skills\\n\\n### Acme Corp — Staff Engineer\\n\\nBuilt things.",
        // a line inside a paragraph, not standing alone
        "Experience\\nWe shipped it.\\nAcme Corp — Staff Engineer\\nand more"})
    void otherLinesAreNoRole(String text) {
        assertTrue(RoleReadingTables.read(reading, text).isEmpty(), text);
    }
}
