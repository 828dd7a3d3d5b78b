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
        "May - Dec 2019 · Remote|2019-05|2019-12",
        "Jan. – Mar. 2020|2020-01|2020-03",
        "mayo a diciembre de 2019|2019-05|2019-12",
        "März bis Juni 2018|2018-03|2018-06",
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
        "1 March 2020 – 15 June 2021|2020-03-01|2021-06-15",
        "Summer 2022|2022-06|2022-08",
        "Summer 2012 and 2013|2012-06|2013-08",
        "Fall 2019 – Spring 2021|2019-09|2021-05",
        "verano de 2019|2019-06|2019-08",
        "01/09/2017 – 31/08/2019|2017-09-01|2019-08-31",
        "01.09.2017 - 31.08.2019|2017-09-01|2019-08-31",
        "06/18/2017 - 08/31/2017|2017-06-18|2017-08-31",
        "05/01/2017 - 08/31/2017|2017-05-01|2017-08-31",
        "05/01/2017 - 15/07/2019|2017-01-05|2019-07-15",
        "2023. 06. - 현재|2023-06|present",
        "2019. 03. ~ 2021. 12.|2019-03|2021-12",
        "septembre 05 – décembre 08|2005-09|2008-12",
        "janvier 98 - décembre 08|1998-01|2008-12",
        "Principios de 2014 – Finales de 2015|2014-01|2015-12",
        "Enero 2015 – A la Fecha|2015-01|present",
        "2016 hasta la fecha|2016|present",
        "Anfang 2016 bis Ende 2018|2016-01|2018-12",
        "mid-2016 – late 2018|2016-06|2018-12",
        "2019年4月～2021年6月現在|2019-04|present",
        "2019年4月－現在|2019-04|present",
        "09/14-Present|2014-09|present",
        "05/13-08/14|2013-05|2014-08",
        "10/98 – 06/03|1998-10|2003-06"})
    void rangesInEveryFormTheSamplesUse(String text, String from, String to) {
        List<DateRange> r = DateParser.ranges("Engineer, Acme — " + text + " (Berlin)");
        assertEquals(1, r.size(), text);
        assertEquals(from, r.get(0).from().toString());
        assertEquals(to, r.get(0).current() ? "present" : r.get(0).to().toString());
    }

    /** Every dash and hyphen of Unicode's dash class, and the minus sign and its variants, separates a range. */
    @ParameterizedTest
    @CsvSource({"2010", "2011", "2012", "2013", "2014", "2015", "2212", "FE58", "FE63", "FF0D", "00AD"})
    void everyDashSeparatesARange(String hex) {
        String dash = String.valueOf((char) Integer.parseInt(hex, 16));
        for (String text : List.of("Jan 2019 " + dash + " Present", "2018" + dash + "2021", "03/2018 " + dash + " 05/2020")) {
            List<DateRange> r = DateParser.ranges("Acme, " + text + " Berlin");
            assertEquals(1, r.size(), hex + ": " + text);
            assertTrue(r.get(0).current() || r.get(0).to() != null, text);
        }
    }

    /** PDF text: a range glued to the next word, or broken after its dash with the end glued to what follows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01/09/2017 – 31/08/2019Wissenschaftliche Mitarbeiterin|2017-09-01|2019-08-31|31/08/2019",
        "Jan 2020 –\\nPresentSoftware Engineer|2020-01|present|Present",
        "Mar 2016 -\\nDec 2019 Acme Corp|2016-03|2019-12|Dec 2019"})
    void rangesAsPdfExtractionLeavesThem(String text, String from, String to, String endsWith) {
        String t = text.replace("\\n", "\n");
        List<DateRange> r = DateParser.ranges(t);
        assertEquals(1, r.size(), text);
        assertEquals(from, r.get(0).from().toString());
        assertEquals(to, r.get(0).current() ? "present" : r.get(0).to().toString());
        assertTrue(t.substring(0, r.get(0).end()).endsWith(endsWith), t.substring(0, r.get(0).end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MySQL 5.7 to MySQL 8.0",
        "職務経歴書 2021年6月現在 山田太郎",
        "May 15 - June 20 conference",
        "2019 - Presentation of results",
        "Jan 2020 –\\n\\nthe next paragraph",
        "Improved throughput by 2019%",
        "2021 - 2019",
        "phone 2019-2020-1234",
        "2019.13 ~ 2020.02",
        "scored 3/4 - 1/2 of the points",
        "13/14 - 14/15 season"})
    void notRanges(String text) {
        String t = text.replace("\\n", "\n");
        assertTrue(DateParser.ranges(t).isEmpty(), t + " → " + DateParser.ranges(t));
    }
}
