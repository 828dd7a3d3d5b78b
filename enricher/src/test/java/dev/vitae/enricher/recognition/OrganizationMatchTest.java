package dev.vitae.enricher.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same verdicts as ../shared/eval/score.py's similar(). */
class OrganizationMatchTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oracle India Pvt Ltd|oracle|true",
        "AMD, Inc.|AMD|true",
        "Tata Consultancy Services|TCS|false",
        "HCL Technologies|HCL Tech|true",
        "Infosys Limited|Infosys|true",
        "Accenture|Capgemini|false",
        "株式会社サンプル|サンプル|true",
        "Inc.|Inc|false",
        "British Telecom Open reach|BT Openreach|false"})
    void matchesAsTheScorerDoes(String a, String b, boolean expected) {
        assertEquals(expected, OrganizationMatch.similar(a, b));
        assertEquals(expected, OrganizationMatch.similar(b, a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Acme Corp;Globex|Acme;Acme Corporation;Globex Inc|2", "Acme|Globex|0"})
    void eachFoundNameMatchesOneGoldNameAtMost(String gold, String found, int expected) {
        assertEquals(expected, OrganizationMatch.matches(List.of(gold.split(";")), List.of(found.split(";"))));
    }
}
