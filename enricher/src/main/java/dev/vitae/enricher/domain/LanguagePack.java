package dev.vitae.enricher.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One language's words, read from {@code dev/vitae/enricher/lang/<code>.tsv}: section names and
 * head words, the words joining a compound heading's parts and the companion words it may list (for
 * {@link Sections}), month, season, part-of-year and present words (for {@link DateParser}), and the
 * units of a duration (for {@link Durations}). The languages are those listed in {@code lang/languages.txt}; adding a
 * language is adding its file and its code. Each line is a key and tab-separated values, lower
 * case; the format is described in the directory's README.
 */
record LanguagePack(String code, boolean headLast, Compounds compounds, Map<SectionKind, List<String>> sections,
        Map<SectionKind, List<String>> heads, List<String> pathQualifiers, Map<String, Integer> months,
        Map<String, int[]> seasons, Map<String, Integer> partsOfYear, List<String> present, List<String> joins,
        List<String> companions, List<String> durationUnits) {

    /** How a head word stands inside a longer word: not at all, or as its end (German, Japanese, Korean). */
    enum Compounds { NONE, SUFFIX }

    private static final String DIR = "/dev/vitae/enricher/lang/";

    /** Every listed language, in the order listed. */
    static final List<LanguagePack> ALL = loadAll();

    private static List<LanguagePack> loadAll() {
        List<LanguagePack> out = new ArrayList<>();
        for (String line : lines(DIR + "languages.txt")) {
            out.add(parse(line, lines(DIR + line + ".tsv")));
        }
        return List.copyOf(out);
    }

    static LanguagePack parse(String code, List<String> lines) {
        boolean headLast = true;
        Compounds compounds = Compounds.NONE;
        Map<SectionKind, List<String>> sections = new LinkedHashMap<>(), heads = new LinkedHashMap<>();
        List<String> path = new ArrayList<>(), present = new ArrayList<>(), joins = new ArrayList<>(), companions = new ArrayList<>(),
                durations = new ArrayList<>();
        Map<String, Integer> months = new LinkedHashMap<>(), parts = new LinkedHashMap<>();
        Map<String, int[]> seasons = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            List<String> rest = Arrays.stream(f).skip(1).map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
            switch (f[0]) {
                case "heads" -> headLast = rest.get(0).equals("last");
                case "compounds" -> compounds = Compounds.valueOf(rest.get(0).toUpperCase(Locale.ROOT));
                case "section" -> sections.computeIfAbsent(kind(rest.get(0), code), k -> new ArrayList<>()).addAll(rest.subList(1, rest.size()));
                case "head" -> heads.computeIfAbsent(kind(rest.get(0), code), k -> new ArrayList<>()).addAll(rest.subList(1, rest.size()));
                case "path-of" -> path.addAll(rest);
                case "month" -> rest.subList(1, rest.size()).forEach(n -> months.put(n, Integer.parseInt(rest.get(0))));
                case "season" -> rest.subList(2, rest.size()).forEach(n -> seasons.put(n,
                        new int[] {Integer.parseInt(rest.get(0)), Integer.parseInt(rest.get(1))}));
                case "part" -> rest.subList(1, rest.size()).forEach(n -> parts.put(n, Integer.parseInt(rest.get(0))));
                case "present" -> present.addAll(rest);
                case "joins" -> joins.addAll(rest);
                case "companion" -> companions.addAll(rest);
                case "duration" -> durations.addAll(rest);
                default -> throw new IllegalArgumentException(code + ": unknown key " + f[0]);
            }
        }
        return new LanguagePack(code, headLast, compounds, sections, heads, path, months, seasons, parts, present, joins, companions,
                durations);
    }

    private static SectionKind kind(String name, String code) {
        try {
            return SectionKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(code + ": unknown section kind " + name, e);
        }
    }

    /** Non-blank, non-comment lines of a resource. */
    private static List<String> lines(String resource) {
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing language resource " + resource);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        out.add(l.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
