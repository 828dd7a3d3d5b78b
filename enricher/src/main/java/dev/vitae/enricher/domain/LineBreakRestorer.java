package dev.vitae.enricher.domain;

/**
 * Gives a flattened text its lines back. Exports that lose line breaks (PDF text dumped into one
 * CSV cell) keep them as runs of spaces: two spaces where a line ended, four or more where a blank
 * line was. A text is flattened when it has at least {@value #MIN_GAPS} such runs and its lines
 * average {@value #MIN_CHARS_PER_LINE}+ characters; any other text is left exactly as it is.
 *
 * <p>In a flattened text:
 * <ul>
 *   <li>a run of 2+ spaces becomes a line break. Blank lines are not restored: the date-anchor
 *       reading looks for a role's header on the lines next to its dates and stops at a blank line,
 *       and these exports put one between the dates and the header ("2008  2009    Special Adviser
 *       to the Joint Aviation Authorities");</li>
 *   <li>except between two dates ("Dec 2013  Feb 2014", "2003  Present"): the export dropped the
 *       dash of a date range, and " – " is put back instead;</li>
 *   <li>a bullet after a single space starts a line;</li>
 *   <li>a section heading that opens a line and is written in capitals before a word in lower case
 *       ("SKILLS Java, Python"), or names a summary, education or languages section and ends with a
 *       colon ("Objective: To obtain…"), gets a line of its own;</li>
 *   <li>the quotes of a CSV cell around the whole text are dropped and its doubled quotes undone.</li>
 * </ul>
 * New characters map to the spaces they replace, or to nothing before the next source character.
 */
final class LineBreakRestorer {
    static final int MIN_GAPS = 3;
    static final int MIN_CHARS_PER_LINE = 200;
    private static final int MAX_HEADING_WORDS = 4;

    private LineBreakRestorer() {}

    /** Whether {@code s} lost its line breaks. */
    static boolean isFlattened(String s) {
        if (s.length() < MIN_CHARS_PER_LINE / 2) {
            return false;
        }
        int lines = 0;
        for (int start = 0; start < s.length(); ) { // count lines with content; most texts stop early here
            int nl = s.indexOf('\n', start);
            int stop = nl < 0 ? s.length() : nl;
            int k = start;
            while (k < stop && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (k < stop && (long) ++lines * MIN_CHARS_PER_LINE > s.length()) {
                return false;
            }
            start = stop + 1;
        }
        int gaps = 0;
        for (int i = 2; i < s.length() && gaps < MIN_GAPS; i++) {
            if (!Character.isWhitespace(s.charAt(i)) && isGap(s.charAt(i - 1)) && isGap(s.charAt(i - 2))) {
                gaps++;
            }
        }
        return gaps >= MIN_GAPS;
    }

    /** The text with its line breaks restored, mapped to {@code s}, or null when {@code s} is not flattened. */
    static MappedText restore(String s) {
        if (!isFlattened(s)) {
            return null;
        }
        int from = 0, to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        boolean quoted = to - from >= 2 && s.charAt(from) == '"' && s.charAt(to - 1) == '"';
        MappedText.Builder out = new MappedText.Builder(s.length());
        out.copy(s, 0, from);
        int i = quoted ? from + 1 : from;
        int end = quoted ? to - 1 : to;
        int lineStart = i;
        boolean atLineStart = true;
        while (i < end) {
            char c = s.charAt(i);
            if (atLineStart) {
                int h = headingEnd(s, i, end, false);
                if (h > 0) {
                    out.copy(s, i, h);
                    int after = h;
                    if (after < end && s.charAt(after) == ' ' && (after + 1 >= end || s.charAt(after + 1) != ' ')) {
                        out.append('\n', after, after + 1);
                        after++;
                    }
                    i = after;
                    lineStart = i;
                    atLineStart = i > h;
                    continue;
                }
                atLineStart = false;
            }
            if (quoted && c == '"' && i + 1 < end && s.charAt(i + 1) == '"') {
                out.append('"', i, i + 2);
                i += 2;
            } else if (isGap(c) && i + 1 < end && isGap(s.charAt(i + 1)) && out.length() > 0) {
                int j = i;
                while (j < end && isGap(s.charAt(j))) {
                    j++;
                }
                if (j - i <= 3 && joinsDateRange(s, i, j)) {
                    out.append(' ', i, i + 1).append('–', i + 1, j).append(' ', j, j);
                } else {
                    out.append('\n', i, j);
                    lineStart = j;
                    atLineStart = true;
                }
                i = j;
            } else if (c == ' ' && i + 2 < end && isBullet(s.charAt(i + 1)) && s.charAt(i + 2) == ' '
                    && i > lineStart && !isBullet(s.charAt(i - 1))) {
                out.append('\n', i, i + 1);
                i++;
                lineStart = i;
            } else {
                out.append(c, i, i + 1);
                i++;
            }
        }
        out.copy(s, to, s.length());
        return out.build();
    }

    /** Words an inline bullet's item needs before it is split off: "• Led a team of six engineers …", not "• Java". */
    static final int MIN_ITEM_WORDS = 5;

    /**
     * Gives a line-structured text the breaks a word processor or PDF joined away, within each line:
     * a section heading in capitals that opens a line before a word in lower case or a date ("SUMMARY
     * Backend engineer with…", "EDUCATION 2012 – 2016 BSc…"), or an education heading in any case
     * before a school or degree ("Formation Diplôme d'ingénieur…"), gets a line of its own, and so does each bullet item after text on its line
     * ("… Mar 2019 – Present • Led a team of 6 engineers … • Reduced latency by 45% …") when the
     * item has {@value #MIN_ITEM_WORDS}+ words — a list of short items ("Java • Go • SQL") and a
     * header's separators ("Engineer • Acme • 2019") stay. The space before the bullet, or after the
     * heading, becomes the line break. Null when nothing changes, and for a flattened text (that is
     * {@link #restore}'s).
     */
    static MappedText breakJoinedLines(String s) {
        if (isFlattened(s) || !hasJoinedLine(s)) {
            return null;
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        boolean changed = false;
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            int i = lineStart;
            while (i < lineEnd && isGap(s.charAt(i))) {
                i++;
            }
            int h = i < lineEnd && s.charAt(i) != '#' && s.charAt(i) != '|' ? headingEnd(s, i, lineEnd, true) : -1;
            int from = lineStart;
            if (h > 0 && h < lineEnd && s.charAt(h) == ' ') {
                out.copy(s, from, h).append('\n', h, h + 1);
                from = h + 1;
                changed = true;
            }
            for (int k = from + 1; k + 2 < lineEnd; k++) {
                if (s.charAt(k) == ' ' && isBullet(s.charAt(k + 1)) && s.charAt(k + 2) == ' ' && !s.substring(from, k).isBlank()
                        && !isBullet(s.charAt(k - 1)) && itemWords(s, k + 3, lineEnd) >= MIN_ITEM_WORDS) {
                    out.copy(s, from, k).append('\n', k, k + 1);
                    from = k + 1;
                    changed = true;
                }
            }
            out.copy(s, from, lineEnd);
            if (nl < 0) {
                break;
            }
            out.append('\n', nl, nl + 1);
            lineStart = nl + 1;
        }
        return changed ? out.build() : null;
    }

    /** Cheap pre-check: some line holds " • " (or another bullet between spaces) or opens with a letter not in lower case. */
    private static boolean hasJoinedLine(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (isBullet(c) && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ' || s.charAt(i - 1) == '\n' && opensHeading(c)) {
                return true;
            }
        }
        return s.length() > 0 && opensHeading(s.charAt(0));
    }

    private static boolean opensHeading(char c) {
        return Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** The number of words from {@code from} to the next bullet between spaces or {@code to}. */
    private static int itemWords(String s, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isBullet(c) && s.charAt(k - 1) == ' ' && k + 1 < to && s.charAt(k + 1) == ' ') {
                break;
            }
            boolean letter = !Character.isWhitespace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    private static boolean endsWithYear(String s, int at) {
        for (int k = at - 4; k < at; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        char c = s.charAt(at - 4), d = s.charAt(at - 3);
        boolean century = (c == '1' && d == '9') || (c == '2' && d == '0');
        return century && (at == 4 || !Character.isLetterOrDigit(s.charAt(at - 5)));
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBullet(char c) {
        return "•●▪◦■○".indexOf(c) >= 0;
    }

    /**
     * End of a section heading that opens the line at {@code i} and is followed by more text on it:
     * one to {@value #MAX_HEADING_WORDS} words naming a known section, either in capitals and followed
     * by a word in lower case ("SKILLS Java", but not "PROJECT MANAGER" or "EDUCATION & CERTIFICATION"), or ending with a colon and
     * naming a summary, education or languages section ("Objective: To obtain…"; "Tools:" and
     * "Project:" label lines inside a role and open no section; not with {@code capitalsOnly}, for a
     * text whose lines are kept, where "Languages: Java, Go" is a label). -1 when there is none.
     */
    private static int headingEnd(String s, int i, int end, boolean capitalsOnly) {
        int[] wordEnds = new int[MAX_HEADING_WORDS + 1];
        int words = 0;
        int p = i;
        boolean lineEnds = false;
        while (words <= MAX_HEADING_WORDS) {
            while (p < end && !isGap(s.charAt(p))) {
                p++;
            }
            wordEnds[words++] = p;
            if (p >= end || (p + 1 < end && isGap(s.charAt(p + 1)))) {
                lineEnds = true;
                break;
            }
            p++;
        }
        for (int k = Math.min(words - 1, MAX_HEADING_WORDS); k >= 1; k--) {
            String prefix = s.substring(i, wordEnds[k - 1]);
            boolean capitals = isCapitals(prefix) && (hasLowerCase(s, wordEnds[k - 1] + 1, wordEnds[k])
                    || capitalsOnly && wordEnds[k - 1] + 1 < end && Character.isDigit(s.charAt(wordEnds[k - 1] + 1)));
            if (!capitals && capitalsOnly && educationEntryAfter(s, prefix, wordEnds[k - 1], end)) {
                return wordEnds[k - 1];
            }
            if (!capitals && (capitalsOnly || !prefix.endsWith(":"))) {
                continue; // checked first: most lines start with neither
            }
            if (capitalsOnly && !Sections.isNamed(Sections.clean(prefix))) {
                continue; // in a kept line, "PERSOL CAREER — Engineer" is an employer: only a whole section name splits
            }
            SectionKind kind = Sections.kindOf(Sections.clean(prefix));
            if (kind == null || !capitals && kind != SectionKind.SUMMARY && kind != SectionKind.EDUCATION && kind != SectionKind.LANGUAGES) {
                continue;
            }
            if (lineEnds && Sections.kindOf(Sections.clean(s.substring(i, wordEnds[words - 1]))) != null) {
                return -1; // the whole line is the heading
            }
            return wordEnds[k - 1];
        }
        return -1;
    }

    /**
     * "Education MSc Statistics, KTH Royal Institute of Technology": an education heading in any case
     * that opens a line, with a school or degree after it — the heading, then the section's first entry.
     */
    private static boolean educationEntryAfter(String s, String prefix, int prefixEnd, int end) {
        if (prefixEnd >= end || Character.isLowerCase(prefix.charAt(0)) || !Sections.isNamed(Sections.clean(prefix))
                || Sections.kindOf(Sections.clean(prefix)) != SectionKind.EDUCATION) {
            return false;
        }
        String rest = s.substring(prefixEnd, end);
        return Lexicon.isSchool(rest) || Lexicon.hasDegree(rest);
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && w.length() >= 4;
    }

    /**
     * Whether the gap {@code [gap, gapEnd)} separates two dates of a range whose dash was lost: the
     * line so far ends with a year (every date of a range does: "2003", "Feb 2014", "06/2014"), the
     * text after the gap starts with a date or "Present", and the second date is not earlier.
     */
    private static boolean joinsDateRange(String s, int gap, int gapEnd) {
        if (gap < 4 || gapEnd >= s.length() || !endsWithYear(s, gap) || !Character.isLetterOrDigit(s.charAt(gapEnd))) {
            return false;
        }
        int to = DateParser.dateEndingAt(s, gapEnd);
        if (to < 0) {
            return false;
        }
        int from = Integer.parseInt(s, gap - 4, gap, 10);
        for (int k = gapEnd; k + 4 <= to; k++) {
            if (endsWithYear(s, k + 4) && (k + 4 == to || !Character.isDigit(s.charAt(k + 4)))) {
                return Integer.parseInt(s, k, k + 4, 10) >= from;
            }
        }
        return true; // "Present"
    }
}
