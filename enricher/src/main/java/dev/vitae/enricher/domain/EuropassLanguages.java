package dev.vitae.enricher.domain;

import dev.vitae.schemas.Span;
import dev.vitae.schemas.SpokenLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages of a Europass CV ({@link EuropassReading#isEuropass recognised} by its markers),
 * read from its language grid instead of as prose.
 *
 * <p>The mother tongues follow their label on its line ("MOTHER TONGUE(S): Gujarati Hindi",
 * "Mother tongue(s) Chinese, Hakka"): each is a language at level "native". Every other language
 * is a capitalised name followed by its self-assessment grid, the five CEFR levels (listening,
 * reading, spoken production, spoken interaction, writing — "C1 C1 B2 B2 B2"), on its own line
 * (the old editor: "English C1 C1 B2 B2 B2") or on the lines after it, between column headings
 * (the new editor). The level is the five levels as written, joined by "/". Reading stops at the
 * next Europass section.
 */
final class EuropassLanguages {
    private static final Pattern MOTHER = Pattern.compile("(?iu)^(?:mother tongue\\(s\\)|mother tongue|muttersprache\\(n\\)|"
            + "langue\\(s\\) maternelle\\(s\\)|lengua\\(s\\) materna\\(s\\))\\s*:?\\s*(.*)$");
    private static final Pattern CEFR = Pattern.compile("(?<![\\p{L}\\d])[ABC][12](?![\\p{L}\\d])");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}(?:\\s\\p{Lu}\\p{Ll}{2,})?");
    private static final java.util.Set<String> END = LayoutWords.lowerSet("europass", "end");
    /** Column headings of the grid, not languages. */
    private static final java.util.Set<String> HEADINGS = java.util.Set.of("listening", "reading", "spoken", "writing", "production",
            "interaction", "understanding", "speaking", "other", "foreign", "levels", "level");

    private EuropassLanguages() {}

    /** The languages, or null when the text is not a Europass CV or states no mother tongue (then prose rules apply). */
    static List<SpokenLanguage> read(ResumeText text) {
        List<ResumeText.Line> lines = text.lines();
        if (!EuropassReading.isEuropass(lines)) {
            return null;
        }
        List<SpokenLanguage> out = new ArrayList<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            Matcher m = MOTHER.matcher(lines.get(i).trimmed());
            if (m.matches()) {
                int offset = lines.get(i).start() + lines.get(i).content().indexOf(m.group(1));
                Matcher word = Pattern.compile("\\p{Lu}\\p{Ll}+").matcher(m.group(1));
                while (word.find()) {
                    out.add(new SpokenLanguage(word.group(), "native", new Span(text.originalOffset(offset + word.start()),
                            text.originalEnd(offset + word.end()))));
                }
                break;
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        for (i = i + 1; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (END.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            Matcher name = NAME.matcher(t);
            if (!name.find() || HEADINGS.contains(name.group().toLowerCase(java.util.Locale.ROOT).split(" ")[0])) {
                continue;
            }
            // the five levels: on this line after the name, or on the lines below, before the next language
            List<String> levels = new ArrayList<>();
            int last = i;
            Matcher onLine = CEFR.matcher(t.substring(name.end()));
            while (onLine.find() && levels.size() < 5) {
                levels.add(onLine.group());
            }
            for (int j = i + 1; levels.size() < 5 && j < lines.size() && j <= i + 4; j++) {
                String below = lines.get(j).trimmed();
                Matcher next = NAME.matcher(below);
                if (next.find() && !HEADINGS.contains(next.group().toLowerCase(java.util.Locale.ROOT).split(" ")[0])
                        && !CEFR.matcher(below).lookingAt()) {
                    break; // the next language
                }
                Matcher c = CEFR.matcher(below);
                while (c.find() && levels.size() < 5) {
                    levels.add(c.group());
                    last = j;
                }
            }
            if (levels.size() == 5) {
                int from = lines.get(i).start() + lines.get(i).content().indexOf(name.group());
                out.add(new SpokenLanguage(name.group(), String.join("/", levels),
                        new Span(text.originalOffset(from), text.originalEnd(lines.get(last).end()))));
                i = last;
            }
        }
        return out;
    }
}
