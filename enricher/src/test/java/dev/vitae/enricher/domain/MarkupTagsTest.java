package dev.vitae.enricher.domain;

import static dev.vitae.enricher.domain.MappedTextAssertions.assertMapsBack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupTagsTest {

    /** Each row: a text with HTML ("\n" for line breaks) and the text a browser shows. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
        // a tag opening and closing a line: the line's text stays, alone
        "### Larkfield | Engineer\\n\\n<div class=\"cv-duration\">May 2024 - Present | Grenoble</div>\\n§### Larkfield | Engineer\\n\\nMay 2024 - Present | Grenoble\\n",
        // block tags between texts on a line break it; inline tags go
        "<ul><li>Java</li><li><b>Go</b></li></ul>§Java\\nGo",
        "Line one<br>Line two<br/>§Line one\\nLine two",
        "<p>Intro</p><p>Body <span class=\"x\">text</span></p>§Intro\\nBody text",
        // tags after text that end the line add no empty line
        "Acme</div></div>\\nNext§Acme\\nNext",
        // comments go, with what they hide
        "<b>Name</b><!-- hidden\\nnote -->\\nEngineer§Name\\nEngineer",
        // entities in a text with tags
        "<b>R&amp;D</b> 2019&nbsp;&ndash;&#32;2021 &#x2022; ok§R&D 2019 – 2021 • ok",
        // a tag split over lines
        "<div\\n  class=\"a\">Text</div>§Text",
        // an unknown entity stays
        "<i>a &foo; b</i>§a &foo; b",
    })
    void htmlReadsAsABrowserShowsIt(String in, String expected) {
        String source = in.replace("\\n", "\n");
        MappedText out = MarkupTags.strip(source);
        assertEquals(expected.replace("\\n", "\n"), out.text());
        assertMapsBack(source, out);
    }

    /** Each row: a text that holds no HTML element's tag outside a Markdown table row, left alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
        "plain text",
        "Generic List<T> in C# 2 < 3 > 1",
        "Contact: Ana Ruiz <ana@example.org>",
        "R&amp;D without any tag",
        "`| Acme | <ul><li>Feature work</li><li>SRE</li></ul> |`",
        "<unknown>element</unknown>",
    })
    void textWithoutHtmlIsLeftAlone(String in) {
        assertNull(MarkupTags.strip(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
        // a table row keeps its tags while the lines around it lose theirs
        "<b>Skills</b>\\n| Acme | <ul><li>A</li><li>B</li></ul> |§Skills\\n| Acme | <ul><li>A</li><li>B</li></ul> |",
    })
    void markdownTableRowsKeepTheirTags(String in, String expected) {
        String source = in.replace("\\n", "\n");
        MappedText out = MarkupTags.strip(source);
        assertEquals(expected.replace("\\n", "\n"), out.text());
    }
}
