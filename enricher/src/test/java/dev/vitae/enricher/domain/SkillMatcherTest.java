package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillMatcherTest {
    private static final SkillMatcher MATCHER = new SkillMatcher(SkillTaxonomy.load());

    private static List<String> skills(String text) {
        return MATCHER.find(text, i -> false).stream().map(m -> m.alias().canonical()).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Backend: Python (primary), Rust / Go / Java (limited)|Python,Rust,Go,Java",
        "frameworks like Django, Spring Boot, and Go.|Django,Spring Boot,Go",
        "MySQL の commit 時 fsync|MySQL",
        "AWS와 Docker와 같은|AWS,Docker",
        "C#이 주 언어로|C#",
        "nodejs, nextjs, k8s|Node.js,Next.js,Kubernetes",
        "Postgres and ElasticSearch|PostgreSQL,Elasticsearch",
        "자바와 JSP를 사용하여|Java,JSP"})
    void findsSkillsWrittenAnyWay(String text, String expected) {
        assertEquals(List.of(expected.split(",")), skills(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We had to go live before spring.",
        "Go to market in the spring",
        "Rust on the old bridge",
        "R&D budget of the team",
        "Google and Golf",
        "the rest of the team",
        "GitHub: https://github.com/someone/repo"})
    void ambiguousWordsOutsideListsAreNotSkills(String text) {
        assertEquals(List.of(), skills(text));
    }

    @org.junit.jupiter.api.Test
    void aWrappedRAndDIsNotASkill() {
        assertEquals(List.of(), skills("standards development, presentation, R\n& D, systems design"));
        assertEquals(List.of("R", "Python"), skills("languages: R\nPython"));
    }
}
