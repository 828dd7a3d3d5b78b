package dev.vitae.enricher.evaluation;

import java.util.Locale;

/**
 * True positives, false positives and false negatives of one field, with precision, recall and F1
 * defined as {@code score.py} defines them: nothing predicted and nothing expected is a precision
 * and recall of 1; nothing predicted while something was expected is a precision of 0.
 */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;

    void add(int tp, int fp, int fn) {
        this.tp += tp;
        this.fp += fp;
        this.fn += fn;
    }

    void add(Tally other) {
        add(other.tp, other.fp, other.fn);
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    /** False positives plus false negatives. */
    public int errors() {
        return fp + fn;
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
