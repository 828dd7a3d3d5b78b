package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.enricher.evaluation.GoldFile;
import dev.vitae.enricher.evaluation.ProfileScorer;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.schemas.ProfileJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-group scores: each group's roles F1 beside its documents' text baselines, and the PDFs' word agreement. */
class GroupTablesTest {
    private static final String GOLD = "{\"document\":\"%s\",\"roles\":[{\"organization\":\"Acme\",\"title\":\"Engineer\",\"start\":\"2020-01\",\"end\":\"present\"}],"
            + "\"skills\":{\"required\":[],\"optional\":[]},\"metrics\":{\"required\":[],\"optional\":[]}}";
    private static final String FOUND = "{\"roles\":[{\"organization\":\"Acme\",\"title\":\"Engineer\",\"start\":\"2020-01\",\"end\":null,\"current\":true}],"
            + "\"skills\":[],\"metrics\":[]}";
    private static final String MISSED = "{\"roles\":[],\"skills\":[],\"metrics\":[]}";

    @Test
    void groupsScoreAgainstTheirTextBaselines(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, "document\tgenerator\tlayout\tbaseline\n"
                + "a.txt\ttext\tplain\ta.txt\n"
                + "a.one.pdf\tchromium\tone-column\ta.txt\n"
                + "a.two.pdf\tchromium\ttwo-column\ta.txt\n");
        Report report = new Report();
        ProfileScorer scorer = new ProfileScorer();
        for (String[] d : new String[][] {{"a.txt", FOUND}, {"a.one.pdf", FOUND}, {"a.two.pdf", MISSED}}) {
            JsonNode gold = ProfileJson.mapper().readTree(String.format(GOLD, d[0]));
            report.add(scorer.score(new GoldFile(dir.resolve(d[0] + ".gold.json"), d[0], gold), ProfileJson.mapper().readTree(d[1])));
        }
        List<GroupTables.Group> groups = GroupTables.read(manifest, List.of("generator", "layout", "generator+layout"))
                .groups(report, Map.of("a.one.pdf", 1.0, "a.two.pdf", 0.9));
        record Expected(String key, String value, int documents, double roles, double baseline, double wordsMin) {}
        List<Expected> expected = List.of(
                new Expected("generator", "chromium", 2, 2.0 / 3, 1.0, 0.9),
                new Expected("generator", "text", 1, 1.0, 1.0, Double.NaN),
                new Expected("layout", "one-column", 1, 1.0, 1.0, 1.0),
                new Expected("layout", "plain", 1, 1.0, 1.0, Double.NaN),
                new Expected("layout", "two-column", 1, 0.0, 1.0, 0.9),
                new Expected("generator+layout", "chromium/one-column", 1, 1.0, 1.0, 1.0),
                new Expected("generator+layout", "chromium/two-column", 1, 0.0, 1.0, 0.9),
                new Expected("generator+layout", "text/plain", 1, 1.0, 1.0, Double.NaN));
        assertEquals(expected.size(), groups.size(), groups.toString());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            GroupTables.Group g = groups.get(i);
            assertEquals(e.key() + "=" + e.value(), g.key() + "=" + g.value());
            assertEquals(e.documents(), g.documents(), g.toString());
            assertEquals(e.roles(), g.roles(), 1e-9, g.toString());
            assertEquals(e.roles() - e.baseline(), g.delta(), 1e-9, g.toString());
            assertEquals(e.wordsMin(), g.wordsMin(), 1e-9, g.toString());
        }
        assertTrue(GroupTables.json(groups).path("generator").path("chromium").has("roles_delta"));
    }

    @Test
    void aGroupKeyTheManifestLacksIsBadInput(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("m.tsv");
        Files.writeString(manifest, "document\tgenerator\nx.pdf\tchromium\n");
        assertThrows(IllegalArgumentException.class, () -> GroupTables.read(manifest, List.of("language")));
    }
}
