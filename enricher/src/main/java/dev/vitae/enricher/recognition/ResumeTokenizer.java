package dev.vitae.enricher.recognition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits résumé text into segments of tokens for the name finder, keeping every token's offsets into
 * the original text.
 *
 * <p>One left-to-right pass. A token is a run of letters, digits and combining marks, or a single
 * punctuation character. Literal byte escapes as broken PDF exports leave them ({@code \xe2\x80\xa2})
 * are decoded as UTF-8: letters continue the word they sit in ({@code Soci\xc3\xa9t\xc3\xa9} is one
 * token whose text is {@code Société}), punctuation becomes a token of its own with the decoded text,
 * a decoded space is a space, and anything else (bullets, private-use glyphs, controls, undecodable
 * bytes) ends the segment. A segment also ends at a line break, a tab, two or more spaces (the line
 * breaks of flattened text), a bullet, symbol or table bar ({@code |}) and a run of three or more of the
 * same punctuation character (rules and leaders); segments play the role of sentences, so
 * that a name never runs across two lines of the original. Non-Latin scripts are tokenised the same
 * way; {@link NameRecognizer} decides whether to read them.
 */
public final class ResumeTokenizer {
    private ResumeTokenizer() {}

    /** A run of tokens between two boundaries; {@code starts[i]}/{@code ends[i]} are offsets of {@code tokens[i]}. */
    public record Segment(String[] tokens, int[] starts, int[] ends) {
        public int size() {
            return tokens.length;
        }

        /** Offset where the segment's first token starts. */
        public int start() {
            return starts[0];
        }

        /** Offset just past the segment's last token. */
        public int end() {
            return ends[ends.length - 1];
        }
    }

    /** The segments of {@code text}, in order; empty segments are left out. */
    public static List<Segment> segments(String text) {
        Builder b = new Builder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int escapeEnd = escapeRunEnd(text, i);
            if (escapeEnd > i) {
                String decoded = decode(text, i, escapeEnd);
                if (isWord(decoded)) {
                    b.wordPart(i, escapeEnd, decoded);
                } else if (isSpace(decoded)) {
                    b.space(1);
                } else if (decoded.length() == 1 && isPunctuation(decoded.charAt(0))) {
                    b.punctuation(i, escapeEnd, decoded);
                } else {
                    b.boundary();
                }
                i = escapeEnd;
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B) {
                b.boundary();
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                int e = i;
                while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r' && text.charAt(e) != '\t'
                        && (Character.isWhitespace(text.charAt(e)) || Character.isSpaceChar(text.charAt(e)))) {
                    e++;
                }
                b.space(e - i);
                i = e;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    b.wordPart(i, i + 2, null);
                } else {
                    b.boundary();
                }
                i += 2;
            } else if (isWordChar(c)) {
                b.wordPart(i, i + 1, null);
                i++;
            } else if (isSeparator(c)) {
                b.boundary();
                i++;
            } else if (i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                // a rule or leader ("-----", "=====", "....."): separates, like a line break
                int e = i;
                while (e < n && text.charAt(e) == c) {
                    e++;
                }
                b.boundary();
                i = e;
            } else {
                b.punctuation(i, i + 1, null);
                i++;
            }
        }
        b.boundary();
        return b.segments;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isWhitespace(s.charAt(k)) && !Character.isSpaceChar(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!isWordChar(s.charAt(k)) && !Character.isSurrogate(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Bullets, symbols, private-use glyphs and controls: they separate items, they are never part of a name. */
    static boolean isSeparator(char c) {
        if (c == '•' || c == '·' || c == '‣' || c == '⁃' || c == '∙' || c == '*' || c == '・' || c == '|' || c == '\uFFFD') {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.OTHER_SYMBOL || t == Character.PRIVATE_USE || t == Character.CONTROL
                || t == Character.FORMAT || t == Character.UNASSIGNED || t == Character.SURROGATE;
    }

    private static boolean isPunctuation(char c) {
        return !isSeparator(c) && !isWordChar(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    /** End of a run of literal {@code \xHH} escapes starting at {@code i}, or {@code i} when none starts there. */
    static int escapeRunEnd(String text, int i) {
        int e = i;
        while (e + 3 < text.length() && text.charAt(e) == '\\' && text.charAt(e + 1) == 'x'
                && hex(text.charAt(e + 2)) >= 0 && hex(text.charAt(e + 3)) >= 0) {
            e += 4;
        }
        return e;
    }

    private static String decode(String text, int from, int to) {
        byte[] bytes = new byte[(to - from) / 4];
        for (int k = 0; k < bytes.length; k++) {
            int at = from + 4 * k;
            bytes[k] = (byte) (hex(text.charAt(at + 2)) * 16 + hex(text.charAt(at + 3)));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Accumulates the current word, the current segment's tokens and the finished segments. */
    private static final class Builder {
        private final String text;
        private final List<Segment> segments = new ArrayList<>();
        private final List<String> tokens = new ArrayList<>();
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int wordStart = -1;
        private int wordEnd;
        /** The word's text when an escape was decoded into it; null while it is a plain substring. */
        private StringBuilder decodedWord;

        Builder(String text) {
            this.text = text;
        }

        void wordPart(int from, int to, String decoded) {
            if (wordStart < 0) {
                wordStart = from;
            } else if (wordEnd != from) {
                endWord();
                wordStart = from;
            }
            if (decoded != null) {
                if (decodedWord == null) {
                    decodedWord = new StringBuilder().append(text, wordStart, from);
                }
                decodedWord.append(decoded);
            } else if (decodedWord != null) {
                decodedWord.append(text, from, to);
            }
            wordEnd = to;
        }

        void punctuation(int from, int to, String decoded) {
            endWord();
            add(decoded != null ? decoded : text.substring(from, to), from, to);
        }

        void space(int length) {
            endWord();
            if (length >= 2) {
                endSegment();
            }
        }

        void boundary() {
            endWord();
            endSegment();
        }

        private void endWord() {
            if (wordStart >= 0) {
                add(decodedWord != null ? decodedWord.toString() : text.substring(wordStart, wordEnd), wordStart, wordEnd);
                wordStart = -1;
                decodedWord = null;
            }
        }

        private void add(String token, int from, int to) {
            int k = tokens.size();
            if (k == starts.length) {
                starts = java.util.Arrays.copyOf(starts, k * 2);
                ends = java.util.Arrays.copyOf(ends, k * 2);
            }
            tokens.add(token);
            starts[k] = from;
            ends[k] = to;
        }

        private void endSegment() {
            int k = tokens.size();
            if (k > 0) {
                segments.add(new Segment(tokens.toArray(new String[0]), java.util.Arrays.copyOf(starts, k), java.util.Arrays.copyOf(ends, k)));
                tokens.clear();
            }
        }
    }
}
