package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds skill mentions: at every word start, the longest taxonomy alias that ends on a word
 * boundary. ASCII aliases need non-alphanumeric neighbours ("Go" is not found in "Google", "C" not
 * in "C#"), while CJK text around them is a boundary ("MySQLの", "AWS와"); a literal byte escape
 * left by a PDF export ({@code \xe2\x80\xa2Java}) is a boundary too. Case-sensitive aliases must
 * match exactly. Ambiguous aliases ("Go", "R", "Spring", "Swift") count only inside a skills
 * section or between list separators ("Rust / Go / Java", "Django, Spring Boot, and Go.").
 *
 * <p>Two spellings fold to the product without an alias of their own: a version after the name
 * ("QTP 10.0", "Oracle 10g", "SQL Server 2008 R2", "Windows 7/XP", "Java 8", ".NET 4.5", "Angular v3";
 * attached as in "Oracle10g" only after a name of three or more letters) and a vendor before it
 * ("MS-Excel", "MS Excel", "Microsoft Excel", "IBM Rational ClearCase"). A vendor-prefixed name
 * is a product even when the bare name is a common word ("MS Access", "Microsoft Word").
 * An ambiguous name takes only a dotted version ("Spring 4.3"), and counts beside Japanese or Korean
 * text too ("コミュニケーション Slack"), where English words are written only as names.
 *
 * <p>Context turns some mentions into something else (false friends): a season with a year is a
 * date ("Spring 2014"), a vendor before "Certified" the certifier, a lower-case name after a dot a
 * file extension ("cv.html"), a number glued by a hyphen an identifier ("OCI-1247602"), a vendor's
 * generic alias after another capitalised name part of that name ("Kong API Gateway"), a name before
 * a comma and a country or region a place ("Cairo, Egypt"), a site's name beside its own address a
 * contact label ("(LinkedIn)"), a name before a company word an organization, a practice before a
 * job word a role.
 */
public final class SkillMatcher {
    /** A mention: the alias as written and its prepared-text offsets. */
    public record Mention(SkillTaxonomy.Alias alias, String written, int start, int end) {}

    /** Vendors written before their products; "MS" only in capitals ("200 ms" is a duration). */
    private static final String[] VENDORS = {"MS", "Microsoft", "Adobe", "Apache", "IBM", "Oracle", "HP", "Google", "Amazon",
        "AWS", "Mercury", "Rational", "Autodesk", "Sun", "Macromedia"};
    /** True when {@code name} is a vendor's name alone ("Microsoft", "IBM"): a company, not a product. */
    static boolean isVendor(String name) {
        for (String v : VENDORS) {
            if (v.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A version after a name, spaced or hyphenated: "10.0", "10g", "v3", "2008 R2", "7/8/10", "XP", "CS5". */
    private static final java.util.regex.Pattern SPACED_VERSION = java.util.regex.Pattern.compile(
            "[ \\-]?(?:(?:v|ver\\.?|version) ?)?(?:\\d+(?:\\.\\d+)*(?:\\.?[xX]|[gicGIC])?|XP|NT|Vista|CS\\d)"
            + "(?:(?: |/ ?)(?:\\d+(?:\\.\\d+)*(?:\\.?[xX]|[gicGIC])?|XP|NT|Vista|R2|SP ?\\d|CS\\d))*");
    /** A version attached to a name: "Oracle10g", "Hibernate3.0", "Angular2". */
    private static final java.util.regex.Pattern ATTACHED_VERSION = java.util.regex.Pattern.compile(
            "\\d+(?:\\.\\d+)*(?:\\.?[xX]|[gicGIC])?");

    /**
     * The only version an ambiguous name takes ("Spring 4.3", "Go 1.21"): a dotted number, which a
     * common word is not followed by ("Spring 2014" is a date, "Go 2 weeks" a phrase).
     */
    private static final java.util.regex.Pattern DOTTED_VERSION = java.util.regex.Pattern.compile(" (?:v ?)?\\d+(?:\\.\\d+)+(?:\\.[xX])?");
    /** A year after a word, as a season's date has: "Spring 2014", "Spring '14", "Summer, 2020". */
    private static final java.util.regex.Pattern YEAR_AFTER = java.util.regex.Pattern.compile("^,? ?(?:(?:19|20)\\d\\d|['’]\\d\\d)(?!\\d)");
    /** Season words of every language pack ("spring", "frühling", "printemps"…). */
    private static final java.util.Set<String> SEASONS = seasons();
    /** A certification after its certifier: "Oracle Certified Professional", "Microsoft Certification". */
    private static final java.util.regex.Pattern CERTIFIED_AFTER = java.util.regex.Pattern.compile(
            "^[ \\-]+(?:Certified|Certification|Certificate|Certifications)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** An identifier glued to a name: "OCI-1247602", "IIS-9874747" (a licence or credential number). */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("-\\d{5,}$");
    /** Vendors that a canonical name starts with while its generic alias does not ("API Gateway" -> Amazon API Gateway). */
    private static final java.util.regex.Pattern VENDOR_NAMED = java.util.regex.Pattern.compile(
            "^(?:Amazon|AWS|Azure|Google|Microsoft|Apache|IBM|Oracle|SAP) ");

    private static java.util.Set<String> seasons() {
        java.util.Set<String> out = new java.util.HashSet<>();
        LanguagePack.ALL.forEach(p -> out.addAll(p.seasons().keySet()));
        return java.util.Set.copyOf(out);
    }

    private final SkillTaxonomy taxonomy;

    public SkillMatcher(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** @param inSkillsSection whether offset i lies in a skills section */
    public List<Mention> find(String text, java.util.function.IntPredicate inSkillsSection) {
        List<Mention> out = new ArrayList<>();
        List<Mention> pending = new ArrayList<>(); // ambiguous names waiting for a neighbour
        java.util.BitSet inUrl = Spans.addresses(text);
        java.util.regex.Matcher spaced = SPACED_VERSION.matcher(text);
        java.util.regex.Matcher attached = ATTACHED_VERSION.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (inUrl.get(i)) {
                i = inUrl.nextClearBit(i);
                continue;
            }
            if (i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i)) && !afterEscape(text, i)) {
                i++;
                continue;
            }
            Mention[] found = longest(text, i, i, false, inSkillsSection, spaced, attached);
            int product = afterVendors(text, i);
            if (product > i) {
                Mention named = longest(text, i, product, true, inSkillsSection, spaced, attached)[0];
                if (named != null && (found[0] == null || named.end() > found[0].end())) {
                    found[0] = named;
                }
            }
            Mention best = found[0] != null ? found[0] : found[1];
            if (best != null) {
                if (!isLabelOrTitlePart(text, best) && !isFalseFriend(text, best, out) && !isPlace(text, best)
                        && !namesItsAddress(text, best, inUrl)) {
                    (best == found[0] ? out : pending).add(best);
                }
                i = best.end();
            } else {
                i++;
            }
        }
        return pending.isEmpty() ? out : withNeighbours(text, out, pending);
    }

    /** Where the product starts after one or more vendor names ("IBM Rational ClearCase"), or i. */
    private static int afterVendors(String text, int i) {
        if ("MmAaIiOoHhGgRrSs".indexOf(text.charAt(i)) < 0) {
            return i; // no vendor starts so: the common case, checked first
        }
        int at = i;
        boolean more = true;
        while (more) {
            more = false;
            for (String v : VENDORS) {
                int e = at + v.length();
                if (e < text.length() && text.regionMatches(!"MS".equals(v), at, v, 0, v.length())
                        && text.charAt(e) == '\n' && wrapEnd(text, e) > 0 && (at == 0 || !isWordChar(text.charAt(at - 1)))) {
                    at = e + 1; // "Apache⏎Airflow": the vendor ends a wrapped line, its product starts the next
                    more = true;
                    break;
                }
                if (e < text.length() && text.regionMatches(!"MS".equals(v), at, v, 0, v.length())
                        && (text.charAt(e) == ' ' || text.charAt(e) == '-')) {
                    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '-')) {
                        e++;
                    }
                    at = e;
                    more = true;
                    break;
                }
            }
        }
        return at;
    }

    /** A line this long or longer that breaks inside a name was wrapped there (a PDF's prose line); a list item is shorter. */
    static final int WRAPPED_LINE = 40;

    /**
     * Where the text goes on after the line break at {@code nl} when that break wraps a line of
     * prose ("…using Apache⏎Airflow and…", "Azure SQL⏎Data Warehouse"): the line before it is at
     * least {@value #WRAPPED_LINE} characters and the next line starts with a letter or digit at once.
     * -1 when the break ends a line (a list item, a heading, a short line).
     */
    static int wrapEnd(String text, int nl) {
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        if (nl - lineStart < WRAPPED_LINE || nl + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(nl + 1))) {
            return -1;
        }
        return nl + 1;
    }

    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "\\s*(?:[,/|;&+]|(?i:and|or)|-|–)\\s*|[ \\t]{2,}");

    /**
     * An ambiguous name next to a skill, joined by a list separator, is an item of the same list
     * ("C and C++", "PowerPoint and Word", "LinkedIn  Facebook" in text flattened from a PDF), when
     * it is capitalized as a product name is.
     */
    private static List<Mention> withNeighbours(String text, List<Mention> accepted, List<Mention> pending) {
        List<Mention> out = new ArrayList<>(accepted);
        boolean changed = true;
        while (changed && !pending.isEmpty()) {
            changed = false;
            out.sort(java.util.Comparator.comparingInt(Mention::start));
            for (java.util.Iterator<Mention> it = pending.iterator(); it.hasNext(); ) {
                Mention p = it.next();
                // a product is written capitalized; "for monitoring, Jenkins for CI/CD" joins clauses
                if (Character.isUpperCase(p.written().charAt(0)) && hasListNeighbour(text, out, p)) {
                    out.add(p);
                    it.remove();
                    changed = true;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean hasListNeighbour(String text, List<Mention> sorted, Mention p) {
        for (Mention m : sorted) {
            if (m.end() <= p.start() && p.start() - m.end() <= 8
                    && LIST_GAP.matcher(text).region(m.end(), p.start()).matches()) {
                return true;
            }
            if (m.start() >= p.end() && m.start() - p.end() <= 8
                    && LIST_GAP.matcher(text).region(p.end(), m.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest alias starting at {@code from} (a mention starting at {@code start}, which is
     * before {@code from} when a vendor prefix was read), its version included: [0] the longest
     * accepted, [1] a longer ambiguous one that lacks context (it may still join a list later).
     */
    private Mention[] longest(String text, int start, int from, boolean vendorPrefixed, java.util.function.IntPredicate inSkillsSection,
                              java.util.regex.Matcher spaced, java.util.regex.Matcher attached) {
        int n = text.length();
        Mention best = null;
        Mention pending = null;
        int inSection = 0; // unknown
        SkillTaxonomy.Node node = taxonomy.root();
        for (int j = from; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n' && j > from) {
                int after = wrapEnd(text, j);
                if (after < 0) {
                    break;
                }
                node = node.next(' ');
                if (node == null) {
                    break;
                }
                j = after - 1; // the name goes on after the break, as if a space stood there
                continue;
            }
            node = node.next(c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
            if (node == null) {
                break;
            }
            if (node.aliases == null) {
                continue;
            }
            for (SkillTaxonomy.Alias a : node.aliases) {
                if (a.caseSensitive() && !a.text().equals(text.substring(from, j + 1))) {
                    continue;
                }
                int end = versionEnd(text, j + 1, a, spaced, attached);
                if (end < 0) {
                    continue;
                }
                Mention m = new Mention(a, text.substring(start, end).replace('\n', ' '), start, end); // a wrapped name reads as one line
                if (a.ambiguous() && !vendorPrefixed) {
                    if (isLetterNotName(text, start, end)) {
                        continue;
                    }
                    if (!inList(text, start, end) && !besideCjk(text, start, end)) {
                        if (inSection == 0) {
                            inSection = inSkillsSection.test(start) ? 1 : -1; // once per start: it is a section lookup
                        }
                        if (inSection < 0) {
                            pending = m;
                            break;
                        }
                    }
                }
                best = m;
                pending = null;
                break;
            }
        }
        return new Mention[] {best, pending != null && (best == null || pending.end() > best.end()) ? pending : null};
    }

    /**
     * Where a mention of alias {@code a} ending at {@code end} really ends: after its version if
     * one follows, at {@code end} on a word boundary, else -1 (no mention: "Go" in "Google").
     */
    private static int versionEnd(String text, int end, SkillTaxonomy.Alias a, java.util.regex.Matcher spaced,
                                  java.util.regex.Matcher attached) {
        int n = text.length();
        boolean boundary = endsWord(text, end);
        char last = text.charAt(end - 1);
        if (end < n && Character.isLetterOrDigit(last)) {
            java.util.regex.Matcher m = a.ambiguous() ? (boundary ? DOTTED_VERSION.matcher(text) : null) : boundary ? spaced : attached;
            boolean letterName = Character.isLetter(last) && a.text().length() >= 3;
            char next = text.charAt(end);
            boolean mayBeVersion = boundary ? next == ' ' || next == '-' : letterName && next >= '0' && next <= '9';
            if (m != null && mayBeVersion && m.region(end, n).lookingAt() && m.end() > end && endsWord(text, m.end())) {
                return m.end();
            }
        }
        return boundary ? end : -1;
    }

    /**
     * A single letter that is an initial, an enumerator or a grade rather than a language: "C.S.",
     * "C. Quality", "English (C)", "C/o", "C/F Forms".
     */
    static boolean isLetterNotName(String text, int start, int end) {
        if (end - start != 1 || !Character.isLetter(text.charAt(start))) {
            return false;
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (after == '.' || (before == '(' && after == ')')) {
            return true;
        }
        if (after == '/') {
            int q = end + 1;
            while (q < text.length() && (Character.isLetterOrDigit(text.charAt(q)) || text.charAt(q) == '+' || text.charAt(q) == '#')) {
                q++;
            }
            return q - end - 1 <= 1;
        }
        return false;
    }

    /**
     * True when offset i follows a literal byte escape that is not a letter: a bullet or quote
     * ({@code \xe2\x80\xa2}), not the "é" of {@code R\xc3\xa9seaux}.
     */
    private static boolean afterEscape(String text, int i) {
        if (!isEscape(text, i - 4)) {
            return false;
        }
        int lead = i - 4;
        while (isEscape(text, lead - 4) && text.charAt(lead + 2) >= '8' && Character.toLowerCase(text.charAt(lead + 2)) <= 'b') {
            lead -= 4; // continuation bytes: find the character's first byte
        }
        return !isLetterLead(text, lead);
    }

    /** True when a literal escape of a two-byte UTF-8 letter (Latin, Greek, Cyrillic…) starts at i. */
    private static boolean isLetterLead(String text, int i) {
        if (!isEscape(text, i)) {
            return false;
        }
        char hi = Character.toLowerCase(text.charAt(i + 2));
        char lo = Character.toLowerCase(text.charAt(i + 3));
        return (hi == 'c' && lo >= '3') || hi == 'd';
    }

    private static boolean isEscape(String text, int i) {
        return i >= 0 && i + 4 <= text.length() && text.charAt(i) == '\\' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
                && isHex(text.charAt(i + 2)) && isHex(text.charAt(i + 3));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static final java.util.regex.Pattern LABEL_THEN_URL = java.util.regex.Pattern.compile("^\\s*[:：]\\s*(?:https?://|www\\.)");
    private static final java.util.regex.Pattern TITLE_AFTER = java.util.regex.Pattern.compile(
            "^[\\s-]+(?:engineers?|developers?|specialists?|teams?|leads?|managers?|architects?|consultants?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern ORGANIZATION_AFTER = java.util.regex.Pattern.compile(
            "^[ \\-]+(?:University|Corporation|Corp\\b|Inc\\b|Ltd\\b|Limited|Pvt\\b|Private Limited|Labs\\b|Financial Services"
            + "|Global Services|Solutions\\b|Consulting\\b|India\\b|Technologies\\b|Academy\\b|Institute\\b)");

    /**
     * "GitHub: https://…" is a contact label, not a skill; a name followed by a company word
     * ("Oracle Financial Services", "SAP Labs", "Oracle University") names an organization; a
     * practice followed by a job word ("DevOps engineer", "SRE team") names a role, not a skill of
     * the candidate.
     */
    private static boolean isLabelOrTitlePart(String text, Mention m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        if (LABEL_THEN_URL.matcher(after).find() || ORGANIZATION_AFTER.matcher(after).find()) {
            return true;
        }
        return "practice".equals(m.alias().category()) && TITLE_AFTER.matcher(after).find();
    }

    /**
     * A name that the context shows to be something else: a season with a year is a date ("Spring
     * 2014"); a vendor before "Certified" names the certifier ("Oracle Certified Professional"), unless
     * it is a cloud (an "AWS Certified" architect knows AWS); a lower-case name right after a dot
     * ends a file name ("cv.html", "index.php"); a number glued by a hyphen makes an identifier
     * ("OCI-1247602"); and a generic alias of a vendor's product ("API Gateway" for Amazon API
     * Gateway) right after a capitalised word that is no vendor, no skill and no ordinary word
     * belongs to another product's name ("Kong API Gateway").
     */
    private static boolean isFalseFriend(String text, Mention m, List<Mention> accepted) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
        String written = m.written();
        if (SEASONS.contains(written.toLowerCase(java.util.Locale.ROOT)) && YEAR_AFTER.matcher(after).find()) {
            return true;
        }
        if (isVendor(written) && !"cloud".equals(m.alias().category()) && CERTIFIED_AFTER.matcher(after).find()) {
            return true;
        }
        if (m.start() >= 2 && text.charAt(m.start() - 1) == '.' && Character.isLetterOrDigit(text.charAt(m.start() - 2))
                && written.equals(written.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (IDENTIFIER.matcher(written).find()) {
            return true;
        }
        String canonical = m.alias().canonical();
        java.util.regex.Matcher vendor = VENDOR_NAMED.matcher(canonical);
        if (vendor.find() && !written.regionMatches(true, 0, canonical, 0, vendor.end() - 1)) {
            int e = m.start() - 1;
            if (e > 0 && text.charAt(e) == ' ') {
                int b = e;
                while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
                    b--;
                }
                String word = text.substring(b, e);
                boolean skillBefore = !accepted.isEmpty() && accepted.get(accepted.size() - 1).end() > b;
                return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !isVendor(word) && !skillBefore
                        && !SkillListReader.isOrdinaryWord(word);
            }
        }
        return false;
    }

    /**
     * "Cairo, Egypt", "Kingston, ON": a name followed by a comma and a country or region is a place
     * (a two-letter region only at the end of a line or cell, so that "C, UI, UX" stays a list).
     */
    static boolean isPlace(String text, Mention m) {
        int p = m.end();
        if (p + 2 >= text.length() || text.charAt(p) != ',' || !Character.isUpperCase(m.written().charAt(0))) {
            return false;
        }
        p++;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int q = p;
        while (q < text.length() && (Character.isLetter(text.charAt(q)) || text.charAt(q) == ' ' || text.charAt(q) == '.')
                && q - p < 30) {
            q++;
        }
        String next = text.substring(p, q).strip();
        if (next.isEmpty()) {
            return false;
        }
        if (next.matches("[A-Z]{2}")) {
            int r = q;
            while (r < text.length() && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) {
                r++;
            }
            if (r < text.length() && "\n|·•".indexOf(text.charAt(r)) < 0) {
                return false;
            }
        }
        return COUNTRIES.contains(next.toLowerCase(java.util.Locale.ROOT)) || Lexicon.isLocation(m.written() + ", " + next);
    }

    /** Country names, for "Cairo, Egypt". */
    private static final java.util.Set<String> COUNTRIES = countries();

    private static java.util.Set<String> countries() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : SkillTaxonomy.read("/dev/vitae/enricher/countries.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * A site's name beside its own address is a contact label: "www.linkedin.com/in/someone
     * (LinkedIn)", "GitHub: github.com/someone", "[GitHub](https://github.com/someone)".
     */
    private static boolean namesItsAddress(String text, Mention m, java.util.BitSet inUrl) {
        String w = m.written();
        if (w.length() > 20 || w.indexOf(' ') >= 0 || inUrl.isEmpty()) {
            return false;
        }
        String site = w.toLowerCase(java.util.Locale.ROOT) + ".";
        int from = Math.max(0, m.start() - 120), to = Math.min(text.length(), m.end() + 120);
        for (int a = inUrl.nextSetBit(from); a >= 0 && a < to; ) {
            int b = inUrl.nextClearBit(a);
            if (text.substring(a, b).toLowerCase(java.util.Locale.ROOT).contains(site)) {
                return true;
            }
            a = inUrl.nextSetBit(b);
        }
        return false;
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
        if (isWordChar(last) && isLetterLead(text, end)) {
            return false; // "R" in "R\xc3\xa9seaux": an escaped letter goes on with the word
        }
        return !(isWordChar(last) && isWordChar(c));
    }

    /** True when the mention sits between list separators, as items of an enumeration do. */
    static boolean inList(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        // a run of spaces is a column gap in text flattened from a PDF; not around a lone letter
        // (an index "H  U  R"), which needs a skill beside it instead
        boolean letter = end - start == 1;
        boolean wideBefore = start - p > 2 && !letter;
        boolean before = p < 0 || wideBefore || ",/|(、・:：;\n•*-[".indexOf(text.charAt(p)) >= 0 || afterEscape(text, p + 1)
                || endsWithWord(text, p, "and") || endsWithWord(text, p, "or") || text.charAt(p) == '&';
        int q = end;
        while (q < text.length() && text.charAt(q) == ' ') {
            q++;
        }
        boolean wideAfter = q - end >= 2 && !letter;
        boolean after = q >= text.length() || wideAfter || ",/|)、・;.\n]\\".indexOf(text.charAt(q)) >= 0
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

    /**
     * True when a name of two or more Latin letters stands beside Japanese, Chinese or Korean text
     * ("コミュニケーション Slack", "Go를 사용"): such text writes English words only as names, so
     * an ambiguous name there is the product.
     */
    static boolean besideCjk(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        int p = start - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int q = end;
        while (q < text.length() && text.charAt(q) == ' ') {
            q++;
        }
        return (p >= 0 && isCjk(text.charAt(p))) || (q < text.length() && isCjk(text.charAt(q)));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
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
