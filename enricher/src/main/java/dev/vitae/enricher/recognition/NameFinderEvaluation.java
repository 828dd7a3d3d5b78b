package dev.vitae.enricher.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a recogniser on labelled documents: exact-span precision, recall and F1 per type (a found
 * name counts only when type, start and end all equal a labelled span's), and loose organization
 * recall as the evaluation scorer counts {@code roles_detected}: per document, the distinct found
 * organization texts matched one-to-one against the gold organizations with {@link OrganizationMatch}.
 */
public final class NameFinderEvaluation {
    private NameFinderEvaluation() {}

    /** True/false positives and false negatives of one measure. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int tp, int fp, int fn) {
            return new Counts(this.tp + tp, this.fp + fp, this.fn + fn);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** Aggregate scores over a set of documents. */
    public record Scores(int documents, Map<Entity.Type, Counts> exact, Counts looseOrganizations) {}

    public static Scores score(NameRecognizer recognizer, List<LabelledDocument> docs) {
        Map<Entity.Type, Counts> exact = new EnumMap<>(Entity.Type.class);
        for (Entity.Type t : Entity.Type.values()) {
            exact.put(t, new Counts(0, 0, 0));
        }
        Counts loose = new Counts(0, 0, 0);
        for (LabelledDocument d : docs) {
            List<Entity> found = recognizer.find(d.text());
            for (Entity.Type t : Entity.Type.values()) {
                Set<Long> gold = new HashSet<>();
                for (LabelledDocument.Span s : d.spans()) {
                    if (s.type() == t) {
                        gold.add(key(s.start(), s.end()));
                    }
                }
                Set<Long> predicted = new HashSet<>();
                for (Entity e : found) {
                    if (e.type() == t) {
                        predicted.add(key(e.start(), e.end()));
                    }
                }
                int tp = 0;
                for (Long p : predicted) {
                    if (gold.contains(p)) {
                        tp++;
                    }
                }
                exact.put(t, exact.get(t).plus(tp, predicted.size() - tp, gold.size() - tp));
            }
            List<String> orgs = new ArrayList<>();
            for (Entity e : found) {
                String name = e.text().strip();
                if (e.type() == Entity.Type.ORGANIZATION && !orgs.contains(name)) {
                    orgs.add(name);
                }
            }
            int matched = OrganizationMatch.matches(d.goldOrganizations(), orgs);
            loose = loose.plus(matched, orgs.size() - matched, d.goldOrganizations().size() - matched);
        }
        return new Scores(docs.size(), exact, loose);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
