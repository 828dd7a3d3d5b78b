package dev.vitae.enricher.domain;

import java.util.Arrays;

/**
 * A text derived from a source text, with each of its characters mapped to the source characters it
 * came from: character {@code i} came from source {@code [start(i), end(i))}. A decoded escape maps to
 * the whole escape ("\xe2\x80\xa2" → "•"), a replaced character to itself, and an inserted character
 * (a restored line break) to nothing just before the source character that follows it. Maps compose,
 * so a chain of preparation steps still points into the first text.
 */
final class MappedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int sourceLength;

    private MappedText(String text, int[] starts, int[] ends, int sourceLength) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sourceLength = sourceLength;
    }

    String text() {
        return text;
    }

    /** Source offset where character {@code i} starts; the source length for {@code i == length}. */
    int start(int i) {
        return i >= starts.length ? sourceLength : starts[i];
    }

    /** Source offset just after character {@code i}. */
    int end(int i) {
        return i >= ends.length ? sourceLength : ends[i];
    }

    /** This text mapped through {@code source}, which maps this text's source to an earlier one. */
    MappedText through(MappedText source) {
        int n = text.length();
        int[] s = new int[n], e = new int[n];
        for (int i = 0; i < n; i++) {
            if (ends[i] > starts[i]) {
                s[i] = source.start(starts[i]);
                e[i] = source.end(ends[i] - 1);
            } else { // inserted: empty, before the source character that follows
                s[i] = source.start(starts[i]);
                e[i] = s[i];
            }
        }
        return new MappedText(text, s, e, source.sourceLength);
    }

    /** Builds a mapped text left to right. */
    static final class Builder {
        private final StringBuilder sb;
        private int[] starts;
        private int[] ends;
        private final int sourceLength;

        Builder(int sourceLength) {
            this.sb = new StringBuilder(sourceLength + 16);
            this.starts = new int[sourceLength + 16];
            this.ends = new int[sourceLength + 16];
            this.sourceLength = sourceLength;
        }

        /** Appends {@code c}, made from source characters {@code [from, to)} (empty when inserted). */
        Builder append(char c, int from, int to) {
            int n = sb.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2 + 16);
                ends = Arrays.copyOf(ends, n * 2 + 16);
            }
            sb.append(c);
            starts[n] = from;
            ends[n] = to;
            return this;
        }

        /** Copies source characters {@code [from, to)} of {@code source} unchanged. */
        Builder copy(String source, int from, int to) {
            for (int i = from; i < to; i++) {
                append(source.charAt(i), i, i + 1);
            }
            return this;
        }

        int length() {
            return sb.length();
        }

        char charAt(int i) {
            return sb.charAt(i);
        }

        MappedText build() {
            int n = sb.length();
            return new MappedText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), sourceLength);
        }
    }
}
