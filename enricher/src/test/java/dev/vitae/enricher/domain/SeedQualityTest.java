package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ProfileJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: roles F1 >= 0.90 (organization, title and dates), skills F1 >= 0.90, metrics
 * F1 >= 0.85, on the hand-labelled seeds ({@code eval/gold}, copied from the shared evaluation set)
 * and, separately, on Vitae's own varied résumés in other layouts and languages
 * ({@code eval/resumes} with answers in {@code eval/resumes-gold}). Profiles are written to
 * {@code target/<set>-profiles} for {@code score.py --verbose}.
 */
class SeedQualityTest {
    private static final Path ROOT = Path.of("..");
    private static final Instant UPLOADED = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void seedsMeetTheQualityTargets() throws Exception {
        assertTargets(score(ROOT.resolve("eval/gold"), ROOT.resolve("seeds"), "seed"));
    }

    @Test
    void ownResumesInOtherLayoutsAndLanguagesMeetTheQualityTargets() throws Exception {
        assertTargets(score(ROOT.resolve("eval/resumes-gold"), ROOT.resolve("eval/resumes"), "own"));
    }

    private static void assertTargets(GoldScorer scorer) {
        String report = "roles " + scorer.roles + "\nroles_detected " + scorer.rolesDetected + "\nskills " + scorer.skills
                + "\nmetrics " + scorer.metrics + "\n" + String.join("\n", scorer.misses);
        System.out.println(report);
        assertTrue(scorer.roles.f1() >= 0.90, report);
        assertTrue(scorer.skills.f1() >= 0.90, report);
        assertTrue(scorer.metrics.f1() >= 0.85, report);
    }

    static GoldScorer score(Path goldDir, Path docs, String set) throws Exception {
        ResumeEnricher enricher = new ResumeEnricher("test", Clock.fixed(UPLOADED, ZoneOffset.UTC));
        GoldScorer scorer = new GoldScorer();
        Path out = Files.createDirectories(Path.of("target", set + "-profiles"));
        try (Stream<Path> golds = Files.list(goldDir)) {
            for (Path goldFile : golds.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode gold = ProfileJson.mapper().readTree(goldFile.toFile());
                String document = gold.get("document").asText();
                byte[] bytes = Files.readAllBytes(docs.resolve(document));
                ExtractedText text = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(bytes)).setFileName(document)
                        .setMediaType("text/plain").setLanguage(null).setText(new String(bytes, StandardCharsets.UTF_8).strip())
                        .setExtractorVersion("test").setUploadedAt(UPLOADED).setExtractedAt(UPLOADED).build();
                String json = ProfileJson.toJson(enricher.enrich(text));
                Files.writeString(out.resolve(document + ".json"), json);
                scorer.score(document, gold, ProfileJson.mapper().readTree(json));
            }
        }
        return scorer;
    }
}
