package dev.vitae.enricher.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One document's tallies per field, and in words what it missed and what it added: gold roles and
 * organizations not found, wrong titles and dates, skills and metrics missed or extra.
 */
public final class DocumentScore {
    private final String document;
    private final Map<Field, Tally> tallies = new EnumMap<>(Field.class);
    private final List<String> misses = new ArrayList<>();
    private String note;

    DocumentScore(String document) {
        this.document = document;
        for (Field f : Field.values()) {
            tallies.put(f, new Tally());
        }
    }

    public String document() {
        return document;
    }

    public Tally tally(Field field) {
        return tallies.get(field);
    }

    /** Lines such as {@code skills missed: [Kafka, Redis]}. */
    public List<String> misses() {
        return Collections.unmodifiableList(misses);
    }

    /** Why there is no profile (a refused or missing document), or null. */
    public String note() {
        return note;
    }

    /**
     * What ranks a document among the worst: false positives plus false negatives of strict roles,
     * skills and metrics (the three fields score.py tabulates per document).
     */
    public int errors() {
        return tally(Field.ROLES).errors() + tally(Field.SKILLS).errors() + tally(Field.METRICS).errors();
    }

    /** False positives plus false negatives of contact and education (score_extra.py's fields): the tie-break among the worst. */
    public int contactAndEducationErrors() {
        return tally(Field.NAME).errors() + tally(Field.EMAILS).errors() + tally(Field.PHONES).errors()
                + tally(Field.EDUCATION_PAIR).errors();
    }

    void miss(String what, List<String> items) {
        if (!items.isEmpty()) {
            misses.add(what + ": " + items);
        }
    }

    /** Marks the document as scored without a profile, saying why. */
    public void note(String note) {
        this.note = note;
    }
}
