package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jan 2021 – Present|2021-01|present",
        "April 1, 2019 - September 30, 2024|2019-04-01|2024-09-30",
        "06/2019 – Present|2019-06|present",
        "2021.08 ~ 2023.07|2021-08|2023-07",
        "2019年4月～現在|2019-04|present",
        "2019.03 ~ 현재|2019-03|present",
        "janvier 2020 – aujourd'hui|2020-01|present",
        "2018 - 2021|2018|2021",
        "März 2018 bis heute|2018-03|present",
        "Enero de 2019 - actualidad|2019-01|present",
        "03/2018 – heute|2018-03|present",
        "2015年4月～2019年3月|2015-04|2019-03",
        "Since 2019|2019|present",
        "Sept 2016 to Feb 2019|2016-09|2019-02",
        "1 March 2020 – 15 June 2021|2020-03-01|2021-06-15"})
    void rangesInEveryFormTheSamplesUse(String text, String from, String to) {
        List<DateRange> r = DateParser.ranges("Engineer, Acme — " + text + " (Berlin)");
        assertEquals(1, r.size(), text);
        assertEquals(from, r.get(0).from().toString());
        assertEquals(to, r.get(0).current() ? "present" : r.get(0).to().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MySQL 5.7 to MySQL 8.0",
        "Improved throughput by 2019%",
        "2021 - 2019",
        "phone 2019-2020-1234",
        "2019.13 ~ 2020.02"})
    void notRanges(String text) {
        assertTrue(DateParser.ranges(text).isEmpty(), text);
    }
}
