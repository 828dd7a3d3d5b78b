package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds skill mentions: at every word start, the longest taxonomy alias that ends on a word
 * boundary. ASCII aliases need non-alphanumeric neighbours ("Go" is not found in "Google", "C" not
 * in "C#"), while CJK text around them is a boundary ("MySQLの", "AWS와"). Case-sensitive aliases
 * must match exactly. Ambiguous aliases ("Go", "R", "Spring", "Swift") count only inside a skills
 * section or between list separators ("Rust / Go / Java", "Django, Spring Boot, and Go.").
 */
public final class SkillMatcher {
    /** A mention: the alias as written and its prepared-text offsets. */
    public record Mention(SkillTaxonomy.Alias alias, String written, int start, int end) {}

    private final SkillTaxonomy taxonomy;

    public SkillMatcher(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** @param inSkillsSection whether offset i lies in a skills section */
    public List<Mention> find(String text, java.util.function.IntPredicate inSkillsSection) {
        List<Mention> out = new ArrayList<>();
        java.util.BitSet inUrl = Spans.addresses(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (inUrl.get(i)) {
                i = inUrl.nextClearBit(i);
                continue;
            }
            if (i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            Mention best = null;
            SkillTaxonomy.Node node = taxonomy.root();
            for (int j = i; j < n; j++) {
                char c = text.charAt(j);
                node = node.next(c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
                if (node == null) {
                    break;
                }
                if (node.aliases != null && endsWord(text, j + 1)) {
                    String written = text.substring(i, j + 1);
                    for (SkillTaxonomy.Alias a : node.aliases) {
                        if (a.caseSensitive() && !a.text().equals(written)) {
                            continue;
                        }
                        if (a.ambiguous() && !inSkillsSection.test(i) && !inList(text, i, j + 1)) {
                            continue;
                        }
                        best = new Mention(a, written, i, j + 1);
                        break;
                    }
                }
            }
            if (best != null) {
                if (!isLabelOrTitlePart(text, best)) {
                    out.add(best);
                }
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LABEL_THEN_URL = java.util.regex.Pattern.compile("^\\s*[:：]\\s*(?:https?://|www\\.)");
    private static final java.util.regex.Pattern TITLE_AFTER = java.util.regex.Pattern.compile(
            "^[\\s-]+(?:engineers?|developers?|specialists?|teams?|leads?|managers?|architects?|consultants?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "GitHub: https://…" is a contact label, not a skill; a practice followed by a job word
     * ("DevOps engineer", "SRE team") names a role, not a skill of the candidate.
     */
    private static boolean isLabelOrTitlePart(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        if (LABEL_THEN_URL.matcher(after).find()) {
            return true;
        }
        return "practice".equals(m.alias().category()) && TITLE_AFTER.matcher(after).find();
    }

    private static boolean isWordChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '_';
    }

    private static boolean endsWord(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char last = text.charAt(end - 1);
        char c = text.charAt(end);
        if (c == '+' || c == '#') {
            return false; // "C" in "C++", "C#"
        }
        return !(isWordChar(last) && isWordChar(c));
    }

    /** True when the mention sits between list separators, as items of an enumeration do. */
    static boolean inList(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        boolean before = p < 0 || ",/|(、・:：;\n•*-[".indexOf(text.charAt(p)) >= 0
                || endsWithWord(text, p, "and") || endsWithWord(text, p, "or") || text.charAt(p) == '&';
        int q = end;
        while (q < text.length() && text.charAt(q) == ' ') {
            q++;
        }
        boolean after = q >= text.length() || ",/|)、・;.\n]".indexOf(text.charAt(q)) >= 0
                || startsWithWord(text, q, "and") || startsWithWord(text, q, "or");
        if (q < text.length() && (text.charAt(q) == '&' || text.charAt(q) == '\'' || text.charAt(q) == '-')) {
            return false; // "R&D", "Go-to-market"
        }
        if (q < text.length() && text.charAt(q) == '\n') {
            int r = q + 1;
            while (r < text.length() && text.charAt(r) == ' ') {
                r++;
            }
            if (r < text.length() && text.charAt(r) == '&') {
                return false; // "R⏎& D": "R & D" wrapped at the line end
            }
        }
        return before && after;
    }

    private static boolean endsWithWord(String text, int last, String word) {
        int s = last - word.length() + 1;
        return s >= 0 && text.regionMatches(true, s, word, 0, word.length()) && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
    }

    private static boolean startsWithWord(String text, int first, String word) {
        int e = first + word.length();
        return e <= text.length() && text.regionMatches(true, first, word, 0, word.length())
                && (e == text.length() || !Character.isLetter(text.charAt(e)));
    }
}
