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

    private List<Quantity> find(String written) {
        String text = written.replace("\\n", "\n"); // a table row cannot hold a line break; "\n" stands for one
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
        "reduced cost by 30 %|30|-|percent",
        // magnitude words in six languages, bare or with what they count
        "raised $5 billion in funding|5E9|-|USD",
        "reached 600 million users|6E8|-|users",
        "a budget of 3.6 million|3.6E6|-|count",
        "over 3.6 million downloads|3.6E6|-|downloads",
        "2 milliards d’euros de chiffre d’affaires|2E9|-|EUR",
        "5 mille visiteurs|5000|-|visiteurs",
        "5 Millionen Nutzer|5E6|-|Nutzer",
        "2 Milliarden Euro Umsatz|2E9|-|EUR",
        "5 Tausend Kunden|5000|-|Kunden",
        "3 mil usuarios|3000|-|usuarios",
        "1 millón de usuarios|1E6|-|usuarios",
        "2 mil millones de pesos|2E9|-|pesos",
        "月間3億PV|3E8|-|count",
        "누적 300억 원 거래|3E10|-|KRW",
        // numbers written as words
        "a hundred thousand users|100000|-|users",
        "nine years of experience|9|-|years",
        "over a million downloads|1E6|-|downloads",
        "a two-month internship|2|-|months",
        "twenty-five percent fewer tickets|25|-|percent",
        // multipliers, durations, money units after the number
        "4.2x faster builds|4.2|-|times",
        "82× more efficient controllers|82|-|times",
        "Helmholtz-AI Projekt (500K Euro)|500000|-|EUR",
        "입사 6개월 만에|6|-|months",
        "開発経験5年|5|-|years",
        "Java (5 years)|5|-|years",
        "입사 6 개월 만에|6|-|months",
        "6개 월 동안|6|-|months",
        // a justified PDF line spreads a number and its unit apart
        "実測で約 6  分での取り込み|6|-|minutes",
        "맡은 서비스가 15  개 이상이며|15|-|개",
        "_6개 전략의 신호 점수_|6|-|개",
        "mit 5 Jahren Berufserfahrung|5|-|years",
        "seit 5 Jahren im Team|5|-|years",
        "Over 17+ years of experience|17|-|years",
        // counted nouns: plurals, German plurals, wrapped lines, hyphenated compounds
        "to process 5,000+\\nsecure daily transactions|5000|-|transactions",
        "Team von 7 Entwicklern|7|-|Entwicklern",
        "Air India Limited (3 Projects)|3|-|Projects",
        "a ~10-engineer product team|10|-|team",
        "30 microservices running daily|30|-|microservices",
        "sub-10ms latency|10|-|ms",
        "レスポンスタイムを200msから短縮|200|-|ms",
        "mentored a dynamic 30 member team|30|-|team",
        "serving 1000 req/s at peak|1000|-|req/s",
        "Customer satisfaction 95%|95|-|percent",
        "Gestión de 1.200 clientes, reducción del 20%|20|-|percent",
        "Test coverage 85%\\nShipped weekly|85|-|percent",
        "Leitung von 3 Projekte|3|-|Projekte",
        "orders totaling over 12M+ SAR|1.2E7|-|SAR",
        "Nexus 5k and 9K switches|9000|-|switches",
        "Managed 20 engineers|20|-|engineers",
        "a team of 20 engineers|20|-|engineers",
        "Betreuung von 20 Kunden|20|-|Kunden",
        "0% downtime in production|0|-|percent"})
    void magnitudesUnitsAndRangesAreResolved(String text, double value, Double max, String unit) {
        List<Quantity> q = find(text);
        assertEquals(1, q.size(), text + " -> " + q);
        assertEquals(value, q.get(0).value(), 1e-6);
        if (max == null) {
            assertNull(q.get(0).valueMax());
        } else {
            assertEquals(max, q.get(0).valueMax(), 1e-6);
        }
        assertTrue(unit.equalsIgnoreCase(q.get(0).unit()), text + " -> " + q.get(0).unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "grew the team from 3 to 28 engineers|3|28|engineers",
        "Réduction de 2 à 15 développeurs|2|15|développeurs",
        "von 3 auf 28 Mitarbeiter|3|28|Mitarbeiter"})
    void fromToGivesBothValues(String text, double before, double after, String unit) {
        List<Quantity> q = find(text);
        assertEquals(2, q.size(), text + " -> " + q);
        assertEquals(before, q.get(0).value(), 1e-6);
        assertEquals(after, q.get(1).value(), 1e-6);
        assertNull(q.get(0).valueMax());
        assertTrue(unit.equalsIgnoreCase(q.get(1).unit()), text + " -> " + q.get(1).unit());
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
        "1. Description of the Project",
        // addresses, postcodes, phone digits
        "98693 Ilmenau, Germany",
        "75001 Paris, France",
        "1012 Green Oak Dr.",
        "4633 Old Ironsides Dr #109, Santa Clara",
        "12 Rue des Lilas",
        "Apt 4B, Suite 200",
        "#12 Novato, CA 94949",
        "St Andrews, KY16 9XW (United Kingdom)",
        "(+49) 017647678492 https://example.org",
        "+57-3105508171 https://example.org",
        // ages
        "mit 15 Jahren begann ich zu programmieren",
        "Fecha Nacimiento\tMarzo 14, 1971 (53 años)",
        "aged 25 years",
        "nine years old",
        "Jean Dupont\\n27 ans\\nPermis B",
        "worked with 3 year olds in class",
        "open to anyone between 18 and 50 years of age",
        "a 3-year-old child",
        "총 경력 기간: 0년 0개월",
        "experiencia total: 0 años",
        "Familienstand: verheiratet, 2 Kinder",
        "Casado, 2 hijos",
        "Calle 45 # 12-34 apartamentos",
        "서울시 강남구 테헤란로 123번길 45",
        "2020.08 졸업 대학교(4년) 인하대학교",
        "平成30年 4月 入社",
        "令和2年度 卒業",
        "3年次編入",
        "Licenciatura en Informática (5 años)",
        "Bachelor of Science (4 years)",
        // editions, codes, identifiers, versions, labels
        "the 6th annual hackathon",
        "held on the 6th of October",
        "printed in 3D",
        "SWE Intern @ 3DRoomSpace",
        "PMP #1342546",
        "ISSN 1234-5678",
        "Vol. 12 of the journal",
        "worked as a 1099 contractor",
        "COVID-19 response",
        "1 on 1 mentoring sessions",
        "built GPT-4 agents",
        // a product's version or edition inside a sentence
        "rolled out Windows 10 laptops to staff",
        "supported Office 365 users across the firm",
        "configured Cisco 3550 switches",
        "wrote Python 3 scripts",
        "built Angular 2+ apps",
        "served Fortune 500 companies",
        "prepared Form 1099 filings",
        "Helped Grade 10 students",
        "Licence 2 Informatique",
        "Laravel 11 and Vue 3",
        "Chart.js  CSS 3  Vue.js",
        "Page 4 of 6",
        "Pagina 4 of 4",
        "第6回大会で優勝",
        "Projects (4)",
        "502 Bad Gateway",
        "Microcontrôleurs (8 bits / ARM)",
        "HTML/CSS 4-point grid system",
        "a 5-star rating",
        "one of the best",
        "Layer 3 Routing protocols",
        "Girls Ages 8-10 Soccer Coach",
        "authentication using 802.1X",
        "Ecological Inference in 2 × 2",
        "104B Hubbard Hall, Box 142",
        "Nearly 42, 000 people",
        "14/8/12 onwards: Legal Counsel",
        "Got 4/5 Marks in training",
        "Jan 2019 - 03/15-Present",
        // markup and coordinates
        "<p style=\"margin: 5px 0;\">Phone</p>",
        "<style>h1 { font-size: 28px; margin: 0 0 10px 0; }</style>",
        "color: #0066cc;",
        "<path d=\"M12 2C6.48 2 2 6.48 2 12\"/>",
        "viewBox 0 0 24 24",
        // the bars of a skill or language chart: two or more in a row, or one naming a language or a level
        "Python 90%\\nJava 75%\\nDocker 60%",
        "Compétences\\nHTML/CSS 95%\\nJavaScript 80%",
        "보유 기술: Java 90%, Spring 80%",
        "Anglais 80%",
        "Inglés: 90%",
        "Nivel de inglés: 85 %",
        "英語 ビジネスレベル 80%"})
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
