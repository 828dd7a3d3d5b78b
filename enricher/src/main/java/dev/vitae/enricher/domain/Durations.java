package dev.vitae.enricher.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a length of time written out: "1 Year 3 Months", "9 Months", "(2 yrs)", "3 Jahre und
 * 2 Monate", "1 año y 3 meses", "3年2ヶ月", "2년 6개월". The text is cut into numbers and words (a
 * number and a letter touching, "2yrs" or "3年", are cut apart); it is a duration when every piece is
 * a number, a duration unit or a joining word of a language pack ({@code duration}, {@code joins}),
 * and every unit follows a number. Résumés print such a total next to a role's dates, and a reading
 * that takes the line beside the dates for the employer would otherwise report it as one.
 */
final class Durations {
    private static final Set<String> UNITS = new HashSet<>();
    private static final Set<String> JOINS = new HashSet<>();

    static {
        for (LanguagePack pack : LanguagePack.ALL) {
            UNITS.addAll(pack.durationUnits());
            JOINS.addAll(pack.joins());
        }
    }

    private Durations() {}

    /** Whether {@code text} is, as a whole, a length of time. */
    static boolean isDuration(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)", " ")
                .replaceAll("[^\\p{L}\\p{Nd}.]+", " ")
                .replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .strip();
        boolean afterNumber = false, unit = false;
        for (String w : t.split(" +")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                afterNumber = true;
            } else if (UNITS.contains(w)) {
                if (!afterNumber) {
                    return false;
                }
                unit = true;
                afterNumber = false;
            } else if (!JOINS.contains(w)) {
                return false;
            }
        }
        return unit;
    }
}
