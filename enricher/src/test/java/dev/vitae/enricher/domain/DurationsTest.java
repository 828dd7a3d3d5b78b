package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 Year 3 Months|true",
        "9 Months|true",
        "2 yrs|true",
        "(2 years)|true",
        "2+ years|true",
        "1.5 years|true",
        "3 Jahre und 2 Monate|true",
        "2 ans et 6 mois|true",
        "1 año y 3 meses|true",
        "3年2ヶ月|true",
        "2년 6개월|true",
        "Acme Corp|false",
        "3M|false",                 // a company, not a unit
        "24 Hour Fitness|false",
        "Year Up|false",            // a unit without a number
        "Months Ltd|false",
        "2019|false",               // a year, not a length of time
        "5 Years Experience|false",
        "'  '|false"})
    void aLengthOfTimeIsRecognised(String text, boolean duration) {
        assertEquals(duration, Durations.isDuration(text));
    }
}
