package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillTaxonomyTest {
    /** Every entry of both files parses on its own, with no spelling shared by two skills. */
    @ParameterizedTest
    @ValueSource(strings = {SkillTaxonomy.CURATED, SkillTaxonomy.GENERATED})
    void everyEntryParses(String resource) {
        List<String> lines = SkillTaxonomy.read(resource);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            assertEquals(3, f.length, line);
            assertFalse(f[0].isBlank() || f[1].isBlank(), line);
            for (String alias : f[2].split(";", -1)) {
                assertFalse(alias.replaceFirst("^!?=?", "").isBlank(), "empty alias in: " + line);
            }
        }
        // the generated file may name curated skills (category '-'), so it is read after them
        assertDoesNotThrow(() -> resource.equals(SkillTaxonomy.CURATED) ? SkillTaxonomy.parse(lines) : SkillTaxonomy.load());
    }

    @Test
    void thousandsOfSkillsWithCuratedNamesWinning() {
        SkillTaxonomy t = SkillTaxonomy.load();
        assertTrue(t.size() > 3000, "size " + t.size());
        assertEquals("Kubernetes", t.canonicalOf("k8s").orElseThrow());
        assertEquals("QuickTest Professional", t.canonicalOf("QTP").orElseThrow());
        assertEquals("language", t.categoryOf("Java"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '^', value = {
        "A|tool|Foo;Bar#B|tool|Bar",          // one spelling, two skills
        "A|tool|Foo#B|tool|=foo",             // case-insensitive against case-sensitive
        "A|tool|Foo;",                        // empty alias
        "A|tool|!",                           // empty after flags
        "|tool|Foo",                          // no name
        "A||Foo",                             // no category
        "A|tool"})                            // missing field
    void rejectsBrokenOrConflictingEntries(String lines) {
        assertThrows(IllegalArgumentException.class, () -> SkillTaxonomy.parse(List.of(lines.split("#"))));
    }

    @Test
    void allowsTwoSkillsSpelledApartOnlyByCase() {
        SkillTaxonomy t = SkillTaxonomy.parse(List.of("YARN|data|=YARN", "Yarn|tool|!=Yarn"));
        assertEquals(2, t.size());
    }
}
