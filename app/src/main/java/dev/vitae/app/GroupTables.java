package dev.vitae.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.enricher.evaluation.DocumentScore;
import dev.vitae.enricher.evaluation.Field;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.schemas.ProfileJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of a labelled set per group of documents, for a corpus such as the matrix whose documents
 * differ by generator, layout and language. A manifest (tab-separated, a header line naming the
 * columns; {@code document} names the gold's document, {@code baseline} names the document whose text
 * the same résumé is, the other columns are group keys) tells each document's groups; a compound key
 * {@code generator+layout} groups by both columns at once. Per value of
 * each key it prints the documents, roles strict F1, the same résumés' roles F1 as text (their
 * baselines, scored in the same run) and the difference, skills and metrics F1, and the mean and
 * least word agreement with {@code pdftotext -layout} over the group's PDFs ({@link
 * dev.vitae.extractor.WordAgreement}).
 */
final class GroupTables {
    /** One group's scores; {@code baselineRoles} is NaN when no document of the group has a scored baseline, words NaN without PDFs. */
    record Group(String key, String value, int documents, double roles, double baselineRoles, double skills, double metrics,
                 double wordsMean, double wordsMin) {
        double delta() {
            return roles - baselineRoles;
        }
    }

    private final Map<String, Map<String, String>> rows = new HashMap<>();
    private final List<String> keys;

    private GroupTables(List<String> keys) {
        this.keys = keys;
    }

    /** Reads a manifest; {@code keys} are the columns to group by (each must be a column of it). */
    static GroupTables read(Path manifest, List<String> keys) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("--manifest " + manifest + " is empty");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        if (!header.contains("document")) {
            throw new IllegalArgumentException("--manifest " + manifest + " has no 'document' column");
        }
        for (String k : keys.stream().flatMap(k -> Arrays.stream(k.split("\\+"))).toList()) {
            if (!header.contains(k)) {
                throw new IllegalArgumentException("--group-by " + k + ": not a column of " + manifest + " " + header);
            }
        }
        GroupTables t = new GroupTables(keys);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < f.length; i++) {
                row.put(header.get(i), f[i]);
            }
            t.rows.put(row.get("document"), row);
        }
        return t;
    }

    List<Group> groups(Report report, Map<String, Double> words) {
        Map<String, DocumentScore> byDocument = new HashMap<>();
        report.documents().forEach(d -> byDocument.put(d.document(), d));
        List<Group> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, List<DocumentScore>> members = new TreeMap<>();
            for (DocumentScore d : report.documents()) {
                Map<String, String> row = rows.getOrDefault(d.document(), Map.of());
                members.computeIfAbsent(value(row, key), v -> new ArrayList<>()).add(d);
            }
            members.forEach((value, docs) -> {
                Report group = new Report(), baseline = new Report();
                List<Double> agreement = new ArrayList<>();
                for (DocumentScore d : docs) {
                    group.add(d);
                    String base = rows.getOrDefault(d.document(), Map.of()).get("baseline");
                    if (base != null && byDocument.containsKey(base)) {
                        baseline.add(byDocument.get(base));
                    }
                    if (words.containsKey(d.document())) {
                        agreement.add(words.get(d.document()));
                    }
                }
                out.add(new Group(key, value, docs.size(), group.total(Field.ROLES).f1(),
                        baseline.documents().isEmpty() ? Double.NaN : baseline.total(Field.ROLES).f1(),
                        group.total(Field.SKILLS).f1(), group.total(Field.METRICS).f1(),
                        agreement.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                        agreement.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)));
            });
        }
        return out;
    }

    /** A row's value of a key; of a compound key {@code generator+layout}, the values joined by '/'. */
    private static String value(Map<String, String> row, String key) {
        return Arrays.stream(key.split("\\+")).map(k -> row.getOrDefault(k, "-")).collect(java.util.stream.Collectors.joining("/"));
    }

    static void table(PrintWriter out, List<Group> groups) {
        String key = null;
        for (Group g : groups) {
            if (!g.key().equals(key)) {
                key = g.key();
                out.printf(Locale.ROOT, "%nby %-23s %5s %7s %7s %7s %7s %7s %7s %7s%n", key, "docs", "roles", "text", "delta",
                        "skills", "metrics", "words", "min");
            }
            out.printf(Locale.ROOT, "%-26s %5d %7.3f %7s %7s %7.3f %7.3f %7s %7s%n", g.value(), g.documents(), g.roles(),
                    num(g.baselineRoles()), Double.isNaN(g.baselineRoles()) ? "-" : String.format(Locale.ROOT, "%+.3f", g.delta()),
                    g.skills(), g.metrics(), num(g.wordsMean()), num(g.wordsMin()));
        }
        out.flush();
    }

    static ObjectNode json(List<Group> groups) {
        ObjectNode root = ProfileJson.mapper().createObjectNode();
        for (Group g : groups) {
            ObjectNode n = root.with(g.key()).putObject(g.value());
            n.put("documents", g.documents()).put("roles_f1", round(g.roles())).put("skills_f1", round(g.skills()))
                    .put("metrics_f1", round(g.metrics()));
            if (!Double.isNaN(g.baselineRoles())) {
                n.put("text_roles_f1", round(g.baselineRoles())).put("roles_delta", round(g.delta()));
            }
            if (!Double.isNaN(g.wordsMean())) {
                n.put("words_mean", round(g.wordsMean())).put("words_min", round(g.wordsMin()));
            }
        }
        return root;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
