package dev.vitae.enricher.recognition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evaluation scorer's loose organization match ({@code ../shared/eval/score.py}, {@code similar}):
 * two names match when, after NFKC, lower case, punctuation to spaces and company suffixes dropped,
 * they are equal (also with spaces removed), one contains the other (both at least 3 characters), or
 * at least half of their distinct words are shared.
 */
public final class OrganizationMatch {
    private OrganizationMatch() {}

    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "gmbh", "plc",
            "company", "kk", "株式会社", "주식회사", "(주)");
    private static final Pattern MARKERS = Pattern.compile("株式会社|주식회사|\\(주\\)|（株）|\\(株\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[()（）\\[\\]【】「」,.:;!?/\\\\|&'\"`·・~〜\\-–—_]");

    static String key(String name) {
        String s = MARKERS.matcher(name == null ? "" : name).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT).strip();
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && !SUFFIXES.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** True when two organization names plausibly denote the same organization. */
    public static boolean similar(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb) || ka.replace(" ", "").equals(kb.replace(" ", ""))) {
            return true;
        }
        if (ka.length() >= 3 && kb.length() >= 3 && (ka.contains(kb) || kb.contains(ka))) {
            return true;
        }
        Set<String> wa = new HashSet<>(List.of(ka.split(" ")));
        Set<String> wb = new HashSet<>(List.of(kb.split(" ")));
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size() >= 0.5;
    }

    /** Greedy one-to-one matches of {@code found} against {@code gold}, in gold order, as the scorer counts them. */
    public static int matches(List<String> gold, List<String> found) {
        boolean[] used = new boolean[found.size()];
        int n = 0;
        for (String g : gold) {
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && similar(g, found.get(i))) {
                    used[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
