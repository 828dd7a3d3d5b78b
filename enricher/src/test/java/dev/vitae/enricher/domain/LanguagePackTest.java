package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguagePackTest {

    /** Every listed language: its code, whether it names all twelve months, and a head word's position. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|true|true|NONE",
        "de|true|true|SUFFIX",
        "fr|true|false|NONE",
        "es|true|false|NONE",
        "ja|false|true|SUFFIX",
        "ko|false|true|SUFFIX"})
    void everyListedLanguageLoads(String code, boolean namesMonths, boolean headLast, LanguagePack.Compounds compounds) {
        LanguagePack pack = LanguagePack.ALL.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        assertEquals(headLast, pack.headLast(), code);
        assertEquals(compounds, pack.compounds(), code);
        for (SectionKind kind : List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.SKILLS)) {
            assertFalse(pack.sections().getOrDefault(kind, List.of()).isEmpty(), code + " names no " + kind + " section");
            assertFalse(pack.heads().getOrDefault(kind, List.of()).isEmpty(), code + " has no " + kind + " head word");
        }
        assertFalse(pack.present().isEmpty(), code + " has no word for the present");
        if (namesMonths) {
            assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), new TreeSet<>(pack.months().values()), code);
            assertEquals(4, new TreeSet<>(pack.seasons().values().stream().map(m -> m[0]).toList()).size(), code + " seasons");
        }
    }

    /** Adding a language is adding a file: a pack read from its lines, and what its words then do. */
    @Test
    void aPackIsItsLines() {
        LanguagePack it = LanguagePack.parse("it", List.of(
                "heads\tfirst",
                "section\texperience\tesperienza professionale",
                "head\texperience\tesperienza\tesperienze",
                "month\t1\tgennaio\tgen",
                "season\t6\t8\testate",
                "part\t12\tfine",
                "present\toggi\tin corso"));
        assertFalse(it.headLast());
        assertEquals(List.of("esperienza professionale"), it.sections().get(SectionKind.EXPERIENCE));
        assertEquals(1, it.months().get("gen"));
        assertEquals(8, it.seasons().get("estate")[1]);
        assertEquals(12, it.partsOfYear().get("fine"));
        assertTrue(it.present().contains("in corso"));
        assertThrows(IllegalArgumentException.class, () -> LanguagePack.parse("xx", List.of("colour\tred")));
        assertThrows(IllegalArgumentException.class, () -> LanguagePack.parse("xx", List.of("head\thobbies\tfun")));
    }
}
