package dev.vitae.app.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sources of the matrix corpus: résumés whose answers are known, written again in the forms real
 * résumés take, with gold that follows from what was written.
 *
 * <p>Each labelled résumé (a gold file under {@code eval/gold} or {@code eval/resumes-gold} with at least
 * one role that has an organization, a title and a start) gives {@code variants} résumés: the first in
 * its own language, the others in the next languages of {@link #LANGUAGES}. A variant keeps the roles'
 * organizations, titles and dates and the required skills, and chooses, from a random generator seeded
 * by the seed and the variant's name (so a run is the same run after run):
 * the experience heading (plain, qualified and compound ones per language, {@code matrix/words.tsv}),
 * the date form, the range separator (every dash of Unicode's dash class a résumé uses, a hyphen, the
 * language's "to" word — rotated over the variants so that each occurs), how title and organization
 * stand (one line either way round, two lines either way round, or label–value fields), the bullet,
 * the skills separator and two bullets per role with a percent and a count metric. The gold is the
 * roles, skills and metrics written; the document is each rendering of the variant.
 *
 * <p>Written to {@code OUT}: {@code ID.txt} (Markdown, the plain-text baseline and the Markdown
 * generator), {@code ID.LAYOUT.html} and {@code ID.LAYOUT.tex} per layout of {@link #LAYOUTS},
 * {@code ID.json} (the laid-out lines, for the ReportLab and pdf-lib renderers), {@code ID.gold.json}
 * (naming {@code ID.txt}) and {@code sources.tsv} (id, language, source gold).
 *
 * <p>Usage: {@code MatrixSources OUT [SEED [VARIANTS [LIMIT|per-language]]]}, run from the repository root.
 */
public final class MatrixSources {
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja", "ko");
    static final List<String> LAYOUTS = List.of("one-column", "two-column", "sidebar", "dates-right", "dates-gutter");
    /** The range separators: U+2010..U+2015, minus, soft hyphen, non-breaking hyphen (U+2011, in the range), hyphen-minus, a word. */
    static final List<String> SEPARATORS = List.of("\u2013", "\u2014", "\u2010", "\u2011", "\u2012", "\u2015", "\u2212", "\u00AD", "-", "TO");
    static final List<String> BULLETS = List.of("•", "-", "*", "–", "▪", "·", "◦");
    static final List<String> SKILL_SEPARATORS = List.of(", ", " · ", " | ", " / ");

    enum Order { TITLE_FIRST, ORG_FIRST, TWO_LINES_TITLE_FIRST, TWO_LINES_ORG_FIRST, FIELDS }

    record Line(String text, boolean bold, boolean italic) {}

    /** One role as written: its head lines, its date range (null when a field holds it) and its bullets (without the bullet mark). */
    record Entry(List<Line> head, String dates, List<String> bullets) {}

    record Doc(String id, String language, String name, String email, String experience, String skillsHeading,
               List<Entry> entries, List<String> skills, String skillSeparator, String bullet, ObjectNode gold) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MatrixSources OUT [SEED [VARIANTS [LIMIT|per-language]]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 12L;
        int variants = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean perLanguage = args.length > 3 && args[3].equals("per-language");
        int limit = args.length > 3 && !perLanguage ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        List<Doc> docs = generate(List.of(Path.of("eval", "gold"), Path.of("eval", "resumes-gold")), seed, variants, limit, perLanguage);
        write(out, docs);
        System.out.println("matrix sources: " + docs.size() + " résumés x " + LAYOUTS.size() + " layouts in " + out);
    }

    /** {@code perLanguage}: only the first labelled résumé of each language (a slice that still holds every language). */
    static List<Doc> generate(List<Path> goldDirs, long seed, int variants, int limit, boolean perLanguage) throws IOException {
        Set<String> languagesTaken = new LinkedHashSet<>();
        Map<String, Map<String, List<String>>> words = words();
        List<Doc> docs = new ArrayList<>();
        int index = 0;
        for (Path dir : goldDirs) {
            List<Path> golds;
            try (Stream<Path> s = Files.list(dir)) {
                golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
            }
            for (Path g : golds) {
                JsonNode gold = JSON.readTree(g.toFile());
                List<JsonNode> roles = new ArrayList<>();
                gold.path("roles").forEach(r -> {
                    if (text(r.get("organization")) != null && title(r) != null && text(r.get("start")) != null) {
                        roles.add(r);
                    }
                });
                if (roles.isEmpty()) {
                    continue;
                }
                String own = gold.path("language").asText("en");
                if (perLanguage && !languagesTaken.add(own)) {
                    continue;
                }
                for (int v = 0; v < variants && docs.size() < limit; v++) {
                    String language = LANGUAGES.get((LANGUAGES.indexOf(own) + v) % LANGUAGES.size());
                    String id = String.format(Locale.ROOT, "m%03d-%s", index, language);
                    docs.add(variant(id, index, language, words.get(language), gold, roles, new Random(seed * 31 + id.hashCode())));
                    index++;
                }
            }
        }
        return docs;
    }

    private static Doc variant(String id, int index, String language, Map<String, List<String>> w, JsonNode source,
                               List<JsonNode> roles, Random rng) {
        String experience = w.get("experience").get(index % w.get("experience").size());
        String separator = SEPARATORS.get(index % SEPARATORS.size());
        String dateForm = pick(w.get("dateForms"), rng);
        boolean spaced = separator.equals("TO") || dateForm.contains("-") || rng.nextBoolean();
        String dash = separator.equals("TO") ? w.get("to").get(0) : separator;
        String range = language.equals("ja") && separator.equals("TO") ? dash : spaced ? " " + dash + " " : dash;
        Order order = Order.values()[(index / 2 + rng.nextInt(2)) % Order.values().length];
        String present = pick(w.get("present"), rng);
        String bullet = BULLETS.get(rng.nextInt(BULLETS.size()));
        List<String> skills = new ArrayList<>();
        source.path("skills").path("required").forEach(s -> { if (skills.size() < 12) skills.add(s.asText()); });
        String name = pick(w.get("name"), rng);
        String email = "cv" + index + "@example.com";

        ObjectNode gold = JSON.createObjectNode();
        gold.put("document", id + ".txt");
        gold.put("language", language);
        ObjectNode candidate = gold.putObject("candidate");
        candidate.put("name", name);
        candidate.putArray("emails").add(email);
        ArrayNode goldRoles = gold.putArray("roles");
        ArrayNode metrics = gold.putObject("metrics").putArray("required");
        gold.with("metrics").putArray("optional");
        Set<Integer> used = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        String at = w.get("at").get(0);
        String join = rng.nextBoolean() ? " | " : language.equals("ja") ? at : language.equals("ko") ? " " + at + " " : (rng.nextBoolean() ? ", " : " " + at + " ");
        for (JsonNode r : roles) {
            String org = text(r.get("organization")), title = title(r);
            String start = text(r.get("start")), end = text(r.get("end"));
            boolean current = end == null || end.equals("present");
            String dates = date(start, dateForm, w) + range + (current ? present : date(end, dateForm, w));
            List<Line> head = new ArrayList<>();
            switch (order) {
                case TITLE_FIRST -> head.add(new Line(title + join + org, true, false));
                case ORG_FIRST -> head.add(new Line(org + (join.equals(" " + at + " ") ? " | " : join) + title, true, false));
                case TWO_LINES_TITLE_FIRST -> { head.add(new Line(title, true, false)); head.add(new Line(org, false, true)); }
                case TWO_LINES_ORG_FIRST -> { head.add(new Line(org, true, false)); head.add(new Line(title, false, true)); }
                case FIELDS -> {
                    List<String> labels = w.get("fields");
                    String colon = language.equals("ja") ? "：" : ": ";
                    head.add(new Line(labels.get(0) + colon + org, false, false));
                    head.add(new Line(labels.get(1) + colon + title, false, false));
                    head.add(new Line(labels.get(2) + colon + dates, false, false));
                }
            }
            int p = distinct(used, rng, 12, 68), n = distinct(used, rng, 3, 15);
            String skill = skills.isEmpty() ? "Kubernetes" : skills.get(entries.size() % skills.size());
            String percent = pick(w.get("percent"), rng).replace("{p}", Integer.toString(p)).replace("{skill}", skill);
            String count = pick(w.get("count"), rng).replace("{n}", Integer.toString(n));
            entries.add(new Entry(head, order == Order.FIELDS ? null : dates, List.of(percent, count)));
            ObjectNode role = goldRoles.addObject();
            role.put("organization", org);
            role.put("title", title);
            role.put("start", start);
            if (current) {
                role.put("end", "present");
            } else {
                role.put("end", end);
            }
            metrics.addObject().put("value", p).put("unit", "percent").put("quote", percent);
            metrics.addObject().put("value", n).put("unit", "count").put("quote", count);
        }
        ObjectNode goldSkills = gold.putObject("skills");
        ArrayNode required = goldSkills.putArray("required");
        skills.forEach(required::add);
        ArrayNode optional = goldSkills.putArray("optional");
        source.path("skills").path("optional").forEach(optional::add);
        return new Doc(id, language, name, email, experience, pick(w.get("skills"), rng), entries, skills,
                SKILL_SEPARATORS.get(rng.nextInt(SKILL_SEPARATORS.size())), bullet, gold);
    }

    /** {@code 2019-04} in a date form, or {@code 2019} alone where the gold gives only the year. */
    static String date(String iso, String form, Map<String, List<String>> w) {
        if (iso.length() < 7) {
            return iso.substring(0, 4);
        }
        int month = Integer.parseInt(iso.substring(5, 7));
        return form.replace("{yyyy}", iso.substring(0, 4)).replace("{MMMM}", w.get("months").get(month - 1))
                .replace("{MMM}", w.get("monthsShort").get(month - 1)).replace("{MM}", iso.substring(5, 7))
                .replace("{M}", Integer.toString(month));
    }

    private static int distinct(Set<Integer> used, Random rng, int min, int max) {
        int v;
        do {
            v = min + rng.nextInt(max - min + 1);
        } while (!used.add(v));
        return v;
    }

    private static String pick(List<String> values, Random rng) {
        return values.get(rng.nextInt(values.size()));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static String title(JsonNode role) {
        JsonNode t = role.get("title");
        return t != null && t.isArray() ? text(t.get(0)) : text(t);
    }

    static Map<String, Map<String, List<String>>> words() throws IOException {
        Map<String, Map<String, List<String>>> words = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MatrixSources.class.getResourceAsStream("/matrix/words.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                words.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], List.of(f[2].split("\\|")));
            }
        }
        return words;
    }

    static void write(Path out, List<Doc> docs) throws IOException {
        Files.createDirectories(out);
        StringBuilder index = new StringBuilder("id\tlanguage\n");
        for (Doc d : docs) {
            Files.writeString(out.resolve(d.id() + ".txt"), MatrixWriters.markdown(d));
            for (String layout : LAYOUTS) {
                Files.writeString(out.resolve(d.id() + "." + layout + ".html"), MatrixWriters.html(d, layout));
                Files.writeString(out.resolve(d.id() + "." + layout + ".tex"), MatrixWriters.latex(d, layout));
            }
            Files.writeString(out.resolve(d.id() + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(MatrixWriters.model(d)));
            Files.writeString(out.resolve(d.id() + ".gold.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d.gold()));
            index.append(d.id()).append('\t').append(d.language()).append('\n');
        }
        Files.writeString(out.resolve("sources.tsv"), index);
    }
}
