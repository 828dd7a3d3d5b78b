package dev.vitae.enricher.domain;

import static dev.vitae.enricher.domain.MappedTextAssertions.assertMapsBack;
import static dev.vitae.enricher.domain.MappedTextAssertions.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlyphsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
        "\uF0A7 Oracle⏎\uF0B7 Java=>• Oracle⏎• Java",     // symbol-font bullets
        "`\u0001 Analyzing \u0002 more`=>• Analyzing • more", // control bytes a symbol font left
        "\u0083 Fueled growth=>• Fueled growth",
        "♦ Hard work⏎❖ Smart work⏎➢ Team=>• Hard work⏎• Smart work⏎• Team",
        "✔ Done⏎► Next=>• Done⏎• Next",
        "⎯ page two=>– page two",
        "2019 ― 2021=>2019 – 2021",
        "Co‐founder, e‑commerce=>Co-founder, e-commerce",
        "Acme │ Engineer ¦ Tokyo=>Acme | Engineer | Tokyo",
        "Acme ⋅ Engineer=>Acme · Engineer",
        "k\u200Barimvarela.com=>karimvarela.com",         // zero-width space dropped
        "EDUCATION\uFFFC⏎Texas=>EDUCATION⏎Texas",
        "·  Provided support⏎· Fixed=>•  Provided support⏎• Fixed", // a middot opening a line is a bullet
        "Administrator  ·  ·  ·=>Administrator  •  •  •"})
    void bulletsAndSeparatorsAreFolded(String in, String expected) {
        MappedText out = Glyphs.normalise(lines(in));
        assertEquals(lines(expected), out.text());
        assertMapsBack(lines(in), out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "• Java⏎● Go⏎▪ Rust⏎◦ C⏎■ 職務経歴⏎○ x⏎・ y",  // the bullets the readings know stay
        "Fenwick Health · Engineer",                  // a middot between words is a separator, kept
        "Jan 2021 – Present — Tokyo | Acme",
        "Résumé of José Müller, 東京",
        "tab\tand\fform feed"})
    void knownFormsAreLeftAlone(String in) {
        assertNull(Glyphs.normalise(lines(in)));
    }
}
