package dev.vitae.enricher.domain;

import java.util.regex.Pattern;

/** Line shapes the role readings share: bullets, horizontal rules, Markdown headings, header-like lines. */
final class RoleLines {
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•・◦▪●■○–]|\\d+[.)])\\s+");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|_{3,}|\\*{3,}|⸻+|—{3,}|={3,})\\s*$");

    private RoleLines() {}

    static boolean isRule(String line) {
        String t = line.strip();
        return t.length() >= 1 && "-_*⸻—=".indexOf(t.charAt(0)) >= 0 && RULE.matcher(t).matches();
    }

    static boolean startsWithBullet(String line) {
        String t = line.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return ("-*•・◦▪●■○–".indexOf(c) >= 0 || Character.isDigit(c)) && BULLET.matcher(line).find();
    }

    /** A line that may name a title or organization: short, not a sentence, a bullet, a table row or a section heading. */
    static boolean isHeaderLike(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 100 || (t.endsWith(".") && !endsWithLegalForm(t) && !inCapitals(t)) || t.endsWith("。")
                || startsWithBullet(line) && !t.startsWith("#")) {
            return false;
        }
        if (t.startsWith("#")) {
            return Sections.kindOf(Sections.clean(HeaderParser.clean(t))) == null;
        }
        if (t.startsWith("|") || t.startsWith("```") || isRule(t)) {
            return false;
        }
        String[] words = t.split("\\s+");
        return words.length <= 12 && !isSentence(words) && Sections.kindOf(Sections.clean(HeaderParser.clean(t))) == null;
    }

    /**
     * A line in capitals of at most eight words ("ANALISTA PROGRAMADOR PUERTOS DEL SUR, SA.", "PASANTE."):
     * its closing period ends an abbreviation, not a sentence.
     */
    static boolean inCapitals(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.chars().noneMatch(Character::isLowerCase) && t.split("\\s+").length <= 8;
    }

    /** Short words a name or title holds in lower case ("Head of the Department", "Engineer at Acme"). */
    static final java.util.Set<String> JOINERS = java.util.Set.of("of", "the", "and", "for", "in", "at", "on", "to", "with",
            "from", "by", "as", "a", "an", "de", "du", "des", "la", "le", "et", "und", "der", "die", "y", "del");

    /**
     * A sentence a flattened export left on its own line ("Managed product research studies in
     * supermarkets", "Promoted to team leader due to excellent feedback from clients"): six words or
     * more, of which at least three, and half of those not joiners, start in lower case.
     */
    static boolean isSentence(String[] words) {
        if (words.length < 6) {
            return false;
        }
        int content = 0, lower = 0;
        for (String w : words) {
            if (w.isEmpty() || JOINERS.contains(w.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return lower >= 3 && 2 * lower >= content;
    }

    /** "Umbrella Inc.", "Convergys India Pvt. Ltd.": the full stop ends an abbreviation, not a sentence. */
    private static boolean endsWithLegalForm(String t) {
        int sp = t.lastIndexOf(' ');
        return sp > 0 && t.length() - sp <= 8 && Lexicon.hasLegalForm(t.substring(sp + 1));
    }

    /** The index of the nearest Markdown heading at or above {@code line}, or -1. */
    static int headingLineAbove(ResumeText text, int line) {
        for (int i = line; i >= 0; i--) {
            if (headingLevel(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The Markdown heading level of {@code line} ("## X" is 2), 0 when it is no heading. */
    static int headingLevel(ResumeText text, int line) {
        if (line < 0) {
            return 0;
        }
        String c = text.lines().get(line).content();
        int level = 0;
        while (level < c.length() && c.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < c.length() && c.charAt(level) == ' ' ? level : 0;
    }

    /**
     * The heading a PDF leaves without its Markdown mark: the non-blank line right above {@code line},
     * when it is header-like and opens its paragraph (the text's first line or one after a blank
     * line), cleaned; else null.
     */
    static String plainHeadingAbove(ResumeText text, int line) {
        int above = line - 1;
        if (above < 0 || text.lines().get(above).isBlank() || !isHeaderLike(text.lines().get(above).content())
                || (above > 0 && !text.lines().get(above - 1).isBlank())) {
            return null;
        }
        String h = HeaderParser.clean(text.lines().get(above).content());
        return h.isEmpty() ? null : h;
    }

    /** The text of the nearest line starting with '#' at or above {@code line}, cleaned, or null. */
    static String enclosingHeading(ResumeText text, int line) {
        for (int i = line; i >= 0; i--) {
            String c = text.lines().get(i).content();
            if (c.startsWith("#")) {
                String h = HeaderParser.clean(c);
                return h.isEmpty() ? null : h;
            }
        }
        return null;
    }
}
