package dev.vitae.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.enricher.evaluation.DocumentScore;
import dev.vitae.enricher.evaluation.Field;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.enricher.evaluation.Tally;
import dev.vitae.schemas.ProfileJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link Report}: a table of precision, recall, F1 and tp/fp/fn per field followed by
 * the worst documents with what they missed, or the same as one JSON object whose per-field
 * entries have score.py's shape ({@code precision, recall, f1} rounded to three decimals,
 * {@code tp, fp, fn}).
 */
final class EvalReportWriter {
    private final Report report;
    private final int worst;
    private final List<String> failures;
    private final List<GroupTables.Group> groups;
    private final Map<String, Double> words;

    EvalReportWriter(Report report, int worst, List<String> failures) {
        this(report, worst, failures, List.of(), Map.of());
    }

    EvalReportWriter(Report report, int worst, List<String> failures, List<GroupTables.Group> groups, Map<String, Double> words) {
        this.report = report;
        this.worst = worst;
        this.failures = failures;
        this.groups = groups;
        this.words = words;
    }

    private double meanWords() {
        return words.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    void table(PrintWriter out) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s %6s%n", "field", "P", "R", "F1", "tp", "fp", "fn");
        for (Field f : Field.values()) {
            Tally t = report.total(f);
            out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6d %6d %6d%n", f.key(), t.precision(), t.recall(), t.f1(), t.tp(), t.fp(), t.fn());
        }
        out.printf("%d documents, %d without a profile%n", report.documents().size(), report.withoutProfile());
        if (!words.isEmpty()) {
            out.printf(Locale.ROOT, "word agreement with pdftotext -layout: mean %.3f over %d PDFs%n", meanWords(), words.size());
        }
        GroupTables.table(out, groups);
        List<DocumentScore> docs = report.worst(worst);
        if (!docs.isEmpty()) {
            out.printf("%nworst %d (errors = fp + fn of roles, skills, metrics):%n", docs.size());
        }
        for (DocumentScore d : docs) {
            out.printf("%s  %d errors%s%n", d.document(), d.errors(), d.note() == null ? "" : "  (" + d.note() + ")");
            d.misses().forEach(m -> out.println("    " + m));
        }
        failures.forEach(f -> out.println("below minimum: " + f));
        out.flush();
    }

    void json(PrintWriter out) {
        ObjectNode root = ProfileJson.mapper().createObjectNode();
        for (Field f : Field.values()) {
            Tally t = report.total(f);
            root.putObject(f.key()).put("precision", round(t.precision())).put("recall", round(t.recall())).put("f1", round(t.f1()))
                    .put("tp", t.tp()).put("fp", t.fp()).put("fn", t.fn());
        }
        root.put("documents", report.documents().size());
        root.put("without_profile", report.withoutProfile());
        if (!words.isEmpty()) {
            root.put("words_mean", round(meanWords()));
        }
        if (!groups.isEmpty()) {
            root.set("groups", GroupTables.json(groups));
        }
        ArrayNode worstDocs = root.putArray("worst");
        for (DocumentScore d : report.worst(worst)) {
            ObjectNode w = worstDocs.addObject().put("document", d.document()).put("errors", d.errors());
            if (d.note() != null) {
                w.put("note", d.note());
            }
            d.misses().forEach(w.putArray("misses")::add);
        }
        failures.forEach(root.putArray("below_minimum")::add);
        out.println(root.toString());
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
