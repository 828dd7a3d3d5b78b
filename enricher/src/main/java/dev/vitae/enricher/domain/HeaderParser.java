package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, organization and location out of a role's header lines, whatever their order:
 * "YUZURIHA — Engineer (Backend / Platform)", "Senior Engineer | Acme Inc. | Berlin",
 * "Engineer（YUZURIHA）", "Software Engineer at Google", "Acme Corp, San Francisco, CA". Each
 * fragment is classed by its words: a legal form names an organization, a title word a title, a
 * place a location; an unclassed fragment is taken as the organization.
 */
final class HeaderParser {
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s+[|—–·•]\\s+|\\s+-\\s+|\\s+--\\s+|\\s+/\\s+|(?<=\\p{L})-\\s+(?=\\p{Lu}[\\p{L}.' ]+,\\s*[A-Z]{2}\\b)|\\t+|\\s{3,}|\\s+@\\s+|\\s+at\\s+|\\s+chez\\s+|\\s+bei\\s+|\\s+en\\s+(?=\\p{Lu})|\\s*\\|\\s*|\\s+[—–]\\s*|\\s*[—–]\\s+");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Set<String> SPECIALIZATIONS = Set.of("backend", "back-end", "frontend", "front-end", "platform",
            "full stack", "fullstack", "full-stack", "mobile", "web", "data", "infrastructure", "infra", "cloud", "ios",
            "android", "ml", "ai", "security", "contract", "part-time", "full-time", "intern", "remote", "freelance",
            "permanent", "temporary", "sre", "devops", "qa", "embedded", "game", "api", "server", "client");

    /**
     * A fragment naming only the kind of contract a post was held on, in the languages whose CVs lead
     * the employer's line with it ("Mission - Altran", "Stage & CDI - Ubiwan", "Prácticas – Acme"):
     * one or more of these words joined by "&", "/", "+", "et", "y", "und", "and", leading a line with more on it.
     * ("Freelance" is left out: a freelancer's employer is often given as just that.)
     */
    private static final Pattern CONTRACT_TYPE;

    static {
        String word = "(?:mission|stage|cdi|cdd|alternance|apprentissage|int[ée]rim|v\\.?i\\.?e\\.?|contrat pro"
                + "|pr[áa]cticas|contrato|festanstellung|befristet|teilzeit|vollzeit)";
        CONTRACT_TYPE = Pattern.compile(word + "(?:\\s*(?:[&/+,]|\\bet\\b|\\by\\b|\\bund\\b|\\band\\b)\\s*" + word + ")*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean isContractType(String fragment) {
        return CONTRACT_TYPE.matcher(fragment.strip()).matches();
    }

    record Header(String title, String organization, String location) {
        boolean complete() {
            return title != null && organization != null;
        }
    }

    private HeaderParser() {}

    static String clean(String s) {
        String t = s.indexOf('[') >= 0 ? MD_LINK.matcher(MD_IMAGE.matcher(s).replaceAll("")).replaceAll("$1") : s;
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0) {
            t = t.replace("**", "").replace("__", "").replace("`", "");
        }
        int a = 0, b = t.length();
        while (a < b && isEdge(t.charAt(a))) {
            a++;
        }
        while (b > a && isEdge(t.charAt(b - 1))) {
            b--;
        }
        String out = t.substring(a, b);
        return out.indexOf('(') >= 0 || out.indexOf(')') >= 0 || out.indexOf('[') >= 0 || out.indexOf(']') >= 0 ? balanced(out) : out;
    }

    /**
     * Without a bracket left open or closed at an end by a split through a parenthesis:
     * "(consultant at Kyocera)" split at "at" leaves "Kyocera)" and "Developer (consultant".
     */
    private static String balanced(String s) {
        String t = s;
        while (!t.isEmpty()) {
            char first = t.charAt(0), last = t.charAt(t.length() - 1);
            if ((last == ')' && count(t, '(') < count(t, ')')) || (last == ']' && count(t, '[') < count(t, ']')) || last == '(' || last == '[') {
                t = t.substring(0, t.length() - 1).strip();
            } else if ((first == '(' && count(t, ')') < count(t, '(')) || (first == '[' && count(t, ']') < count(t, '['))
                    || first == ')' || first == ']') {
                t = t.substring(1).strip();
            } else {
                int open = t.lastIndexOf('(');
                if (open > 0 && t.indexOf(')', open) < 0) { // "Drupal Developer (consultant": the parenthesis runs on in another fragment
                    t = t.substring(0, open).strip();
                    continue;
                }
                break;
            }
        }
        while (!t.isEmpty() && isEdge(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || c == '#' || c == '-' || c == '*' || c == '•' || c == '・' || c == ':' || c == '|' || c == ','
                || "·—–■□●◆◇▶▷【】".indexOf(c) >= 0;
    }

    /**
     * Parses header lines (already without their dates) into one header. With no legal form or
     * organization word anywhere, the organization is the unclassed fragment on the line most like
     * an employer's: one with a place or a dangling separator ("Cisco Systems -", "SAP - Bengaluru,
     * Karnataka -", Indeed's layout), else one with no title beside it, else the first.
     */
    static Header parse(List<String> lines) {
        List<String> titles = new ArrayList<>(), orgs = new ArrayList<>(), unknown = new ArrayList<>();
        List<Integer> unknownRank = new ArrayList<>();
        String location = null;
        boolean knownPlace = false;
        // a line that is wholly a place ("Tampa, Florida") is the header's place: another line's
        // trailing "Name, ST" is then the end of a name ("Sessums Black Caballero Ficarrotta, PA")
        boolean placeLine = lines.size() > 1 && lines.stream().anyMatch(l -> isWhollyPlace(clean(l)));
        for (String raw : lines) {
            List<String> segs = segments(clean(raw), !placeLine);
            boolean linePlace = false, lineTitle = false;
            int firstUnknown = unknown.size();
            for (int i = 0; i < segs.size(); i++) {
                String s = clean(segs.get(i));
                if (s.isEmpty() || s.length() > 90) {
                    continue;
                }
                if (Lexicon.isLocation(s) || (i > 0 && isPlacePair(s)) || Lexicon.isCity(s)) {
                    knownPlace = location == null ? Lexicon.isLocation(s) : knownPlace;
                    location = location == null ? s : location;
                    linePlace = true;
                } else if (i == 0 && segs.size() > 1 && isContractType(s)) {
                    continue; // "Stage & CDI - Acme, Bordeaux": how the post was held, leading the employer's line, names neither
                } else if (Lexicon.isOnlyLegalForm(s) || s.chars().noneMatch(Character::isLetter)
                        || s.chars().filter(Character::isDigit).count() >= 7) {
                    continue; // "Inc." split off its name, "2013", "Tel: (123)345-7890": no name
                } else if (Lexicon.hasLegalForm(s) || Lexicon.headedByOrganizationWord(s)) {
                    orgs.add(s);
                } else if (Lexicon.hasTitleWord(s)) {
                    titles.add(s);
                    lineTitle = true;
                } else if (Lexicon.hasOrgSuffix(s)) {
                    orgs.add(s);
                } else if (looksLikeName(s)) {
                    unknown.add(s);
                }
            }
            String r = raw.strip();
            int rank = linePlace || (r.endsWith(" -") || r.endsWith(" –")) ? 0 : lineTitle ? 2 : 1;
            for (int k = firstUnknown; k < unknown.size(); k++) {
                unknownRank.add(rank);
            }
        }
        if (titles.isEmpty() && !orgs.isEmpty()) {
            String[] split = splitTitleAndOrganization(orgs.get(0));
            if (split != null) {
                titles.add(split[0]);
                orgs.set(0, split[1]);
            }
        }
        // a legal form in capitals after a comma ("…PUERTOS DEL SUR, SA.") is no name of its own
        boolean formAfter = unknown.size() == 1 && RoleLines.inCapitals(unknown.get(0)) && unknown.get(0).replace(".", "").length() <= 3;
        if (orgs.isEmpty() && (unknown.isEmpty() || formAfter) && titles.size() == 1) {
            String[] split = splitCapitalsTitleAndEmployer(titles.get(0));
            if (split != null) {
                titles.set(0, split[0]);
                orgs.add(split[1]);
                unknown.clear();
                unknownRank.clear();
            }
        }
        String title = titles.isEmpty() ? null : titles.get(0);
        int orgAt = -1;
        for (int k = 0; k < unknown.size(); k++) {
            if (orgAt < 0 || unknownRank.get(k) < unknownRank.get(orgAt)) {
                orgAt = k;
            }
        }
        String org = !orgs.isEmpty() ? orgs.get(0) : orgAt >= 0 ? unknown.get(orgAt) : null;
        if (org == null && title != null && location != null && location.contains(",") && !Lexicon.endsInRegion(location)
                && (knownPlace || !Lexicon.isLocation(location.substring(0, location.indexOf(',')).strip()))) {
            // "Société Générale, Paris", "SII, Rennes" read as a place too; beside a title with no organization, the head
            // is the organization (not before a state: "Tampa, Florida"; nor when it is a known place itself)
            int comma = location.indexOf(',');
            org = location.substring(0, comma).strip();
            location = location.substring(comma + 1).strip();
        }
        if (title == null && unknown.size() >= 2 && orgs.isEmpty()) {
            title = unknown.get(orgAt == 0 ? 1 : 0);
        }
        return new Header(title, org, location);
    }

    /**
     * "Software Engineer Globex Corporation", "株式会社サイバーエージェント サーバーサイドエンジニア": a title
     * and an organization a PDF set in one fragment (their separator was a column gap or a line
     * break). Split at the word boundary where one side has a title word and no legal form and the
     * other a legal form and no title word: after the title's first title word and any title words
     * right after it, or after the organization's legal form. {title, organization}, or null.
     */
    static String[] splitTitleAndOrganization(String s) {
        if (!Lexicon.hasLegalForm(s) || !Lexicon.hasTitleWord(s)) {
            return null;
        }
        String[] w = s.strip().split("\\s+");
        for (int k = 1; k < w.length; k++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (Lexicon.hasTitleWord(head) && !Lexicon.hasLegalForm(head)) {
                while (k < w.length - 1 && Lexicon.hasTitleWord(w[k]) && !Lexicon.hasLegalForm(w[k])) {
                    k++;
                }
                head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
                tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
                return Lexicon.hasLegalForm(tail) && !Lexicon.hasTitleWord(tail) && Character.isUpperCase(tail.codePointAt(0))
                        ? new String[] {head, tail} : null;
            }
            if (Lexicon.hasLegalForm(head) && !Lexicon.hasTitleWord(head)) {
                return Lexicon.hasTitleWord(tail) && !Lexicon.hasLegalForm(tail) ? new String[] {clean(tail), head} : null;
            }
        }
        return null;
    }

    /**
     * "ANALISTA PROGRAMADOR PUERTOS DEL SUR", "DESARROLLADOR JR. EMPRESAS NORTE": a fragment in
     * capitals that opens with title words (and abbreviations right after them, "JR.", "INDEPEND.")
     * and goes on with two or more words that hold none: the title, then the employer. {title, organization}, or null.
     */
    static String[] splitCapitalsTitleAndEmployer(String s) {
        String t = s.strip();
        if (!RoleLines.inCapitals(t) || t.indexOf(',') >= 0) {
            return null;
        }
        String[] w = t.split("\\s+");
        int k = 0;
        while (k < w.length && (Lexicon.hasTitleWord(w[k]) && !Lexicon.hasLegalForm(w[k]) || k > 0 && w[k].length() > 2 && w[k].endsWith("."))) {
            k++;
        }
        if (k == 0 || k > w.length - 2) {
            return null; // the employer takes two words at least: "ASISTENTE ADMINISTRATIVO" is one title
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
        if (Lexicon.hasTitleWord(tail) || RoleLines.JOINERS.contains(w[k].toLowerCase(Locale.ROOT)) || tail.replace(".", "").length() < 2) {
            return null; // "JEFE DE SISTEMAS": the title runs on
        }
        return new String[] {String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)), clean(tail)};
    }

    private static final Pattern TRAILING_PLACE = Pattern.compile(
            "^(.+)\\s+(\\p{Lu}[\\p{L}.'-]+),\\s*([A-Z]{2}|\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)$", Pattern.UNICODE_CASE);

    /**
     * "Northern Trust Corporation Chicago, IL" (a PDF turns the gap between two columns into a
     * space) → the name and "Chicago, IL". The city is the last word, or the last two where they
     * make a known place ("San Francisco, CA"). Null when the fragment does not end in a place.
     */
    static String[] splitTrailingPlace(String s) {
        Matcher m = TRAILING_PLACE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String head = m.group(1).strip(), city = m.group(2), region = m.group(3);
        if (head.contains(",") || Lexicon.hasOrgSuffix(city) || (!region.matches("[A-Z]{2}") && !Lexicon.isLocation(region))) {
            return null;
        }
        int sp = head.lastIndexOf(' ');
        String lastWord = sp < 0 ? head : head.substring(sp + 1);
        if (Lexicon.isLocation(lastWord + " " + city + ", " + region) && sp > 0 && Lexicon.isLocation(lastWord + " " + city)) {
            head = head.substring(0, sp).strip();
            city = lastWord + " " + city;
        }
        return head.isEmpty() ? null : new String[] {head, city + ", " + region};
    }

    /**
     * "Tampa, Florida", "Pune, Maharashtra": a line that is a place and nothing else. Not "Groupon
     * Chicago, IL", which is shaped like a place too but is a name and a place a PDF set in one line
     * (its head, "Groupon Chicago", is no known place).
     */
    static boolean isWhollyPlace(String line) {
        if (!Lexicon.isLocation(line)) {
            return false;
        }
        String[] split = splitTrailingPlace(line);
        return split == null || Lexicon.isCity(line.substring(0, line.indexOf(',')).strip());
    }

    private static final Pattern PLACE_PAIR = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2},\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}");

    /**
     * "Bengaluru, Karnataka", "Pune, Maharashtra": two capitalized names joined by a comma, neither a
     * title nor an organization word. After an organization on the same line ("SAP - Bengaluru,
     * Karnataka") this is its place even when the region is not a known one.
     */
    static boolean isPlacePair(String s) {
        return PLACE_PAIR.matcher(s).matches() && !Lexicon.hasOrgSuffix(s) && !Lexicon.hasTitleWord(s);
    }

    /**
     * Splits a header line on separators; "Title (Org)" splits when the parenthesis is not a
     * specialization, and, on a line with other fragments, when it names a legal form.
     */
    static List<String> segments(String line) {
        return segments(line, true);
    }

    /** As above; {@code trailingPlaces}: whether "Northern Trust Corporation Chicago, IL" splits off its place. */
    private static List<String> segments(String line, boolean trailingPlaces) {
        List<String> out = new ArrayList<>();
        String[] parts = SEPARATORS.split(line);
        parts = splitTitleLabels(parts);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0 && (Lexicon.isLocation(part.strip()) || isPlacePair(part.strip()))) {
                out.add(part.strip()); // "San Jose, CA" after the organization is one place
                continue;
            }
            String[] place = trailingPlaces ? splitTrailingPlace(part.strip()) : null;
            if (place != null) {
                out.add(place[0]);
                out.add(place[1]);
                continue;
            }
            Matcher p = PAREN.matcher(part);
            // beside other fragments, "Technical Consultant (NetSuite Systems)" is a qualified title, not "Title (Org)"
            boolean qualifiedTitle = p.matches() && parts.length > 1 && Lexicon.hasTitleWord(p.group(1)) && !Lexicon.hasLegalForm(p.group(2));
            if (p.matches() && !p.group(1).isBlank() && !isSpecialization(p.group(2)) && !qualifiedTitle) {
                splitComma(p.group(1), out);
                out.add(p.group(2));
            } else {
                splitComma(part, out);
            }
        }
        return out;
    }

    /**
     * "Teacher Assistant and Integration Aide: Smithville Primary School", "Volunteer: Jellop Primary
     * School": a title standing as the label of its employer splits at the colon.
     */
    private static String[] splitTitleLabels(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            int colon = part.indexOf(": ");
            if (colon > 0 && colon + 2 < part.length() && Character.isUpperCase(part.charAt(colon + 2))
                    && Lexicon.hasTitleWord(part.substring(0, colon)) && !Lexicon.hasTitleWord(part.substring(colon + 2))) {
                out.add(part.substring(0, colon));
                out.add(part.substring(colon + 2));
            } else {
                out.add(part);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * "Lead développeur, Doctolib" → two fragments; "English Teacher, Castle View School, Sunderland"
     * → three; "Lead Counselor, Cleveland Clinic, South Euclid, OH" → title, name and the place that
     * ends it ("South Euclid, OH" stays one fragment); "Paris, France" stays one place.
     */
    private static void splitComma(String part, List<String> out) {
        if (!part.contains(", ") || Lexicon.isLocation(part)) {
            out.add(part);
            return;
        }
        String[] pieces = part.split(",\\s+");
        int placeFrom = pieces.length;
        for (int k = 1; k < pieces.length - 1; k++) {
            String tail = String.join(", ", java.util.Arrays.copyOfRange(pieces, k, pieces.length));
            if (Lexicon.isLocation(tail) || k == pieces.length - 2 && isPlacePair(tail) && Lexicon.endsInRegion(tail)) {
                placeFrom = k;
                break;
            }
        }
        for (int k = 0; k < placeFrom; k++) {
            out.add(pieces[k]);
        }
        if (placeFrom < pieces.length) {
            out.add(String.join(", ", java.util.Arrays.copyOfRange(pieces, placeFrom, pieces.length)));
        }
    }

    private static boolean isSpecialization(String inner) {
        String t = inner.toLowerCase(Locale.ROOT);
        if (Lexicon.hasTitleWord(inner)) {
            return true;
        }
        for (String w : t.split("\\s*[/,&]\\s*|\\s+and\\s+")) {
            if (!SPECIALIZATIONS.contains(w.strip())) {
                return false;
            }
        }
        return true;
    }

    /** A plausible proper name: short, not a sentence. */
    private static boolean looksLikeName(String s) {
        if (s.length() > 60 || s.endsWith(".") || s.split("\\s+").length > 6 || DateParser.isDateWords(s)) {
            return false;
        }
        int first = s.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLowerCase(first);
    }
}
