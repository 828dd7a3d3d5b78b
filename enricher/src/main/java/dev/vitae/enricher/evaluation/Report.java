package dev.vitae.enricher.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The scores of a labelled set: totals per field over all documents, and each document's own. */
public final class Report {
    private final Map<Field, Tally> totals = new EnumMap<>(Field.class);
    private final List<DocumentScore> documents = new ArrayList<>();

    public Report() {
        for (Field f : Field.values()) {
            totals.put(f, new Tally());
        }
    }

    public void add(DocumentScore score) {
        documents.add(score);
        for (Field f : Field.values()) {
            totals.get(f).add(score.tally(f));
        }
    }

    public Tally total(Field field) {
        return totals.get(field);
    }

    public List<DocumentScore> documents() {
        return Collections.unmodifiableList(documents);
    }

    /** Documents scored without a profile (refused by extraction, or no prediction file). */
    public long withoutProfile() {
        return documents.stream().filter(d -> d.note() != null).count();
    }

    /**
     * The {@code n} documents with the most errors ({@link DocumentScore#errors()}), ties by contact and
     * education errors, then by name; none error-free.
     */
    public List<DocumentScore> worst(int n) {
        return documents.stream().filter(d -> d.errors() + d.contactAndEducationErrors() > 0)
                .sorted(Comparator.comparingInt(DocumentScore::errors).reversed()
                        .thenComparing(Comparator.comparingInt(DocumentScore::contactAndEducationErrors).reversed())
                        .thenComparing(DocumentScore::document))
                .limit(Math.max(0, n)).toList();
    }

    /** A short multi-line summary, one field per line (for test failure messages). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Field f : Field.values()) {
            s.append(String.format("%-22s %s%n", f.key(), totals.get(f)));
        }
        return s.toString();
    }
}
