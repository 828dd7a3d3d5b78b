package dev.vitae.enricher.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a standard résumé layout prints (its headings, footer and date words), read from
 * {@code dev/vitae/enricher/layouts/layouts.tsv}: one {@code layout<TAB>key<TAB>word|word} row each. The layout
 * readings ({@link LinkedInExportReading}, {@link EuropassReading}) ask for a key's words as a set
 * of lower-case lines or as a regular-expression alternation; {@link CandidateExtractor} asks
 * whether a line is one of the layouts' labels, which are never a name.
 */
final class LayoutWords {
    private static final Map<String, List<String>> WORDS = load("/dev/vitae/enricher/layouts/layouts.tsv");

    /** Every heading and label the layouts print, lower-cased: never a candidate's name. */
    private static final Set<String> LABELS = labels();

    private LayoutWords() {}

    /** Whether {@code line} as a whole is a heading or label one of the layouts prints ("Top Skills", "JOB APPLIED FOR"). */
    static boolean isLabel(String line) {
        return LABELS.contains(line.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code line} heads a sidebar list of a profile export ("Honors-Awards"): the lines under it are items. */
    static boolean isListHeading(String line) {
        return lowerSet("linkedin", "sidebar").contains(line.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> labels() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] key : new String[][] {{"linkedin", "experience"}, {"linkedin", "end"}, {"linkedin", "sidebar"},
            {"europass", "experience"}, {"europass", "end"}, {"europass", "marker"}}) {
            out.addAll(lowerSet(key[0], key[1]));
        }
        return Set.copyOf(out);
    }

    /** The words of {@code layout}'s {@code key}, as written. */
    static List<String> of(String layout, String key) {
        List<String> words = WORDS.get(layout + "\t" + key);
        if (words == null) {
            throw new IllegalArgumentException("no words for " + layout + " " + key);
        }
        return words;
    }

    /** The words lower-cased, for matching a whole stripped line. */
    static Set<String> lowerSet(String layout, String key) {
        Set<String> out = new LinkedHashSet<>();
        of(layout, key).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** The words as a quoted alternation, longest first (so "years" is tried before "year"). */
    static String alternation(String layout, String key) {
        List<String> sorted = new ArrayList<>(of(layout, key));
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return sb.append(')').toString();
    }

    private static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = LayoutWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(resource + ": not layout, key and words: " + line);
                }
                out.put(cells[0] + "\t" + cells[1], List.of(cells[2].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
