package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricExtractorTest {
    private final MetricExtractor metrics = new MetricExtractor();

    private List<Quantity> find(String text) {
        List<int[]> dates = new ArrayList<>(DateParser.dateSpans(text));
        DateParser.ranges(text).forEach(r -> dates.add(new int[] {r.start(), r.end()}));
        return metrics.find(text, dates);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Processed 1M records nightly|1000000|-|records",
        "wrote 100k+ lines of code|100000|-|lines",
        "managed a $4.2B portfolio|4.2E9|-|USD",
        "stored 2.5 TB of logs|2.5|-|TB",
        "100万件のデータを処理|1000000|-|件",
        "売上1,200万円を達成|1.2E7|-|JPY",
        "하루 500만 건 처리|5000000|-|건",
        "사용자 10만 명|100000|-|명",
        "achieved ~6 minutes ingestion|6|-|minutes",
        "improved memory use by 8-12%|8|12|percent",
        "sub-project leadership (3–4 people)|3|4|people",
        "availability of 99.95%|99.95|-|percent",
        "a 1-hour SLA|1|-|hours",
        "約6分で取り込み|6|-|minutes",
        "reduced cost by 30 %|30|-|percent"})
    void magnitudesUnitsAndRangesAreResolved(String text, double value, Double max, String unit) {
        List<Quantity> q = find(text);
        assertEquals(1, q.size(), text + " -> " + q);
        assertEquals(value, q.get(0).value(), 1e-6);
        if (max == null) {
            assertNull(q.get(0).valueMax());
        } else {
            assertEquals(max, q.get(0).valueMax(), 1e-6);
        }
        assertEquals(unit, q.get(0).unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Migrated from MySQL 5.7 to MySQL 8.0 safely",
        "Implemented HTTP/3 support",
        "IT1. Designed SLI/SLO",
        "Call +1 (415) 555-0192 anytime",
        "Jan 2021 – Present",
        "Founded in 2018 by two people",
        "Peak hours (09:00 AM) were slow",
        "1. Description of the Project"})
    void notMetrics(String text) {
        assertTrue(find(text).isEmpty(), text + " -> " + find(text));
    }

    @org.junit.jupiter.api.Test
    void directionAndSubjectAreRead() {
        Quantity q = find("Reduced slow query occurrences by 70%, stabilizing peak hours").get(0);
        assertEquals(Quantity.Direction.DECREASE, q.direction());
        assertEquals("slow query occurrences", q.subject());
        Quantity up = find("Increased query performance by 20%").get(0);
        assertEquals(Quantity.Direction.INCREASE, up.direction());
    }
}
