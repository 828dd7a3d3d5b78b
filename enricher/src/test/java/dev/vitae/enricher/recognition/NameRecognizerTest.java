package dev.vitae.enricher.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped model on hand-written lines (none from the training corpus). */
class NameRecognizerTest {
    private final NameRecognizer recognizer = NameRecognizer.shipped();

    private static boolean has(List<Entity> found, Entity.Type type, String text) {
        return found.stream().anyMatch(e -> e.type() == type && e.text().equals(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // line-structured, Indeed style: title, employer with place, dates
        "WORK EXPERIENCE\\n\\nSoftware Engineer\\n\\nTata Consultancy Services - Pune, Maharashtra\\n\\nJune 2015 to Present\\n\\n• Built payment services in Java.;Software Engineer;Tata Consultancy Services",
        // flattened: the same on one line, double spaces for line breaks
        "Professional Experience:    Senior Software Engineer  Infosys Limited, Bangalore  July 2012 - May 2016    Designed REST services.;Senior Software Engineer;Infosys Limited",
        // flattened with a literal bullet escape
        "WORK EXPERIENCE  Project Manager  Wipro Technologies - Hyderabad, Telangana  March 2010 to April 2012 \\xe2\\x80\\xa2 Led a team of 12.;Project Manager;Wipro Technologies"})
    void findsATitleAndAnOrganization(String escaped, String title, String organization) {
        String text = escaped.replace("\\n", "\n");
        List<Entity> found = recognizer.find(text);
        assertTrue(has(found, Entity.Type.TITLE, title), found.toString());
        assertTrue(has(found, Entity.Type.ORGANIZATION, organization), found.toString());
        for (Entity e : found) {
            assertEquals(text.substring(e.start(), e.end()), e.text());
            assertTrue(e.probability() > 0 && e.probability() <= 1, e.toString());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "職務経歴\\n株式会社サンプル\\n2019年4月～現在\\nバックエンドエンジニアとして決済基盤を開発",
        "경력사항\\n주식회사 샘플\\n2018.03 ~ 현재\\n백엔드 개발자",
        "工作经历\\n示例科技有限公司\\n2017年至今 高级工程师",
        ";"})
    void readsNothingInOtherScriptsAndNeverCrashes(String escaped) {
        String text = escaped == null ? "" : escaped.replace("\\n", "\n");
        assertEquals(List.of(), recognizer.find(text));
    }

    @Test
    void threadsShareOneModelAndGetTheSameAnswers() throws Exception {
        String text = "Software Engineer\n\nTata Consultancy Services - Pune, Maharashtra\n\nJune 2015 to Present";
        List<Entity> expected = recognizer.find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> recognizer.find(text)));
            }
            for (Future<List<Entity>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Collections.nCopies(1, expected), List.of(recognizer.find(text)));
    }
}
