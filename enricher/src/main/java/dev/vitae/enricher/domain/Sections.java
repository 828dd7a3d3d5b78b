package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a résumé into sections by their headings, in English, Japanese, Korean, French, German and
 * Spanish. A heading is a Markdown heading or a short line that is, as a whole, a known section
 * name ("EXPERIENCE", "職務経歴", "경력 사항:", "Berufserfahrung") or is classified by its head word
 * ("Computer Engineering Experience", "Arbeitserfahrung"; see {@link #kindOf}), or a Setext heading
 * (a line underlined with "===" or "---"). A heading composed of names counts as a name: parts
 * joined by "&", "/", "・" or a pack's joining word ("and", "und", "및"), each a section name or a
 * companion word ("EDUCATION & CREDENTIALS"), take the strongest kind among them; a companion or head
 * word qualified as schooling ("Academic Degrees") names education. A letter-spaced line in capitals
 * ("E D U C A T I O N") is the name its joined fragments spell. A plain line classified only by its head word is not a
 * heading right after a date range or another heading, or when it ends with a colon: there it is
 * an entry's organization, a sub-heading or a label. A Markdown heading that names no
 * known section opens an OTHER section only at the level of the current section heading or above;
 * deeper ones (a role's "### Company — Title") stay inside the section they belong to.
 */
public final class Sections {
    // compiled once: section names are looked up for every line
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_RUN = Pattern.compile(" +");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    /** A line of only "=" or only "-" under a line of text: a Setext heading's underline. */
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    /** "1. ", "II) ", "A. ": a heading's number. */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:\\d{1,2}|[IVX]{1,4}|[A-H])[.)]\\s+");
    /** Words that make a line prose, not a heading: "Experience with Kafka", "Experiencia con Python". */
    private static final java.util.Set<String> PROSE_WORDS = java.util.Set.of("with", "using", "in", "at", "con", "avec",
            "chez", "mit", "bei", "im", "years", "ans", "años", "jahre");

    /** A section: its kind, heading text, and the prepared-text range it covers. */
    public record Section(SectionKind kind, String heading, int start, int end, int headingLine) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sections() {}

    public static List<Section> of(ResumeText text) {
        List<Section> out = new ArrayList<>();
        SectionKind kind = SectionKind.HEADER;
        String heading = "";
        int start = 0, headingLine = -1, level = 7;
        List<ResumeText.Line> lines = text.lines();
        int previousHeadingLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            ResumeText.Line line = lines.get(i);
            Heading h = heading(line.content());
            if (h == null && i + 1 < lines.size()) {
                h = setextHeading(line.content(), lines.get(i + 1).content());
            }
            if (h != null && h.guessed && (datedNeighbour(lines, i, -1) || h.text.endsWith(":") || line.content().strip().endsWith(":")
                    || (previousHeadingLine >= 0 && previousNonBlank(lines, i) == previousHeadingLine))) {
                // "Grander Education" after "4/1/2009 - 7/1/2014", a label "Projekte:", a sub-heading right under a heading
                continue;
            }
            if (h != null) {
                previousHeadingLine = i;
            }
            if (h == null) {
                continue;
            }
            SectionKind k = h.marked ? classify(h.text, false) : kindOf(h.text);
            boolean opens = k != null || (h.level > 0 && h.level <= level);
            if (!opens) {
                continue;
            }
            if (line.start() > start) {
                out.add(new Section(kind, heading, start, line.start(), headingLine));
            }
            kind = k != null ? k : SectionKind.OTHER;
            heading = h.text;
            start = line.start();
            headingLine = line.index();
            if (h.level > 0) {
                level = h.level;
            }
        }
        out.add(new Section(kind, heading, start, text.text().length(), headingLine));
        return out;
    }

    public static SectionKind kindAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.contains(offset)) {
                return s.kind();
            }
        }
        return SectionKind.OTHER;
    }

    /** A heading: its Markdown level (0 for a plain line) and text; marked ones may be classified by their head word. */
    private record Heading(int level, String text, boolean marked, boolean guessed) {
        Heading(int level, String text) {
            this(level, text, level > 0, false);
        }
    }

    private static int previousNonBlank(List<ResumeText.Line> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).content().isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** The nearest non-blank line before (step -1) or after (+1) line {@code i} holds a date range. */
    private static boolean datedNeighbour(List<ResumeText.Line> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            String c = lines.get(k).content();
            if (!c.isBlank()) {
                return !DateParser.ranges(c).isEmpty();
            }
        }
        return false;
    }

    /** "Arbeitserfahrung" underlined with "===" (level 1) or "---" (level 2). */
    private static Heading setextHeading(String line, String next) {
        Matcher u = SETEXT_UNDERLINE.matcher(next);
        String t = line.strip();
        if (!u.matches() || u.group(1).length() < 3 || t.isEmpty() || t.length() > 60 || t.startsWith("-") || t.startsWith("#")
                || t.startsWith("|") || t.contains(": ") || SETEXT_UNDERLINE.matcher(line).matches()) {
            return null;
        }
        return new Heading(u.group(1).charAt(0) == '=' ? 1 : 2, clean(t));
    }

    private static Heading heading(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || (stripped.charAt(0) != '#' && stripped.length() > 60)) {
            return null;
        }
        Matcher md = MD_HEADING.matcher(line);
        if (md.matches()) {
            return new Heading(md.group(1).length(), clean(md.group(2)));
        }
        String t = clean(line);
        String joined = letterSpaced(t);
        if (joined != null) {
            return new Heading(0, joined, false, false);
        }
        if (t.length() <= 40 && !line.strip().startsWith("-")) {
            SectionKind named = classify(t, true);
            if (named != null) {
                return new Heading(0, t, false, byName(t) == null);
            }
        }
        return null;
    }

    /**
     * "E D U C A T I O N", "P ROFE SSI ONAL E XPER IENCE": a PDF's letter-spaced heading, read as the
     * section name its fragments spell when joined (a short line in capitals with a one-letter
     * fragment), or null.
     */
    private static String letterSpaced(String t) {
        if (t.length() > 60 || t.indexOf(' ') < 0) {
            return null;
        }
        boolean single = false;
        for (String f : SPACE_RUN.split(t)) {
            single |= f.length() == 1;
            if (!f.chars().allMatch(Character::isUpperCase)) {
                return null;
            }
        }
        String joined = t.replace(" ", "");
        return single && BY_NAME.containsKey(joined.toLowerCase(Locale.ROOT)) ? joined : null;
    }

    static String clean(String s) {
        String t = s.indexOf('*') >= 0 ? s.replace("**", "") : s;
        int a = 0, b = t.length();
        while (a < b && isDecoration(t.charAt(a), true)) {
            a++;
        }
        while (b > a && isDecoration(t.charAt(b - 1), false)) {
            b--;
        }
        return t.substring(a, b);
    }

    /** Frame characters around a heading: "■ 職務経歴", "【Skills】", "== EXPERIENCE ==", "Experience:". */
    private static boolean isDecoration(char c, boolean leading) {
        if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '=' || c == '-') {
            return true;
        }
        // leading emoji and symbols: "🎓 Formation", "+ EDUCACION"
        return leading ? "■□●◆◇▶▷【[+\uFE0F".indexOf(c) >= 0 || Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL
                : ":：】]".indexOf(c) >= 0;
    }

    private static final Map<String, SectionKind> BY_NAME = new java.util.HashMap<>();

    static {
        for (LanguagePack pack : LanguagePack.ALL) {
            pack.sections().forEach((kind, names) -> names.forEach(n -> {
                BY_NAME.putIfAbsent(normalise(n), kind);
                BY_NAME.putIfAbsent(normalise(n).replace(" ", ""), kind);
            }));
        }
    }

    private static final int LONGEST_NAME = BY_NAME.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** Words that name no section alone but may be listed with one ("Education & Credentials"). */
    private static final java.util.Set<String> COMPANIONS = new java.util.HashSet<>();

    /** What separates a compound heading's parts: "&", "/", "|", ",", "・" or a pack's joining word ("and", "und", "및"). */
    private static final Pattern PART_SEPARATOR;

    /** Which kind a compound heading takes when its parts name several: the first listed here ("学歴・職歴" lists roles). */
    private static final List<SectionKind> STRENGTH = List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.PROJECTS,
            SectionKind.SKILLS, SectionKind.CERTIFICATIONS, SectionKind.LANGUAGES, SectionKind.SUMMARY);

    static {
        StringBuilder joins = new StringBuilder();
        for (LanguagePack pack : LanguagePack.ALL) {
            COMPANIONS.addAll(pack.companions());
            for (String j : pack.joins()) {
                joins.append('|').append(Pattern.quote(j));
            }
        }
        PART_SEPARATOR = Pattern.compile("\\s*[/&|,・]\\s*" + (joins.length() == 0 ? "" : "|\\s+(?:" + joins.substring(1) + ")\\s+"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The section kind a heading names, or null. Trailing "(…)" qualifiers, leading symbols and
     * emoji are ignored. A line that is not a known section name as a whole is classified by its
     * head word only when it reads as a heading (short, capitalised, no digits, no prose words).
     */
    static SectionKind kindOf(String headingText) {
        return classify(headingText, true);
    }

    /** Whether {@code headingText} is a section name as a whole ("SUMMARY", "Work Experience"), not only by its head word. */
    static boolean isNamed(String headingText) {
        return byName(headingText) != null;
    }

    /** The kind a heading names as a whole, listed in a language pack; null when it would only be classified by its head word. */
    private static SectionKind byName(String headingText) {
        if (headingText.length() > 80) {
            return null; // no section name is this long; this runs on every line a restorer asks about
        }
        String t = ENUMERATOR.matcher(headingText).replaceFirst("").toLowerCase(Locale.ROOT);
        int paren = indexOfParen(t);
        String key = normalise(paren >= 0 ? t.substring(0, paren) : t);
        SectionKind kind = BY_NAME.get(key);
        if (kind == null && isNamedExperience(headingText)) {
            kind = SectionKind.EXPERIENCE;
        }
        return kind != null ? kind : composedName(paren >= 0 ? headingText.substring(0, paren) : headingText, key);
    }

    /**
     * A heading composed of names: "EDUCATION & CREDENTIALS", "Education and Qualifications", where
     * every part is a section name or a companion word and one part at least names a section (the
     * strongest kind among them, see {@link #STRENGTH}; a companion word that also names a section
     * alone, "qualifications", names nothing in a list); or a companion or head word qualified as
     * schooling ("Academic Degrees", "Academic History", "Educational Qualification"): education.
     */
    private static SectionKind composedName(String original, String key) {
        String[] parts = PART_SEPARATOR.split(ENUMERATOR.matcher(original).replaceFirst("").strip());
        if (parts.length > 1) {
            SectionKind kind = null;
            for (String part : parts) {
                if (part.isBlank()) {
                    continue;
                }
                String partKey = normalise(part.toLowerCase(Locale.ROOT));
                if (isPathQualifier(partKey)) {
                    // "Educational and Professional Qualifications": the qualifier shares the next part's head word
                    kind = stronger(kind, SectionKind.EDUCATION);
                    continue;
                }
                // a companion word names nothing in a list even when it names a section alone: "Skills & Qualifications"
                SectionKind k = COMPANIONS.contains(partKey) ? null : BY_NAME.get(partKey);
                if (k == null && !isCompanion(partKey)) {
                    return null;
                }
                kind = stronger(kind, k);
            }
            return kind;
        }
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        if (words.length != 2) {
            return null;
        }
        for (LanguagePack pack : LanguagePack.ALL) {
            String head = words[pack.headLast() ? 1 : 0], qualifier = words[pack.headLast() ? 0 : 1];
            SectionKind kind = headKind(pack, new String[] {head});
            if ((COMPANIONS.contains(head) || kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION
                    || kind == SectionKind.CERTIFICATIONS) && isPathQualifier(pack, qualifier)) {
                return SectionKind.EDUCATION;
            }
        }
        return null;
    }

    /** A companion word, or a short part whose head word is one ("Professional Development"). */
    private static boolean isCompanion(String key) {
        String[] words = key.split(" ");
        return words.length <= 3 && (COMPANIONS.contains(words[words.length - 1]) || COMPANIONS.contains(words[0]));
    }

    /** A single word qualifying as schooling in any pack ("Academic", "Educational", "schulische"). */
    private static boolean isPathQualifier(String key) {
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
            return false;
        }
        for (LanguagePack pack : LanguagePack.ALL) {
            if (isPathQualifier(pack, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPathQualifier(LanguagePack pack, String word) {
        for (String q : pack.pathQualifiers()) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    private static SectionKind stronger(SectionKind a, SectionKind b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return STRENGTH.indexOf(b) >= 0 && (STRENGTH.indexOf(a) < 0 || STRENGTH.indexOf(b) < STRENGTH.indexOf(a)) ? b : a;
    }

    private static SectionKind classify(String headingText, boolean strict) {
        if (headingText.length() > LONGEST_NAME + 40) {
            return null;
        }
        headingText = ENUMERATOR.matcher(headingText).replaceFirst("");
        String t = headingText.toLowerCase(Locale.ROOT);
        int paren = indexOfParen(t);
        if (paren >= 0) {
            t = t.substring(0, paren);
        }
        String key = normalise(t);
        if (key.length() > LONGEST_NAME + 40) {
            return null;
        }
        SectionKind kind = BY_NAME.get(key);
        if (kind != null) {
            return kind;
        }
        if (isNamedExperience(headingText)) {
            return SectionKind.EXPERIENCE;
        }
        kind = composedName(paren >= 0 ? headingText.substring(0, paren) : headingText, key);
        if (kind != null) {
            return kind;
        }
        return byHeadWord(paren >= 0 && !strict ? headingText.substring(0, paren) : headingText, key, strict);
    }

    /** Lower-case words joined by single spaces; "&", "/", "・", "," and symbols (emoji, bullets) separate words. */
    private static String normalise(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(c);
            } else {
                space = sb.length() > 0;
            }
        }
        return sb.toString();
    }

    /**
     * "Computer Engineering Experience", "Leadership and Work Experience", "Experiencia de Trabajo",
     * "Arbeitserfahrung", "Schulischer Werdegang": the kind of the heading's head word, which stands
     * last in English, German, Japanese and Korean and first in French and Spanish, and may end a
     * German or CJK compound. A heading listing parts ("Skills & Tools") names a section only when
     * each part does. A path word ("Werdegang", "parcours", "career")
     * qualified as schooling names education.
     */
    private static SectionKind byHeadWord(String original, String key, boolean strict) {
        if (strict && original.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String[] parts = PART_SEPARATOR.split(original);
        if (parts.length > 1) {
            // "Skills & Tools", not "Sabbatical/ Weiterbildung": each listed part must name a section or be a companion word
            SectionKind kind = null;
            boolean listed = true;
            for (String part : parts) {
                if (part.isBlank()) {
                    continue;
                }
                String partKey = normalise(part.toLowerCase(Locale.ROOT));
                SectionKind k = COMPANIONS.contains(partKey) ? null : classify(part, false);
                if (k == null && !isCompanion(partKey)) {
                    listed = false;
                    break;
                }
                kind = stronger(kind, k);
            }
            if (listed && kind != null) {
                return kind;
            }
            if (original.matches(".*[/&|,・].*")) {
                return null;
            }
            // parts joined by a word only: "Leadership and Work Experience" is classified by its head word as a whole
        }
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        if (words.length == 0 || words.length > 6) {
            return null;
        }
        for (String w : words) {
            if (w.chars().anyMatch(Character::isDigit) || (words.length > 1 && PROSE_WORDS.contains(w))) {
                return null;
            }
        }
        if (strict && !readsAsHeading(original, words.length)) {
            return null;
        }
        for (LanguagePack pack : LanguagePack.ALL) {
            SectionKind kind = headKind(pack, words);
            if (kind != null && strict && pack.headLast() && !isTitleCase(original)) {
                continue; // "Hands-on experience": in English and German a heading capitalises its words
            }
            if (kind != null) {
                if (kind == SectionKind.EXPERIENCE && !pack.pathQualifiers().isEmpty()) {
                    for (String w : words) {
                        for (String q : pack.pathQualifiers()) {
                            if (w.startsWith(q)) {
                                return SectionKind.EDUCATION;
                            }
                        }
                    }
                }
                return kind;
            }
        }
        return null;
    }

    /** The kind of the word at the pack's head position, or null. */
    private static SectionKind headKind(LanguagePack pack, String[] words) {
        String head = words[pack.headLast() ? words.length - 1 : 0];
        for (Map.Entry<SectionKind, List<String>> e : pack.heads().entrySet()) {
            for (String h : e.getValue()) {
                if (matchesHead(pack, head, h)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static boolean matchesHead(LanguagePack pack, String word, String head) {
        return switch (pack.compounds()) {
            case NONE -> word.equals(head);
            // "Arbeitserfahrung", "主な職歴": a Latin compound's first part has three letters at least
            case SUFFIX -> word.equals(head) || (word.endsWith(head) && word.length() >= head.length() + (head.charAt(0) < 0x3000 ? 3 : 1));
        };
    }

    /** Every word of four or more letters starts with a capital (or has no case: CJK). */
    private static boolean isTitleCase(String t) {
        for (String w : t.strip().split("[\\s/&]+")) {
            int letters = (int) w.chars().filter(Character::isLetter).count();
            int first = w.codePoints().filter(Character::isLetter).findFirst().orElse('A');
            if (letters >= 4 && Character.isLowerCase(first)) {
                return false;
            }
        }
        return true;
    }

    /** A plain line that may be a heading: at most five words, capitalised or in capitals, no sentence end. */
    private static boolean readsAsHeading(String original, int words) {
        String t = original.strip();
        int colon = t.indexOf(':');
        if (words > 5 || t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || (colon >= 0 && colon < t.length() - 1)) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        char c = t.charAt(first);
        return Character.isUpperCase(c) || !Character.isLowerCase(c); // Latin capitalised; CJK has no case
    }

    /**
     * "Marketing Related Experience", "RETAIL EXPERIENCE", "Teaching Experience": two to four
     * capitalised words ending in "Experience" name an experience section of their own kind.
     */
    private static boolean isNamedExperience(String headingText) {
        String[] words = SPACES.split(headingText.strip());
        if (words.length < 2 || words.length > 4 || !words[words.length - 1].equalsIgnoreCase("experience")) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&")) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indexOfParen(String t) {
        int a = t.indexOf('('), b = t.indexOf('（');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
