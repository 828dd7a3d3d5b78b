package dev.vitae.enricher.domain;

import java.util.List;

/**
 * Date ranges broken before their dash, as HTML résumé themes print them: the start in one element,
 * the dash and the end in the next ("06/2016⏎– 12/2018", "Sep 2019⏎- Present"), so the text holds
 * two lines and no range.
 *
 * <p>Algorithm: where a line ends with a date that ends no range of its own, and the next line holds
 * only a dash and a date (or a word for the present), the line break between them becomes a space,
 * if the two lines so joined end with one range. Nothing is inserted or removed, so offsets stay
 * as they were. A bullet led by a hyphen ("2019⏎- 2020 budget planning") is no such line: after
 * its date it has more words.
 */
final class SplitRanges {
    private SplitRanges() {}

    /** {@code text} with each range broken before its dash on one line; null when there is none. */
    static MappedText join(String text) {
        MappedText.Builder out = null;
        int copied = 0;
        int lineStart = 0;
        while (true) {
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            int nextEnd = text.indexOf('\n', nl + 1);
            if (nextEnd < 0) {
                nextEnd = text.length();
            }
            if (joins(text.substring(lineStart, nl), text.substring(nl + 1, nextEnd))) {
                if (out == null) {
                    out = new MappedText.Builder(text.length());
                }
                out.copy(text, copied, nl);
                out.append(' ', nl, nl + 1);
                copied = nl + 1;
            }
            lineStart = nl + 1;
        }
        if (out == null) {
            return null;
        }
        out.copy(text, copied, text.length());
        return out.build();
    }

    private static boolean joins(String line, String next) {
        String n = next.strip();
        if (n.length() < 5 || n.length() > 40 || !DateParser.isDash(n.charAt(0)) || !hasDigit(line)) {
            return false;
        }
        String t = line.stripTrailing();
        if (DateParser.ranges(t).stream().anyMatch(r -> r.end() >= t.length())) {
            return false;
        }
        String joined = t + " " + n;
        List<DateRange> ranges = DateParser.ranges(joined);
        return !ranges.isEmpty() && ranges.get(ranges.size() - 1).end() == joined.length()
                && ranges.get(ranges.size() - 1).start() < t.length();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
