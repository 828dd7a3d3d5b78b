package dev.vitae.app.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matrix sources: dates in each language's forms, gold that follows from the written roles, the same output for the same seed. */
class MatrixSourcesTest {
    private static final Path ROOT = root();
    private static final List<Path> GOLD = List.of(ROOT.resolve("eval/gold"), ROOT.resolve("eval/resumes-gold"));

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("eval/resumes-gold"))) {
                return p;
            }
        }
        throw new IllegalStateException("no eval/resumes-gold above " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "en; 2019-04; {MMM} {yyyy}; Apr 2019",
            "en; 2019-04; {MM}/{yyyy}; 04/2019",
            "de; 2019-03; {MMMM} {yyyy}; März 2019",
            "de; 2019-03; {MM}.{yyyy}; 03.2019",
            "fr; 2020-02; {MMM} {yyyy}; févr. 2020",
            "es; 2020-01; {MMMM} {yyyy}; enero 2020",
            "ja; 2019-04; {yyyy}年{M}月; 2019年4月",
            "ko; 2019-04; {yyyy}. {MM}.; 2019. 04.",
            "en; 2014; {MMM} {yyyy}; 2014"})
    void datesAreWrittenInTheLanguagesForms(String language, String iso, String form, String expected) throws Exception {
        Map<String, List<String>> words = MatrixSources.words().get(language);
        assertEquals(expected, MatrixSources.date(iso, form, words));
    }

    @Test
    void everyWrittenRoleIsInTheGoldAndInTheText() throws Exception {
        List<MatrixSources.Doc> docs = MatrixSources.generate(GOLD, 12, 2, Integer.MAX_VALUE, false);
        assertTrue(docs.size() >= 20, "résumés with usable roles: " + docs.size());
        Set<String> separators = new HashSet<>(), languages = new HashSet<>();
        for (MatrixSources.Doc d : docs) {
            String text = MatrixWriters.markdown(d);
            JsonNode roles = d.gold().get("roles");
            assertEquals(d.entries().size(), roles.size(), d.id());
            for (JsonNode r : roles) {
                assertTrue(text.contains(r.get("organization").asText()), d.id() + " lacks " + r + "\n" + text);
                assertTrue(text.contains(r.get("title").asText()), d.id() + " lacks " + r + "\n" + text);
            }
            for (JsonNode m : d.gold().get("metrics").get("required")) {
                assertTrue(text.contains(m.get("quote").asText()), d.id() + " lacks " + m);
            }
            for (JsonNode s : d.gold().get("skills").get("required")) {
                assertTrue(text.contains(s.asText()), d.id() + " lacks skill " + s);
            }
            MatrixSources.SEPARATORS.stream().filter(s -> !s.equals("TO") && text.contains(s)).forEach(separators::add);
            languages.add(d.language());
        }
        for (String s : MatrixSources.SEPARATORS) {
            assertTrue(s.equals("TO") || separators.contains(s), "no résumé uses U+" + Integer.toHexString(s.charAt(0)));
        }
        assertEquals(Set.copyOf(MatrixSources.LANGUAGES), languages);
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        MatrixSources.write(a, MatrixSources.generate(GOLD, 7, 1, 6, false));
        MatrixSources.write(b, MatrixSources.generate(GOLD, 7, 1, 6, false));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(a)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        assertEquals(6 * (1 + 2 * MatrixSources.LAYOUTS.size() + 2) + 1, names.size());
        for (String n : names) {
            assertEquals(Files.readString(a.resolve(n)), Files.readString(b.resolve(n)), n);
        }
        JsonNode gold = new ObjectMapper().readTree(a.resolve("m000-en.gold.json").toFile());
        assertEquals("m000-en.txt", gold.get("document").asText());
    }
}
