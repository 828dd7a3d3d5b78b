package dev.vitae.extractor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language of a résumé among the ones Vitae supports (en, ja, ko, fr, de, es), by script first and
 * function words second. Kana means Japanese and Hangul means Korean even in text that is mostly
 * English technology names; Han without kana is Chinese. Latin-script text is scored by its most
 * frequent function words, which short, noun-heavy résumés still contain. Deterministic and
 * allocation-light: no model to load.
 */
public final class LanguageDetector {
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "for", "with", "on", "as", "by", "at", "from", "is", "was", "i", "my", "using",
                    "led", "experience", "skills", "education", "summary"),
            "fr", Set.of("le", "la", "les", "des", "et", "du", "de", "un", "une", "pour", "avec", "dans", "sur", "au", "aux", "est", "en",
                    "expérience", "compétences", "formation", "profil", "langues"),
            "de", Set.of("der", "die", "das", "und", "mit", "für", "von", "im", "bei", "zu", "den", "dem", "ein", "eine", "ist", "als", "auf",
                    "lebenslauf", "berufserfahrung", "ausbildung", "kenntnisse", "sprachen", "heute"),
            "es", Set.of("el", "la", "los", "las", "y", "de", "del", "con", "para", "en", "un", "una", "por", "es", "como", "al",
                    "experiencia", "habilidades", "educación", "idiomas", "actualidad"));
    /** Letters that only (or mostly) one of the Latin-script languages uses. */
    private static final Map<Character, String> TELLTALE = Map.ofEntries(
            Map.entry('ß', "de"), Map.entry('ä', "de"), Map.entry('ö', "de"), Map.entry('ü', "de"),
            Map.entry('è', "fr"), Map.entry('ê', "fr"), Map.entry('ç', "fr"), Map.entry('à', "fr"), Map.entry('ù', "fr"), Map.entry('œ', "fr"),
            Map.entry('ñ', "es"), Map.entry('¿', "es"), Map.entry('¡', "es"), Map.entry('í', "es"), Map.entry('ó', "es"), Map.entry('ú', "es"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** ISO 639-1 code, or null when the text has no letters to judge by. */
    public String detect(String text) {
        int kana = 0, hangul = 0, han = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> { }
            }
            i += Character.charCount(cp);
        }
        int cjk = kana + hangul + han;
        if (cjk > 0 && (cjk * 4 >= latin || kana + hangul > 50)) {
            if (hangul >= kana && hangul > 0) {
                return "ko";
            }
            return kana > 0 ? "ja" : "zh";
        }
        if (latin == 0) {
            return null;
        }
        return latinLanguage(text);
    }

    private static String latinLanguage(String text) {
        Map<String, Integer> scores = new java.util.HashMap<>();
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            String lang = TELLTALE.get(Character.toLowerCase(text.charAt(i)));
            if (lang != null) {
                scores.merge(lang, 1, Integer::sum);
            }
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        while (m.find() && words < 5000) {
            words++;
            String w = m.group();
            for (var e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    scores.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("en");
    }
}
