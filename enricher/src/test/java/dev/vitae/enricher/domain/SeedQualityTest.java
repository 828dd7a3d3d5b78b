package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.enricher.evaluation.DocumentScore;
import dev.vitae.enricher.evaluation.Field;
import dev.vitae.enricher.evaluation.GoldFile;
import dev.vitae.enricher.evaluation.ProfileScorer;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ProfileJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private static void assertTargets(Report report) {
        StringBuilder text = new StringBuilder(report.toString());
        for (DocumentScore d : report.worst(Integer.MAX_VALUE)) {
            text.append(d.document()).append('\n');
            d.misses().forEach(m -> text.append("    ").append(m).append('\n'));
        }
        System.out.println(text);
        assertTrue(report.total(Field.ROLES).f1() >= 0.90, text::toString);
        assertTrue(report.total(Field.SKILLS).f1() >= 0.90, text::toString);
        assertTrue(report.total(Field.METRICS).f1() >= 0.85, text::toString);
    }

    static Report score(Path goldDir, Path docs, String set) throws Exception {
        ResumeEnricher enricher = new ResumeEnricher("test", Clock.fixed(UPLOADED, ZoneOffset.UTC));
        ProfileScorer scorer = new ProfileScorer();
        Report report = new Report();
        Path out = Files.createDirectories(Path.of("target", set + "-profiles"));
        for (GoldFile gold : GoldFile.readAll(goldDir)) {
            String document = gold.document();
            byte[] bytes = Files.readAllBytes(docs.resolve(document));
            ExtractedText text = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(bytes)).setFileName(document)
                    .setMediaType("text/plain").setLanguage(null).setText(new String(bytes, StandardCharsets.UTF_8).strip())
                    .setExtractorVersion("test").setUploadedAt(UPLOADED).setExtractedAt(UPLOADED).build();
            String json = ProfileJson.toJson(enricher.enrich(text));
            Files.writeString(out.resolve(document + ".json"), json);
            report.add(scorer.score(gold, ProfileJson.mapper().readTree(json)));
        }
        return report;
    }
}
