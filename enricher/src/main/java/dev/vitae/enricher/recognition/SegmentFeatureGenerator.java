package dev.vitae.enricher.recognition;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of the segment a token sits in and of the segment before it — the layout cues by which
 * a reader spots a title or an employer: a short, capitalised segment; one that carries a year or a
 * month; one that follows a segment holding a title or an organization.
 *
 * <p>Per token: the segment's length bucket, whether the token is the segment's last, how many of
 * the segment's words are capitalised (all, most, few), whether the segment names a year or a month,
 * and, from the adaptive data, what the previous segment of the same document held (a title, an
 * organization, a date) and whether it was short. The previous segment's names are the gold labels
 * while training and the finder's own decisions at run time. Per-segment facts are computed once per
 * token array (the finder calls this for every token and beam).
 */
public final class SegmentFeatureGenerator implements AdaptiveFeatureGenerator {
    private String[] seen;
    private String[] current = new String[0];
    private String[] previous = new String[0];

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != seen) {
            seen = tokens;
            current = summary(tokens);
        }
        for (String f : current) {
            features.add(f);
        }
        if (index == tokens.length - 1) {
            features.add("sg.last");
        }
        for (String f : previous) {
            features.add(f);
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        boolean title = false;
        boolean org = false;
        for (String o : outcomes) {
            if (o.contains("title")) {
                title = true;
            } else if (o.contains("organization")) {
                org = true;
            }
        }
        boolean date = hasDate(tokens);
        String[] p = new String[4];
        int n = 0;
        if (title) {
            p[n++] = "sg.prevTitle";
        }
        if (org) {
            p[n++] = "sg.prevOrg";
        }
        if (date) {
            p[n++] = "sg.prevDate";
        }
        if (tokens.length <= 6) {
            p[n++] = "sg.prevShort";
        }
        previous = java.util.Arrays.copyOf(p, n);
    }

    @Override
    public void clearAdaptiveData() {
        previous = new String[0];
        seen = null;
    }

    private static String[] summary(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String t : tokens) {
            char c = t.charAt(0);
            if (Character.isLetter(c)) {
                words++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
        }
        String len = tokens.length <= 3 ? "sg.len=1-3" : tokens.length <= 6 ? "sg.len=4-6" : tokens.length <= 12 ? "sg.len=7-12" : "sg.len=13+";
        String caps = words == 0 ? "sg.caps=none" : capitalised == words ? "sg.caps=all" : 2 * capitalised >= words ? "sg.caps=most" : "sg.caps=few";
        return hasDate(tokens) ? new String[] {len, caps, "sg.date"} : new String[] {len, caps};
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("jan", "january", "feb", "february", "mar", "march",
            "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december", "present", "current", "till", "date");

    static boolean hasDate(String[] tokens) {
        for (String t : tokens) {
            int n = t.length();
            if (n == 4 && (t.startsWith("19") || t.startsWith("20")) && Character.isDigit(t.charAt(2)) && Character.isDigit(t.charAt(3))) {
                return true;
            }
            if (n >= 3 && n <= 9 && Character.isLetter(t.charAt(0)) && MONTHS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
