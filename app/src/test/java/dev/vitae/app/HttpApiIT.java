package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Skill;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query API over a real store: lookups, search with pagination, stats, health, and what bad requests get. */
class HttpApiIT {
    @TempDir
    static Path dir;
    static ProfileStore store;
    static HttpApi api;
    static final Map<String, BooleanSupplier> READINESS = new LinkedHashMap<>();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String firstId;

    @BeforeAll
    static void start() throws Exception {
        store = ProfileStore.open(StoreConfig.sqlite(dir.resolve("vitae.db")));
        List<ProfileStore.Change> changes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String id = DocumentIds.of(("cv-" + i).getBytes(StandardCharsets.UTF_8));
            if (i == 0) {
                firstId = id;
            }
            ResumeProfile p = ResumeProfile.newBuilder().setDocumentId(id).setFileName("cv-" + i + ".pdf")
                    .setLanguage(i % 5 == 0 ? "ja" : "en").setCandidate(Candidate.newBuilder().setName("Person " + i).build())
                    .setRoles(List.of()).setMetrics(List.of()).setEducation(List.of()).setLanguages(List.of()).setProjects(List.of())
                    .setSkills(List.of(Skill.newBuilder().setName("Kubernetes").setCategory("devops").setMonths(i * 2).setMentions(List.of()).build()))
                    .setExtractorVersion("1.0.0").setEnricherVersion("1.0.0").setUploadedAt(Instant.EPOCH).setEnrichedAt(Instant.EPOCH).build();
            changes.add(new ProfileStore.Change(id, p, "profiles.parsed", 0, i));
        }
        store.apply("g", changes, List.of(new ProfileStore.Position("profiles.parsed", 0, 25)));
        READINESS.put("sink", () -> true);
        READINESS.put("enricher", () -> false);
        api = new HttpApi("127.0.0.1", 0, READINESS, Map.of("enricher", () -> java.util.Optional.of("store unavailable"),
                "sink", java.util.Optional::empty), () -> store, () -> Map.of("resumes.uploaded.dlq", 2), () -> Map.of("OK", 7L, "CORRUPT", 1L));
    }

    @AfterAll
    static void stop() {
        api.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return ProfileJson.mapper().readTree(r.body());
    }

    @Test
    void healthIs503UntilEveryServiceIsReady() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(503, r.statusCode());
        assertEquals("DOWN", json(r).at("/services/enricher").asText());
        assertEquals("store unavailable", json(r).at("/reasons/enricher").asText(), "a down service says why");
        assertTrue(json(r).at("/reasons/sink").isMissingNode(), "a ready one has no reason");
    }

    @Test
    void aProfileByIdAndA404ForAnUnknownOne() throws Exception {
        HttpResponse<String> r = get("/profiles/" + firstId);
        assertEquals(200, r.statusCode());
        assertEquals("Person 0", json(r).at("/candidate/name").asText());
        assertEquals(404, get("/profiles/" + "0".repeat(64)).statusCode());
    }

    @Test
    void searchBySkillAliasMonthsAndLanguageIsPaginated() throws Exception {
        JsonNode page = json(get("/profiles?skill=k8s&minMonths=24&limit=5"));
        assertEquals(13, page.get("total").asInt());
        assertEquals(5, page.get("items").size());
        assertEquals(48, page.at("/items/0/skillMonths").asInt());
        assertEquals("/profiles?skill=Kubernetes&minMonths=24&limit=5&offset=5", page.get("next").asText());
        JsonNode ja = json(get("/profiles?language=ja"));
        assertEquals(5, ja.get("total").asInt());
    }

    @Test
    void statsCountProfilesAndDeadLetters() throws Exception {
        JsonNode s = json(get("/stats"));
        assertEquals(25, s.get("profiles").asInt());
        assertEquals(2, s.at("/deadLetters/resumes.uploaded.dlq").asInt());
        assertEquals(1, s.at("/extractionOutcomes/CORRUPT").asInt());
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        assertError("/profiles?minMonths=abc&skill=Go", "minMonths must be a whole number");
        assertError("/profiles?minMonths=5", "minMonths needs skill");
        assertError("/profiles?language=english", "ISO 639-1");
        assertError("/profiles?limit=1000", "limit must be between 1 and 100");
        assertError("/profiles?colour=red", "unknown parameter 'colour'");
        assertError("/profiles/not-an-id", "is not a document id");
    }

    private static void assertError(String path, String expected) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), path);
        assertTrue(json(r).get("error").asText().contains(expected), r.body());
    }
}
