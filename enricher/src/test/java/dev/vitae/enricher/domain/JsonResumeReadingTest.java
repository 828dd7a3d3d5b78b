package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import dev.vitae.schemas.Span;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonResumeReadingTest {
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.shipped();
    private static final JsonResumeReading READING = new JsonResumeReading(TAXONOMY, new SkillMatcher(TAXONOMY), new MetricExtractor());
    private static final PartialDate UPLOADED = new PartialDate(2024, 6, 1);

    /** A small document in the JSON Resume 1.0 schema's shape (written here from the schema, not taken from anyone). */
    private static final String DOC = """
            {
              "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
              "basics": {"name": "Alex Example", "label": "Platform Engineer", "email": "alex@example.org",
                "phone": "+1 555 010 2030", "url": "https://alex.example.org",
                "location": {"city": "Portland", "region": "OR", "countryCode": "US"},
                "profiles": [{"network": "GitHub", "url": "https://github.com/alexex"}]},
              "work": [
                {"name": "Northwind Traders", "position": "Senior Platform Engineer", "startDate": "2021-03",
                 "highlights": ["Moved 40 services to Kubernetes", "Led a team of 6 engineers"]},
                {"company": "Contoso Ltd", "position": "Software Engineer", "startDate": "2017-06-01", "endDate": "2021-02-28",
                 "summary": "Built the billing pipeline in Java."}
              ],
              "education": [{"institution": "Oregon State University", "area": "Computer Science", "studyType": "Bachelor",
                "startDate": "2013", "endDate": "2017"}],
              "skills": [{"name": "Cloud", "keywords": ["Terraform", "AWS"]}, {"name": "Go"}, {"name": "Postgres", "keywords": ["Postgres", "psql"]}],
              "languages": [{"language": "Spanish", "fluency": "Professional"}],
              "projects": [{"name": "Deploy Bot", "startDate": "2020-01", "roles": ["Maintainer"]}]
            }""";

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "name >> Alex Example",
        "email >> [alex@example.org]",
        "phone >> [+1 555 010 2030]",
        "links >> [https://alex.example.org, https://github.com/alexex]",
        "location >> Portland, OR, US",
        "role 0 >> Northwind Traders / Senior Platform Engineer / 2021-03..present / team 6 / [Moved 40 services to Kubernetes, Led a team of 6 engineers]",
        "role 1 >> Contoso Ltd / Software Engineer / 2017-06-01..2021-02-28 / team null / []",
        "education >> Oregon State University / Bachelor / Computer Science / 2013..2017",
        "languages >> Spanish / Professional",
        "projects >> Deploy Bot / Maintainer / 2020-01",
        "metrics >> 40.0 services in role 0"})
    void eachFieldGoesWhereTheSchemaSays(String field, String expected) {
        JsonResumeReading.Reading r = READING.read(DOC, UPLOADED);
        Function<Role, String> role = x -> x.getOrganization() + " / " + x.getTitle() + " / " + x.getStart() + ".."
                + (x.getCurrent() ? "present" : x.getEnd()) + " / team " + x.getTeamSize() + " / " + x.getHighlights();
        String got = switch (field) {
            case "name" -> r.candidate().getName();
            case "email" -> r.candidate().getEmails().toString();
            case "phone" -> r.candidate().getPhones().toString();
            case "links" -> r.candidate().getLinks().toString();
            case "location" -> r.candidate().getLocation();
            case "role 0" -> role.apply(r.roles().get(0));
            case "role 1" -> role.apply(r.roles().get(1));
            case "education" -> r.education().stream().map(e -> e.getInstitution() + " / " + e.getDegree() + " / " + e.getField() + " / "
                    + e.getStart() + ".." + e.getEnd()).findFirst().orElse(null);
            case "languages" -> r.languages().get(0).getName() + " / " + r.languages().get(0).getLevel();
            case "projects" -> r.projects().get(0).getName() + " / " + r.projects().get(0).getRole() + " / " + r.projects().get(0).getStart();
            case "metrics" -> r.metrics().stream().filter(m -> "services".equals(m.getUnit()))
                    .map(m -> m.getValue() + " " + m.getUnit() + " in role " + m.getRoleIndex()).findFirst().orElse(null);
            default -> throw new IllegalArgumentException(field);
        };
        assertEquals(expected, got);
    }

    @Test
    void skillsAreTheEntriesOrTheirKeywordsAndWhatTheProseNames() {
        List<Skill> skills = READING.read(DOC, UPLOADED).skills();
        List<String> names = skills.stream().map(Skill::getName).toList();
        // "Cloud" groups its keywords; "Go" stands alone; "Postgres" repeats itself in its keywords, so "psql" is its alias;
        // Kubernetes and Java are named in highlights and summaries
        assertEquals(List.of("Terraform", "AWS", "Go", "PostgreSQL", "Kubernetes", "Java"), names);
        Skill postgres = skills.get(names.indexOf("PostgreSQL"));
        assertEquals(List.of("Postgres", "psql"), postgres.getAliases());
        Skill java = skills.get(names.indexOf("Java"));
        assertEquals(45, java.getMonths()); // June 2017 to February 2021, the role it is written in
    }

    @Test
    void evidencePointsAtTheValuesInTheJson() {
        JsonResumeReading.Reading r = READING.read(DOC, UPLOADED);
        Span role = r.roles().get(0).getEvidence();
        assertEquals("Northwind Traders\", \"position\": \"Senior Platform Engineer\", \"startDate\": \"2021-03",
                DOC.substring(role.getStart(), role.getEnd()));
        Skill k8s = r.skills().stream().filter(s -> s.getName().equals("Kubernetes")).findFirst().orElseThrow();
        Span mention = k8s.getMentions().get(0).getEvidence();
        assertEquals("Kubernetes", DOC.substring(mention.getStart(), mention.getEnd()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"basics\": {\"name\": \"Alex Example\",},}", // trailing commas
        "// my résumé\n{\"basics\": {\"name\": \"Alex Example\"}}", // a comment
        "\uFEFF {\"work\": [], \"basics\": {\"name\": \"Alex Example\"}}"}) // leading byte-order mark and blank
    void handEditedFilesAreRead(String text) {
        assertEquals("Alex Example", READING.read(text, UPLOADED).candidate().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe\nEngineer at Acme", "{\"name\": \"not a résumé\", \"version\": 3}", "{\"basics\": ", "[1, 2]",
        "{\"work\": {\"name\": \"x\"}}"})
    void otherTextIsNotJsonResume(String text) {
        assertNull(READING.read(text, UPLOADED));
    }
}
