package dev.vitae.enricher.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a length of time written out: "1 Year 3 Months", "9 Months", "(2 yrs)", "3 Jahre und
 * 2 Monate", "1 año y 3 meses", "3年2ヶ月", "2년 6개월". The text is cut into numbers and words (a
 * number and a letter touching, "2yrs" or "3年", are cut apart); it is a duration when every piece is
 * a number, a duration unit or a joining word of a language pack ({@code duration}, {@code joins}),
 * and every unit follows a number. Résumés print such a total next to a role's dates, and a reading
 * that takes the line beside the dates for the employer would otherwise report it as one.
 */
final class Durations {
    // compiled once: isDuration runs on every organization candidate
    private static final Pattern DIGIT_LETTER_SEAM = Pattern.compile("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}.]+");
    private static final Pattern NON_DECIMAL_DOT = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
    private static final Pattern SPACE_RUN = Pattern.compile(" +");
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
        String t = text.toLowerCase(Locale.ROOT);
        t = DIGIT_LETTER_SEAM.matcher(t).replaceAll(" ");
        t = NOT_WORD.matcher(t).replaceAll(" ");
        t = NON_DECIMAL_DOT.matcher(t).replaceAll(" ").strip();
        boolean afterNumber = false, unit = false;
        for (String w : SPACE_RUN.split(t)) {
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
