package dev.vitae.extractor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far two texts of one document hold the same words, as a reader counts them: the size of the
 * two word multisets' intersection over the larger one. A word is a blank-separated token with a
 * letter or digit in it (bullets and rules are not words, and {@code pdftotext} writes some as control
 * characters); invisible format characters are not part of a word, and a no-break space separates
 * words as a space does. Used to compare Vitae's extracted text with {@code pdftotext -layout}'s.
 */
public final class WordAgreement {
    private WordAgreement() {
    }

    /** 1.0 when both texts hold the same words as often, 0.0 when they share none; 1.0 for two texts without words. */
    public static double of(String a, String b) {
        Map<String, Integer> x = words(a), y = words(b);
        int common = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        int max = Math.max(count(x), count(y));
        return max == 0 ? 1.0 : (double) common / max;
    }

    /** The words each text holds more often than the other, in two lines (for failure messages). */
    public static String difference(String ours, String theirs) {
        Map<String, Integer> x = words(ours), y = words(theirs);
        List<String> onlyOurs = new ArrayList<>(), onlyTheirs = new ArrayList<>();
        x.forEach((w, n) -> { if (n > y.getOrDefault(w, 0)) onlyOurs.add(w); });
        y.forEach((w, n) -> { if (n > x.getOrDefault(w, 0)) onlyTheirs.add(w); });
        return "only ours: " + onlyOurs + "\nonly pdftotext's: " + onlyTheirs;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        String visible = text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (String w : visible.split("[\\s\\u00A0\\u2007\\u202F]+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.merge(w, 1, Integer::sum);
            }
        }
        return words;
    }

    private static int count(Map<String, Integer> words) {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }
}
