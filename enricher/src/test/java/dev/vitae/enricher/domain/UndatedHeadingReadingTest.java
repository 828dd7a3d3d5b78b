package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UndatedHeadingReadingTest {
    private final RoleReading reading = new UndatedHeadingReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "## Experience\\n\\n### Acme Corp — Staff Engineer\\n\\nBuilt things. >> Staff Engineer >> Acme Corp >> - >> -",
        "Experience\\n\\nBackend Engineer（YUZURIHA）\\n\\n- Built the API >> Backend Engineer >> YUZURIHA >> - >> -",
        // Indeed without dates: title and employer stacked
        "WORK EXPERIENCE\\n\\nSoftware Developer\\n\\nMicrosoft\\n\\nWorked on things >> Software Developer >> Microsoft >> - >> -",
        "WORK EXPERIENCE\\n\\nData Entry Operator\\n\\nMicrosoft -  Patna, Bihar\\n\\nEDUCATION >> Data Entry Operator >> Microsoft >> - >> -"})
    void aTwoPartHeadingIsARole(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // not in an experience section
        "Skills\\n\\n### Acme Corp — Staff Engineer\\n\\nBuilt things.",
        // a line inside a paragraph, not standing alone
        "Experience\\nWe shipped it.\\nAcme Corp — Staff Engineer\\nand more",
        // two stacked lines, but the lower one is a title too
        "Experience\\n\\nSoftware Developer\\n\\nTeam Lead\\n\\nmore"})
    void otherLinesAreNoRole(String text) {
        assertTrue(RoleReadingTables.read(reading, text).isEmpty(), text);
    }
}
