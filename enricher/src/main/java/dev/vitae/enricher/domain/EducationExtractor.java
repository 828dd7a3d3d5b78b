package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education entries from the education sections of a résumé.
 *
 * <p>Algorithm: every line of an education section (heading excluded; prose and long bullets skipped)
 * is cleaned of markup, of its date ranges, lone years and grades such as "(3.7/4.0)", then cut into
 * segments at separators ("|", " / ", " – ", a dash after a word, tab-set columns); CJK text also at
 * spaces. A segment naming both a degree and a school ("B.A. in History, Sample University") is cut
 * into the two. Each segment is an <b>institution</b> (a school word in any of the six languages:
 * University, Hochschule, Lycée, Universidad, 大学, 대학교…), a <b>degree</b> (a degree level:
 * Bachelor, B.Sc., B.E., Licence, Licenciatura, Master, Máster, PhD, Doctorado, 学士, 석사, a major
 * "…학과"…) or neither. Entries are then assembled in reading order; the section's first entry line
 * tells the layout's order (institution first as profile exports put it, or a date or degree first
 * as Europass does). A second institution, a second degree or a second date range starts a new entry;
 * so does an institution after a degree when institutions come first, and a degree after an
 * institution when degrees come first — except on the same line. An entry without a school word takes
 * the last short title-case line after its degree as its institution ("EXEMPLE - Nantes"), or else
 * the one above its degree; when institutions come first, a second degree with no institution of its own
 * is from the institution above it. A name ending in "of"/"de"/"für" continues on the next line. The field
 * of study is what follows the degree level ("Master's degree, <i>Computer Science</i>", "B.Sc. in
 * <i>Physics</i>"). Entries repeated verbatim (text boxes stored twice) are kept once.
 */
final class EducationExtractor {
    // compiled once: isSentence runs on every segment of every education line
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL_THEN_PROSE = Pattern.compile(".*:\\s+\\p{Ll}+(\\s+\\S+){2,}.*");
    /** One education entry, in prepared-text offsets. */
    record Entry(String institution, String degree, String field, PartialDate start, PartialDate end, int from, int to) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern GRADE = Pattern.compile("\\(\\s*(?:gpa|cgpa|note|nota)?[:\\s]*\\d+(?:[.,]\\d+)?\\s*/\\s*\\d+(?:[.,]\\d+)?\\s*\\)|"
            + "(?i:\\b(?:cum\\.?\\s*)?c?gpa\\b[:\\s]*\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?)");
    private static final Pattern LONE_DATE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:0?[1-9]|1[0-2])[./])?(?:19|20)\\d{2}(?:[./-](?:0?[1-9]|1[0-2]))?(?![\\p{L}\\d])"
            + "|(?i:\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s*$)|(?i:\\b(?:present|current|heute|aujourd'hui|actualidad|en cours)\\b)");
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*[-–—,.]*\\s*\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜]\\s*|\\s+/\\s+|\\s+[–—·•]\\s*|\\s*[–—·]\\s+|\\s+-\\s+|(?<=\\p{L})-\\s+(?=\\p{Lu})");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?iu)\\s(?:of|de|du|des|für|der|del|di|and|und|et|y|at|à|an der|am)$");
    /** "no degree", "kein Abschluss", "sans diplôme", "sin título": a statement that there is no degree. */
    private static final Pattern NO_DEGREE = Pattern.compile("(?iu)^(?:no|without|kein(?:en)?|ohne|sans|sin|non)\\s+(?:degree|abschluss|diplôme|diplome|título|titulo|titre)$");
    private static final Pattern DEGREE_LABEL = Pattern.compile("(?iu)^(?:titel|abschluss|degree|diplôme|diplome|título|titulo|qualification|grade|course|program|programme|studiengang|formation|carrera)\\s*[:：]\\s*");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|\\u00a0{2,}| {3,}");
    private static final Pattern PAGE_FOOTER = Pattern.compile("(?i)^(?:page|seite)\\s+\\d+\\s+(?:of|von|de|sur)\\s+\\d+$|^\\d+\\s*/\\s*\\d+$");
    private static final Pattern SCHOOL = Pattern.compile("(?iu)(?<!\\p{L})(?:university|universit[éäy]|universidad|universidade|università|universiteit"
            + "|college|school|institute|institut|institution|institutions|univercity|universty|univesity|collage|colege|instituto|istituto|academy|akademie|académie|academia|polytechnic|polytechnique|politecnico"
            + "|hochschule|fachhochschule|gymnasium|realschule|gesamtschule|sekundarschule|berufsschule|berufskolleg|lycée|lycee|école|ecole"
            + "|escuela|colegio|liceo|facultad|faculté|faculty|conservatoire|insa|iut|escola)(?!\\p{L})"
            + "|(?u)\\p{L}*(?:hochschule|schule|universität|akademie)(?!\\p{L})"
            + "|大学院|大学|大學|高等学校|高校|専門学校|高等専門学校|高専|대학교|대학원|대학|고등학교|전문학교");
    /** " - Kochi, Kerala", " – Springfield, IL": a place set after an institution's name. */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+[-–—]\\s+\\p{Lu}[\\p{L}. ]{1,30}(?:,\\s*\\p{Lu}[\\p{L}. ]{0,30}){1,2}$");
    /** A line holding only a year, a month and year, or a range of them. */
    private static final Pattern LONE_YEAR_LINE = Pattern.compile("(?i)(?:\\p{L}{3,9}\\.?\\s+|(?:0?[1-9]|1[0-2])[./])?(?:19|20)\\d{2}"
            + "(?:\\s*(?:-|–|—|to)\\s*(?:(?:\\p{L}{3,9}\\.?\\s+|(?:0?[1-9]|1[0-2])[./])?(?:19|20)\\d{2}|present|current))?");
    /** A few plain words, in any case: "example womens", "st. example's". */
    private static final Pattern PLAIN_NAME = Pattern.compile("(?u)\\p{L}[\\p{L}.'’&]*(?:\\s+[\\p{L}.'’&]+){0,5}");
    /** A degree code and then, after a space, a capitalised name holding a school word: "B.E Example University". */
    private static final Pattern CODE_BEFORE_SCHOOL = Pattern.compile("(?u)^((?:B|M)\\.?\\s?(?:E|S|A|Sc|Tech|Com)\\.?|MBA|MCA|BCA|BBA|Ph\\.?\\s?D\\.?)"
            + "\\s+(?=\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*|\\s+of|\\s+de)*\\s+(?:University|College|Institute|School|Academy|Universität|Université|Universidad)\\b)");
    /** A school word ending the segment ("… Degree College", "… Business School"). */
    private static final Pattern ENDS_WITH_SCHOOL = Pattern.compile("(?iu)(?<!\\p{L})(?:university|universit[éäy]|universidad|college|school"
            + "|institute|institut|instituto|academy|akademie|académie|academia|polytechnic|hochschule|fachhochschule|lycée|école|escuela"
            + "|colegio|universität)\\W*$");
    /** Short degree abbreviations, case kept so that "BE" is a degree and "be" a verb. */
    private static final Pattern DEGREE_ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:B\\.?\\s?S\\.?c?|B\\.?A\\.?|B\\.?E\\.?|B\\.?\\s?Eng\\.?|B\\.?\\s?Tech\\.?|BASc|BBA|BFA|BSE"
            + "|M\\.?S\\.?c?|M\\.?A\\.?|M\\.?E\\.?|M\\.?\\s?Eng\\.?|M\\.?\\s?Tech\\.?|MASc|MBA|MFA|MPhil|MSE|Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|Dr\\.\\s?rer\\.\\s?nat\\.?"
            + "|A\\.?A\\.?S?\\.?|BTS|DUT|BUT|BAC|HND|GED|LL\\.?[BM]\\.?|M\\.?D\\.?|Dipl\\.-?\\s?\\p{L}+\\.?)(?![\\p{L}])");
    /**
     * Degree codes that no ordinary word spells, in any case and with or without dots, spaces or hyphens:
     * "B-TECH", "b.tech", "B. Tech", "Bsc", "MCA", "B.Com", "PGDM", "LL.B", "M.ED", "Ed.D.", "HSC", "BTEC HNC".
     */
    private static final Pattern DEGREE_CODE = Pattern.compile("(?iu)(?<![\\p{L}.])(?:[bm][.\\s-]{0,2}(?:tech|sc|com|arch|pharm|des|voc)"
            + "|m[.\\s-]{0,2}phil|b\\.\\s?(?:e|s|a)\\.|a\\.b\\.|s\\.b\\.|sc\\.b\\.|s\\.m\\.|b\\.s\\.e\\.|[bm]\\.(?:b\\.a|s\\.b\\.a|f\\.a|p\\.h|s\\.w)\\.|m\\.\\s?(?:s|a|ed)\\.|m\\.ed|b\\.ed|ed\\.\\s?d|psy\\.\\s?d|j\\.\\s?d\\.|pharm\\.?\\s?d"
            + "|mba|mca|bca|bba|bbm|bms|bsba|pgd[a-z]{0,3}|ll\\.?\\s?[bm]|mbbs|bds|bsn|msn|mph|msw|mpa|mres|mst"
            + "|h\\.?s\\.?c|s\\.?s\\.?c|gcses?|a[-\\s]levels?|btec|hnc|hnd|g?nvq|sslc|bac(?:\\s?\\+\\s?\\d)?)\\.?(?![\\p{L}])");
    private static final Pattern DEGREE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:bachelor|bachelors|bachelor's|baccalaureate|master|masters|master's"
            + "|doctor|doctorate|doctoral|associate|associate's|diploma|high school diploma|licence|licenciatura|licenciado|licenciada|grado"
            + "|máster|maestría|magister|magíster|doctorado|doctorat|diplom|diplôme|diploma|ingeniería|ingeniero|ingénieur|ingenieur|especialización"
            + "|bachiller|bachillerato|baccalauréat|abitur|matura|realschulabschluss|fachabitur|staatsexamen|promotion|mestrado|laurea"
            + "|técnico superior|técnico en|tec\\. superior|tecnólogo|tecnologo|diplomado|posgrado|postgrado|mastère|mestre"
            + "|classe préparatoire|cpge|mittlere reife|staatlich geprüfte[rn]?|ausbildung zu[mr]|berufsausbildung|\\p{L}*hochschulreife|abitur\\p{L}*|fachinformatiker(?:in)?|\\p{L}*elektroniker(?:in)?|mechatroniker(?:in)?|\\p{L}*kauf(?:mann|frau)|gesellenbrief|meisterbrief|tecnicatura|profesorado|técnico universitario|(?:post[-\\s]?)?graduate\\s+(?:degree\\s+)?in|higher secondary|senior secondary|secondary school certificate|(?:10|12)th\\s+(?:standard|std|class|grade)|class\\s+(?:x|xii)"
            + "|certificate|certification|degree|mba)(?!\\p{L})"
            + "|学士|修士|博士|学部|学科|研究科|専攻|課程|학사|석사|박사|학과|전공|학부|학위|^\\p{IsHangul}{2,}과$");
    /** Where a field of study starts after the level: "Bachelor of Science in X", "Master's degree, X", "Licence en X". */
    private static final Pattern FIELD_START = Pattern.compile("(?iu)\\s+(?:in|en|de|in der|im|of|em|di)\\s+|,\\s*|\\s+[-–—:]\\s+|：|:\\s*");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("(?iu)^(?:(?:bachelor|master|doctor|associate)(?:'s)?(?:\\s+(?:of|in)\\s+(?:science|arts|engineering|technology|fine arts))?(?:\\s+degree)?"
            + "|(?:b|m)[.\\s-]{0,2}(?:sc|s|a|e|eng|tech|com)\\.?|mba|mca|bca|bba|ph\\.?\\s?d\\.?|licence|licenciatura|máster|master|grado|diplom|diplôme)(?!\\p{L})");

    private EducationExtractor() {
    }

    static List<Entry> extract(ResumeText text, List<Sections.Section> sections, List<DateRange> ranges) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sections.Section s : sections) {
            if (s.kind() != SectionKind.EDUCATION) {
                continue;
            }
            Builder current = new Builder();
            Boolean institutionFirst = null; // the layout's order, from the section's first entry line
            for (int i = text.lineAt(s.start()); i < text.lines().size() && text.lines().get(i).start() < s.end(); i++) {
                ResumeText.Line line = text.lines().get(i);
                if (i == s.headingLine() || line.isBlank()) {
                    continue;
                }
                DateRange range = firstRange(ranges, line);
                if (range != null && current.from != null && current.hasDates) {
                    current = flush(current, out, seen);
                }
                if (range != null && !current.hasDates) {
                    current.dates(range, line);
                }
                String t = clean(line.content(), range == null ? null : text.text().substring(Math.max(line.start(), range.start()),
                        Math.min(line.end(), range.end())));
                if (t.isEmpty() || PAGE_FOOTER.matcher(t).matches()) {
                    continue;
                }
                if (isProse(line.content(), t)) {
                    Matcher said = DEGREE_IN_PROSE.matcher(t);
                    if (current.degree == null && said.find()) {
                        // "Junior pursuing a Bachelor of Science in Computer Science, expected May 2015"
                        current.degree(said.group("degree").strip(), line);
                        String school = said.group("school");
                        if (school != null && current.institution == null && isSchool(school)) {
                            current.institution(school.strip(), line);
                        }
                    }
                    continue;
                }
                int next = nextNonBlank(text, i + 1, s.end());
                if (CONNECTOR_END.matcher(t).find() && next >= 0) { // "University of" / "Michigan"
                    t = t + " " + clean(text.lines().get(next).content(), null);
                    current.extend(line);
                    i = next;
                    line = text.lines().get(next);
                }
                Matcher label = DEGREE_LABEL.matcher(t);
                if (label.lookingAt() && t.length() > label.end()) {
                    if (current.degree == null || current.guessed) {
                        current.degree(t.substring(label.end()).strip(), line);
                    }
                    continue;
                }
                boolean classified = false;
                List<String> segments = new ArrayList<>();
                Set<String> awarders = new java.util.HashSet<>();
                for (String seg : segments(t)) {
                    String[] awarded = awardedBy(seg);
                    if (awarded != null) {
                        segments.add(awarded[0]);
                        segments.add(awarded[1]);
                        awarders.add(awarded[1]);
                    } else {
                        segments.addAll(splitDegreeFromSchool(seg));
                    }
                }
                String other = null;
                for (String seg : segments) {
                    if (NO_DEGREE.matcher(seg).matches()) {
                        continue; // "Example University / no degree"
                    }
                    boolean degree = isDegree(seg) && !isInstitutionNamed(seg), school = !degree && (isSchool(seg) || awarders.contains(seg));
                    if (institutionFirst == null && (range != null || degree || school)) {
                        institutionFirst = school; // "Institute of Technology    2014 – 2018" / its degree below: institutions first
                    }
                    boolean sameLine = current.lastLine == line.index();
                    if (degree && sameLine && current.degree != null) {
                        // "Bachelor of Engineering - BE, Computer Science"; "工学部 情報工学科"
                        current.degree = current.degree + (isCjk(seg) ? " " : " - ") + seg;
                        classified = true;
                    } else if (degree) {
                        // "2007 – 2010" / "Realschule Beispielstadt" / "Mittlere Reife": a dated school still waiting for its degree takes it
                        boolean awaited = current.hasDates && current.degree == null;
                        if (current.degree != null && !current.guessed
                                || !institutionFirst && current.institution != null && !sameLine && !current.guessed && !awaited) {
                            String above = institutionFirst && current.degree != null ? current.institution : null;
                            current = flush(current, out, seen);
                            current.sameSchool = above; // "Example University" / "M.S., 2021" / "B.S., 2020": both from it
                        }
                        current.degree(seg, line);
                        classified = true;
                    } else if (school) {
                        if (current.institution != null || institutionFirst && current.degree != null && !sameLine) {
                            current = flush(current, out, seen);
                        }
                        current.institution(institutionName(seg), line);
                        classified = true;
                    } else if (other == null && looksLikeName(seg) && !Lexicon.isLocation(seg)) {
                        other = seg;
                    }
                }
                boolean schoolOnLine = current.institution != null && current.lastLine == line.index();
                boolean lastOnSchoolLine = other != null && schoolOnLine && other.equals(segments.get(segments.size() - 1))
                        && other.indexOf(',') < 0 && !Lexicon.hasTitleWord(other); // "… - Springfield, IL", "… - Professor": no programme
                if (other != null && (range != null || lastOnSchoolLine)
                        && current.degree == null && current.institution != null && segments.indexOf(other) > 0) {
                    // "Institution – Qualification" on one line, dated or not: the rest is the degree
                    current.degree(other, line);
                    current.guessed = range == null; // undated, it may be a campus: a degree below names it better
                } else if (range != null && other != null && current.degree == null && current.institution == null
                        && segments.indexOf(other) == 0 && next >= 0 && isSchool(clean(text.lines().get(next).content(), null))) {
                    // "Big Data Solution Architecture   Sep 2021 – Apr 2022" / "Example College": a programme above its school
                    current.degree(other, line);
                    current.guessed = true; // a degree word or a "Titel:" label below names it better
                }
                String name = PLACE_AFTER.matcher(t).replaceFirst(""); // "CDAC - Kochi, Kerala": the place after a dash
                // "BSc in Computer Science" / "example womens college" / "2015": right below its degree, above its year
                boolean belowDegreeAboveYear = current.degree != null && current.degreeLine >= 0 && current.institution == null
                        && nextNonBlank(text, current.degreeLine + 1, s.end()) == i && next >= 0
                        && LONE_YEAR_LINE.matcher(text.lines().get(next).content().strip()).matches() && PLAIN_NAME.matcher(name).matches();
                if (!classified && current.institution == null && (looksLikeName(name) && isTitleCase(name) || belowDegreeAboveYear)) {
                    if (belowDegreeAboveYear) {
                        current.institution(name, line); // its place in the layout names it: the next school starts a new entry
                    } else if (current.degree != null) {
                        current.fallbackInstitution = name;
                        current.extend(line);
                    } else if (current.nameBefore == null) {
                        current.nameBefore = name; // "ESTEX Bordeaux" / "Master …": a name standing above its degree
                    }
                }
            }
            flush(current, out, seen);
        }
        return out;
    }

    /** " from Example Institute", " de l'Université …", " an der Universität …": who awarded the degree before it. */
    private static final Pattern AWARDED_BY = Pattern.compile("(?u)\\s+(?:(?:from|at|von der|an der|en la|por la)\\s+|(?:à|de) l['’])(?=\\p{Lu})");
    /**
     * "MBA from IIM Ahmedabad", "B.E. (Information Science) from NIIT": a degree with no school word and, after
     * "from", the school that awarded it (named without a school word too); null when the segment is not one.
     */
    static String[] awardedBy(String seg) {
        Matcher from = AWARDED_BY.matcher(seg);
        if (!from.find() || from.start() == 0) {
            return null;
        }
        String degree = seg.substring(0, from.start()).strip(), school = seg.substring(from.end()).strip();
        if (!isDegree(degree) || SCHOOL.matcher(degree).find() || isDegree(school) || !looksLikeName(school)) {
            return null;
        }
        return new String[] {degree, school};
    }

    /**
     * A degree named in a sentence of an education section: "pursuing a Bachelor of Science in X", "completed Master of Laws
     * from Example University", "cursando la Licenciatura en X", "obtention du Master Y". The degree runs to a comma, a full
     * stop, a bracket or the school after "from"/"at".
     */
    private static final Pattern DEGREE_IN_PROSE = Pattern.compile("(?iu)(?<!\\p{L})(?:pursuing|completed|earned|obtained|received|awarded"
            + "|graduated with|holding|cursando|obtuve|obtenu|obtention d[eu'’]|préparant|preparing|studying for|abschluss als|abschluss des)"
            + "\\s+(?:(?:an?|my|the|el|la|le|un|une|des|du|die|den|das)\\s+)?"
            + "(?<degree>(?-i:Bachelor|Master|Doctor|Associate|Licenciatura|Licence|Maestría|Máster|Diplom|B\\.\\s?[A-Z]|M\\.\\s?[A-Z]|Ph\\.?\\s?D|MBA)"
            + "[^,.;()\\n]{0,80}?)(?=\\s*[,.;(]|\\s+(?:from|at|de la|en la|an der)\\s|\\s*$)"
            + "(?:\\s+(?:from|at|de la|en la|an der)\\s+(?<school>\\p{Lu}[^,.;()\\n]{2,80}))?");
    private static final Pattern PART = Pattern.compile(",\\s*|:\\s+|\\s+(?:from|at|à|en la|an der|am)\\s+(?=\\p{Lu})|-\\s+");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "du", "des", "la", "le", "les", "and", "et", "y", "für", "der", "die",
            "del", "di", "the", "for", "&", "/", "-", "–", "in", "at", "en", "und");

    /**
     * "Bachelor of Arts in Journalism, University of Idaho", "Master's Degree in X from Y College":
     * a segment naming both a degree and a school is cut into the degree and the school.
     */
    static List<String> splitDegreeFromSchool(String seg) {
        if (!SCHOOL.matcher(seg).find() || !(hasAbbreviation(seg) || DEGREE_WORD.matcher(seg).find())) {
            return List.of(seg);
        }
        Matcher code = CODE_BEFORE_SCHOOL.matcher(seg);
        if (code.lookingAt()) {
            List<String> out = new ArrayList<>(List.of(code.group(1)));
            out.addAll(splitDegreeFromSchool(seg.substring(code.end()))); // "B.E Example University, Chennai"
            return out;
        }
        String[] parts = schoolNamesKept(seg);
        if (parts.length < 2) {
            return List.of(seg);
        }
        List<String> degree = new ArrayList<>(), out = new ArrayList<>();
        String school = null;
        boolean degreeAfterSchool = false;
        for (String p : parts) {
            String q = p.strip();
            if (q.isEmpty() || Lexicon.isLocation(q) && !isDegree(q)) {
                continue; // "BS" is a degree before it is a region code
            }
            if (school == null && SCHOOL.matcher(q).find() && !isDegree(q)) {
                school = q;
            } else if (school == null || degree.isEmpty() || degreeAfterSchool) {
                degreeAfterSchool |= school != null; // "Example University, MBA, Finance": the field goes with the degree
                degree.add(q);
            }
        }
        if (school == null || degree.isEmpty()) {
            return List.of(seg);
        }
        out.add(String.join(", ", degree));
        out.add(school);
        return out;
    }

    private static final Pattern CONNECTOR_PART = Pattern.compile("(?i)\\s+(?:from|at|à|en la|an der|am)\\s+");

    /**
     * The segment cut at {@link #PART}, except where a connector continues a school's name: "Gymnasium am Beispielplatz",
     * "University of California at Berkeley", "Hochschule an der Ruhr" stay whole.
     */
    private static String[] schoolNamesKept(String seg) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(seg);
        int from = 0;
        StringBuilder current = new StringBuilder();
        while (m.find()) {
            String left = seg.substring(from, m.start());
            current.append(left);
            boolean connector = CONNECTOR_PART.matcher(m.group()).matches();
            if (connector && SCHOOL.matcher(left).find() && !isDegree(left)) {
                current.append(m.group()); // the connector goes on inside the school's name
            } else {
                parts.add(current.toString());
                current.setLength(0);
            }
            from = m.end();
        }
        current.append(seg.substring(from));
        parts.add(current.toString());
        return parts.toArray(String[]::new);
    }

    private static boolean isTitleCase(String t) {
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))
                    && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProse(String raw, String cleaned) {
        String r = raw.strip();
        boolean bullet = !r.isEmpty() && "▪◦•·*-–+".indexOf(r.charAt(0)) >= 0;
        int words = cleaned.split("\\s+").length;
        return bullet && words > 5 || isSentence(cleaned);
    }

    private static int nextNonBlank(ResumeText text, int from, int end) {
        for (int j = from; j < text.lines().size() && text.lines().get(j).start() < end; j++) {
            if (!text.lines().get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** A segment naming a school, not a school-leaving degree ("High School Diploma" is a degree). */
    static boolean isSchool(String seg) {
        return SCHOOL.matcher(seg).find() && !isSentence(seg) && !isColumnHeading(seg);
    }

    static boolean isDegree(String seg) {
        return (hasAbbreviation(seg) || DEGREE_WORD.matcher(seg).find()) && !isSentence(seg) && !isColumnHeading(seg);
    }

    /** The words of a table's header row: "Institution", "Institute/Board", "Examination/Degree", "Name of School". */
    private static final Pattern COLUMN_HEADING = Pattern.compile("(?iu)(?:(?:name\\s+of\\s+(?:the\\s+)?)?(?:institution|institute|university|college|school"
            + "|board|examination|exam|degree|qualification|certificate|course|diploma|year|percentage|marks|grade|cgpa|gpa|class"
            + "|einrichtung|abschluss|établissement|diplôme|institución|título)s?(?:\\s*[/&,|]\\s*|\\s+(?:and|or|&)\\s+|\\s*$))+");

    private static boolean isColumnHeading(String seg) {
        return seg.length() <= 60 && COLUMN_HEADING.matcher(seg.strip()).matches();
    }

    /** In capitals ("GRUPO ESCOLAR MA. GUZMAN") an abbreviation counts only where the segment starts. */
    private static boolean hasAbbreviation(String seg) {
        if (DEGREE_CODE.matcher(seg).find()) {
            return true;
        }
        Matcher m = DEGREE_ABBREVIATION.matcher(seg);
        if (!m.find()) {
            return false;
        }
        return !seg.equals(seg.toUpperCase(Locale.ROOT)) || m.start() == 0;
    }

    /** "Faculty of Computers" or "Instituto Universitario" name a school even though a degree word may follow. */
    private static boolean isInstitutionNamed(String seg) {
        Matcher school = SCHOOL.matcher(seg);
        if (!school.find()) {
            return false;
        }
        if (SECONDARY_SCHOOL.matcher(seg).find()) {
            return true; // "Example Higher Secondary School, Chennai": the certificate's name is part of the school's
        }
        Matcher degree = DEGREE_WORD.matcher(seg);
        Matcher abbreviation = DEGREE_ABBREVIATION.matcher(seg);
        Matcher code = DEGREE_CODE.matcher(seg);
        int d = Math.min(degree.find() ? degree.start() : Integer.MAX_VALUE, abbreviation.find() ? abbreviation.start() : Integer.MAX_VALUE);
        d = Math.min(d, code.find() ? code.start() : Integer.MAX_VALUE);
        if (ENDS_WITH_SCHOOL.matcher(seg).find() && !LEVEL_PREFIX.matcher(seg).lookingAt() && !DEGREE_CODE.matcher(seg).lookingAt()) {
            return true; // "Sample Degree College", "Example Engineering College": a name ending in a school word
        }
        // the school word comes first and the degree word is not a leaving certificate of that school
        return school.start() < d && !seg.toLowerCase(Locale.ROOT).matches(".*\\bschool\\s+diploma.*");
    }

    private static final Pattern SECONDARY_SCHOOL = Pattern.compile("(?iu)(?:higher|senior)\\s+secondary\\s+(?:school|college)");

    /** Prose, not a heading-like entry: long, or a bullet, or a sentence. */
    private static boolean isSentence(String seg) {
        String s = seg.strip();
        int words = SPACES.split(s).length;
        return words > 20 || s.startsWith("▪") || s.startsWith("◦") || s.endsWith(".") && words > 8 || s.endsWith(":")
                || LABEL_THEN_PROSE.matcher(s).matches();
    }

    private static boolean looksLikeName(String t) {
        int words = t.split("\\s+").length;
        return words <= 8 && Character.isUpperCase(t.codePointAt(0)) && t.matches("[\\p{L}\\p{M}][\\p{L}\\p{M}&'’.,()\\- /]*")
                && !t.endsWith(".") && !isDegree(t)
                && !Lexicon.isLocation(t);
    }

    /** The line without markup, its date range, lone years, grades and empty brackets. */
    static String clean(String line, String dates) {
        String t = COLUMN_GAP.matcher(TAG.matcher(line).replaceAll(" ").strip()).replaceAll(" | ");
        if (dates != null && !dates.isBlank()) {
            t = t.replace(dates, " ");
        }
        t = GRADE.matcher(t).replaceAll(" ");
        t = LONE_DATE.matcher(t).replaceAll(" ");
        t = EMPTY_PARENS.matcher(t).replaceAll(" ");
        t = HeaderParser.clean(t.replaceAll("[\\s\\u00a0]+", " "));
        return t.replaceAll("^[+▪◦•\\s]+|[\\s,;:·|/–—-]+$", "").strip();
    }

    /** Segments of a cleaned line; CJK text is cut at spaces too, and a bare school word there ("대학(2년)") is a label. */
    static List<String> segments(String t) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(t)) {
            String p = LONE_DATE.matcher(part).replaceAll(" ").strip().replaceAll("^[,;:·]+|[,;:·.]+$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!isCjk(p)) {
                out.add(p);
                continue;
            }
            for (String w : p.split("\\s+")) {
                String bare = w.replaceAll("[(（][^)）]*[)）]?$", "");
                Matcher school = SCHOOL.matcher(bare);
                if (!bare.isEmpty() && !(school.matches())) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean isCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /**
     * The school's name in a segment: a leading or trailing place after a comma is dropped ("Berlin,
     * Technische Universität"); in CJK text, the word holding the school word ("한빛대학교").
     */
    static String institutionName(String seg) {
        String[] parts = seg.split("\\s*,\\s*");
        String name = seg;
        if (parts.length > 1) {
            for (String p : parts) {
                if (SCHOOL.matcher(p).find()) {
                    name = p;
                    break;
                }
            }
        }
        if (name.matches(".*[\\p{IsHan}\\p{IsHangul}].*")) {
            for (String w : name.split("\\s+")) {
                String bare = w.replaceAll("[(（].*$", "");
                Matcher m = SCHOOL.matcher(bare);
                if (m.find() && bare.length() > m.group().length()) {
                    return bare;
                }
            }
        }
        return name.strip();
    }

    /** The field of study after the degree level, or null: "Computer Science" of "B.S. in Computer Science". */
    static String fieldOf(String degree) {
        Matcher level = LEVEL_PREFIX.matcher(degree);
        if (!level.find()) {
            return null;
        }
        String rest = degree.substring(level.end());
        Matcher start = FIELD_START.matcher(rest);
        if (start.lookingAt()) {
            rest = rest.substring(start.end());
        } else if (!rest.startsWith(" ")) {
            return null;
        }
        rest = rest.replaceAll("^[\\s,:-]+|[\\s,.;:]+$", "").replaceAll("^\\(([^()]*)\\)$", "$1"); // "B.E. (Information Science)"
        if (HONOURS.matcher(rest).matches()) {
            return null; // "Bachelor of Arts (Honours)": a distinction, not a field
        }
        if (LEVEL_PREFIX.matcher(rest).lookingAt()) {
            return fieldOf(rest); // "Bachelor of Engineering - BE, Computer Science"
        }
        return rest.length() >= 2 ? rest : null;
    }

    private static final Pattern HONOURS = Pattern.compile("(?iu)hons?\\.?|honou?rs|with honou?rs|first class(?: honou?rs)?|mention \\p{L}+|cum laude");
    /** "(Rolla" left open by a cut line: the place in brackets after a name. */
    private static final Pattern OPEN_BRACKET_TAIL = Pattern.compile("\\s*[(\\[][^()\\[\\]]*$");
    private static final Pattern DATE_WORD = Pattern.compile("(?iu)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|present|current|expected)\\.?");

    /** An institution without a bracket its line cut open; none when all that is left is a month or a season ("May"). */
    static String tidyInstitution(String name) {
        if (name == null) {
            return null;
        }
        String t = OPEN_BRACKET_TAIL.matcher(name).replaceFirst("").strip();
        return t.isEmpty() || DATE_WORD.matcher(t).matches() ? null : t;
    }

    private static DateRange firstRange(List<DateRange> ranges, ResumeText.Line line) {
        for (DateRange r : ranges) {
            if (r.start() >= line.start() && r.start() < line.end()) {
                return r;
            }
        }
        return null;
    }

    private static Builder flush(Builder b, List<Entry> out, Set<String> seen) {
        String institution = tidyInstitution(b.institution != null ? b.institution : b.fallbackInstitution != null ? b.fallbackInstitution
                : b.degree != null && b.nameBefore != null ? b.nameBefore : b.degree != null ? b.sameSchool : null);
        if (institution != null || b.degree != null) {
            String key = institution + "|" + b.degree + "|" + b.start + "|" + b.end;
            if (seen.add(key)) {
                out.add(new Entry(institution, b.degree, b.degree == null ? null : fieldOf(b.degree), b.start, b.end, b.from, b.to));
            }
        }
        return new Builder();
    }

    /** An entry being assembled; {@code from}/{@code to} span the lines it was read from. */
    private static final class Builder {
        String institution, degree, fallbackInstitution, nameBefore, sameSchool;
        PartialDate start, end;
        boolean hasDates, guessed;
        Integer from;
        int to, degreeLine = -1, lastLine = -1;

        void dates(DateRange r, ResumeText.Line line) {
            start = r.from();
            end = r.to();
            hasDates = true;
            extend(line);
        }

        void institution(String name, ResumeText.Line line) {
            institution = name;
            extend(line);
        }

        void degree(String d, ResumeText.Line line) {
            degree = d;
            guessed = false;
            degreeLine = line.index();
            extend(line);
        }

        void extend(ResumeText.Line line) {
            lastLine = line.index();
            from = from == null ? line.start() : Math.min(from, line.start());
            to = Math.max(to, line.end());
        }
    }
}
