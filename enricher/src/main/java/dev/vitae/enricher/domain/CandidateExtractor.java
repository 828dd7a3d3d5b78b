package dev.vitae.enricher.domain;

import dev.vitae.schemas.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact details from the top of a résumé: a name, e-mails, phone numbers, links and a location line.
 *
 * <p>The name is, in order: the value of a name label ("Name:", "氏名:", "Name, Vorname: Doe, Jane"
 * read as "Jane Doe"); else the first of the first lines (markup and front matter skipped) that reads
 * as a person's name — not a company, a title, a section heading or a document label such as
 * "Curriculum Vitae", "Top Skills" or "職務経歴書", nor a label a standard layout prints ({@link LayoutWords}: "JOB APPLIED FOR", "Honors-Awards") — where a name set on two lines ("Jane" / "Doe")
 * is joined and an honorific ("Dr.") or a leading label ("Personal information") is dropped; else,
 * where a header line holds several fields set apart by wide gaps (text whose line breaks were lost),
 * the first of its first fields that reads as a name or begins with one ("Jane Doe, MBA", "Jane Doe 12
 * Main St", "Jane Doe Software Engineer" cut before the title); a one-word name ("Doe  12 Main St") only
 * as the document's first field. A name is never a phrase of ordinary words only ("Strategic Planning",
 * "Career Objective": every word in the common-words list) nor one naming the document ("Sample Resume",
 * "Your Name"); placeholder runs ("XXXX") after a name are dropped. Phone numbers may use any dash or
 * dots; a bare run of ten to thirteen digits counts beside a phone label.
 */
final class CandidateExtractor {
    // compiled once: isMarkup runs on every line of the header
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FIELD_LINE = Pattern.compile("[\\w-]+:\\s.*");
    private static final Pattern PHONE = Pattern.compile("[+(\\d][\\d \\t().\\-\\u2010-\\u2015/]{7,20}\\d(?![\\w])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NAME_LABEL = Pattern.compile("(?iu)^(?:name|full name|nom|nom complet|nombre|nombre completo|nome|"
            + "name,? vorname|nachname,? vorname|vor- und nachname|氏名|名前|이름|성명)\\s*[:：]\\s*(.+)$");
    /** Titles before a name, one or several ("Prof. Dr.", "Dr.-Ing.", "Ing.", "Lic.", "Dra."): the name is what follows. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Univ\\.-)?Prof\\.|Dr\\.(?:-Ing\\.|\\s?rer\\.\\s?nat\\.|\\s?med\\.)?|Mr\\.|Mrs\\.|Ms\\.|Mx\\."
            + "|Dipl\\.-\\p{L}{2,5}\\.|M\\.|Mme|Mlle|Ing\\.|Lic\\.|Dra\\.|Sra?\\.|Srta\\.|Mag\\.)(?:\\s+|(?=\\p{Lu}\\p{Ll}))");
    /** Academic and professional letters after a name ("Jane Doe, Ph.D.", "John Smith, MBA, PMP"): not part of it. */
    private static final Pattern POSTNOMINAL = Pattern.compile("(?i)(?:,\\s*(?:Ph\\.?\\s?D|Ed\\.?\\s?D|Psy\\.?\\s?D|M\\.?\\s?Ed|M\\.?\\s?D|MBA|M\\.?\\s?Sc|M\\.?\\s?S|M\\.?\\s?A"
            + "|B\\.?\\s?Sc|B\\.?\\s?S|B\\.?\\s?A|M\\.?\\s?Eng|CPA|PMP|P\\.?\\s?E|RN|Esq|LCSW|CFA|CISSP)\\.?"
            + "|\\s+(?:Ph\\.\\s?D\\.|PhD|Ed\\.\\s?D\\.|MBA))+\\s*$");
    private static final Pattern LEADING_LABEL = Pattern.compile("(?iu)^(?:personal information|personal details|persönliche daten|"
            + "informations personnelles|datos personales|curriculum vitae|lebenslauf|résumé|resume|cv)\\s+");
    private static final java.util.Set<String> LABELS = java.util.Set.of("top skills", "contact", "contacts", "personal information",
            "personal details", "persönliche daten", "curriculum vitae", "lebenslauf", "résumé", "resume", "cv", "mon profil", "profil",
            "職務経歴書", "履歴書", "이력서", "경력기술서", "자기소개서", "입사지원서", "datos personales", "informations personnelles",
            "education and training", "work experience", "page", "summary", "experience", "languages", "certifications");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?iu)(?:mobile|phone|tel|telefon|téléphone|teléfono|handy|móvil|cell|"
            + "携帯|電話|전화|휴대폰|연락처)");
    private static final Pattern BARE_PHONE = Pattern.compile("(?<![\\d\\w])\\+?\\d{10,13}(?![\\d\\w])");
    private static final Pattern NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'.-]+)(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}$|^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,6}(?:\\s[\\p{IsHan}\\p{IsKatakana}]{1,6})?$|^[\\p{IsHangul}]{2,4}$");

    private CandidateExtractor() {}

    static Candidate extract(ResumeText text) {
        String head = text.text().substring(0, Math.min(text.text().length(), 1500));
        String name = labelledName(text), location = null;
        int seen = 0;
        List<ResumeText.Line> lines = text.lines();
        boolean listed = false; // inside a list under a heading ("Top Skills" / "Java" / "Spring Boot"), until a blank line
        for (int i = 0; i < lines.size(); i++) {
            ResumeText.Line line = lines.get(i);
            if (line.isBlank()) {
                listed = false;
                continue;
            }
            if (isMarkup(line.content()) || isSubheading(line.content())) {
                continue;
            }
            if (++seen > 10) {
                break;
            }
            String t = HeaderParser.clean(line.content().replaceAll("<[^>]{0,200}>", " ").strip());
            if (isLabel(t)) {
                listed = isListHeading(t);
                continue;
            }
            if (name == null && !listed) {
                String candidate = nameOf(t);
                int next = nextNonBlank(lines, i + 1);
                // "Jane" / "Doe" as the document's first two lines
                if (candidate == null && seen <= 2 && next >= 0 && t.split("\\s+").length <= 2 && !isLabel(t)) {
                    String second = HeaderParser.clean(lines.get(next).content());
                    if (!second.contains(" ")) {
                        candidate = nameOf(t + " " + second);
                    }
                }
                if (candidate != null) {
                    name = candidate;
                    continue;
                }
            }
            if (location == null && t.length() <= 60 && Lexicon.isLocation(t)) {
                location = t;
            }
        }
        if (name == null) {
            name = nameFromFields(lines);
        }
        if (name == null) {
            name = nameAboveHeadline(lines);
        }
        Candidate.Builder contact = contact(head);
        if (contact.getEmails().isEmpty() && head.length() < text.text().length()) {
            // the contact block stands elsewhere (a sidebar read last, styles first): read around its first e-mail address
            // look for an '@' first: the e-mail pattern tried at every word of a long text is the costliest step here
            int at = text.text().indexOf('@');
            Matcher email = EMAIL.matcher(text.text());
            if (at >= 0 && email.region(Math.max(0, at - 128), text.text().length()).find()) {
                contact = contact(text.text().substring(Math.max(0, email.start() - 600), Math.min(text.text().length(), email.end() + 600)));
            }
        }
        return contact.setName(name).setLocation(location).build();
    }

    /** A Markdown heading below the top level ("### 役割概要") names a part of the résumé, never its owner. */
    private static boolean isSubheading(String line) {
        return line.startsWith("##");
    }

    private static Candidate.Builder contact(String head) {
        LinkedHashSet<String> emails = new LinkedHashSet<>(), links = new LinkedHashSet<>();
        java.util.BitSet addresses = Spans.addresses(head);
        for (int s = addresses.nextSetBit(0); s >= 0; s = addresses.nextSetBit(s)) {
            int e = addresses.nextClearBit(s);
            String a = trimTrailingPunctuation(head.substring(s, e));
            (a.contains("@") && !a.contains("/") ? emails : links).add(a);
            s = e;
        }
        List<String> phones = phones(head, addresses);
        return Candidate.newBuilder().setEmails(new ArrayList<>(emails)).setPhones(phones).setLinks(new ArrayList<>(links));
    }

    private static final Pattern LOOSE_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{L}[\\p{L}'’.-]*){1,3}$");
    private static final Pattern PROFESSION = Pattern.compile("(?iu)(?<!\\p{L})(?:professional|expert|freelancer|enthusiast|graduate|student|"
            + "developer|engineer|consultant|specialist|architect|designer|scientist|analyst|manager)(?!\\p{L})");

    /**
     * A profile export puts the name right above the headline ("Jane doe" / "Software Engineer |
     * …"), possibly after a sidebar: the first name-like line of the first 80 followed by a title.
     */
    private static String nameAboveHeadline(List<ResumeText.Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 80; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            String t = HeaderParser.clean(lines.get(i).content());
            int next = nextNonBlank(lines, i + 1);
            if (next < 0 || !LOOSE_NAME.matcher(t).matches() || isProfession(t) || LABELS.contains(t.toLowerCase(java.util.Locale.ROOT))
                    || !isPersonal(t) || Lexicon.hasOrgSuffix(t)) {
                continue;
            }
            if (isProfession(HeaderParser.clean(lines.get(next).content()))) {
                return t;
            }
        }
        return null;
    }

    /** A sidebar list's heading: what follows it are items, not a name. */
    private static boolean isListHeading(String t) {
        SectionKind kind = Sections.kindOf(t);
        return t.equalsIgnoreCase("top skills") || LayoutWords.isListHeading(t) || kind == SectionKind.SKILLS || kind == SectionKind.LANGUAGES
                || kind == SectionKind.CERTIFICATIONS;
    }

    private static boolean isLabel(String t) {
        return LABELS.contains(t.toLowerCase(java.util.Locale.ROOT)) || LayoutWords.isLabel(t) || Sections.kindOf(t) != null;
    }

    private static boolean isProfession(String t) {
        return Lexicon.hasTitleWord(t) || PROFESSION.matcher(t).find();
    }

    /** A person's name read from {@code t}, without honorific or leading label; null when it is none. */
    static String nameOf(String line) {
        String t = LEADING_LABEL.matcher(line.strip()).replaceFirst("");
        for (Matcher h = HONORIFIC.matcher(t); h.lookingAt() && h.end() < t.length(); h = HONORIFIC.matcher(t)) {
            t = t.substring(h.end()); // "Prof. Dr. Jane Doe"
        }
        t = POSTNOMINAL.matcher(t).replaceFirst("");
        int bar = t.indexOf(" | ");
        if (bar > 0) {
            t = t.substring(0, bar).strip(); // "Jane Doe | Frontend Developer"
        }
        t = PLACEHOLDER_AFTER.matcher(t).replaceFirst("");
        Matcher stop = SENTENCE_STOP.matcher(t);
        if (stop.find()) {
            t = t.substring(0, stop.start()).strip(); // "Jane Doe. Heath"
        }
        if (t.isEmpty() || !isPersonal(t) || CJK_LABEL_END.matcher(t).find() || LABELS.contains(t.toLowerCase(java.util.Locale.ROOT)) || LayoutWords.isLabel(t) || !NAME.matcher(t).matches() || isProfession(t)
                || Lexicon.hasOrgSuffix(t) || Sections.kindOf(t) != null) {
            return null;
        }
        return t;
    }

    /**
     * CJK labels end in a noun that names a kind of content ("役割概要" role overview, "職務要約", "경력사항", "자기소개"):
     * a name does not.
     */
    private static final Pattern CJK_LABEL_END = Pattern.compile("(?:概要|要約|経歴|内容|実績|情報|一覧|技術|業務|詳細|役割|目標|資格|特技|趣味"
            + "|学歴|職歴|備考|環境|期間|規模|사항|소개|내용|경력|학력|기술|개요|요약|목표|정보)$");
    /** "Jane Doe XXXXX": an anonymised placeholder after a name. */
    private static final Pattern PLACEHOLDER_AFTER = Pattern.compile("(?:\\s+[Xx]{3,})+$");
    /** A word of three letters or more ending in a full stop ends the name ("Jane Doe. Heath"); an initial does not. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=\\p{L}{3})\\.\\s");
    /** Words that name the document or its template, never its owner. */
    private static final java.util.Set<String> DOCUMENT_WORDS = java.util.Set.of("resume", "résumé", "resumé", "cv", "template",
            "sample", "example", "curriculum", "vitae", "name", "applicant", "seeker", "personal", "particulars", "details", "contact", "lebenslauf", "modèle", "plantilla", "ejemplo");
    private static final java.util.Set<String> COMMON_WORDS = commonWords();
    /**
     * Words of a department ("AREA DE SISTEMAS", "CLES Department") or of a heading ("CAREER HIGHLIGHTS", "Marital Status",
     * "TEACHING LICENSES") in the languages read: such a line names a part of an organisation or of the résumé, not its owner.
     */
    private static final java.util.Set<String> UNIT_OR_HEADING_WORDS = java.util.Set.of("department", "departamento", "département",
            "abteilung", "area", "área", "división", "highlights", "status", "licenses", "licences", "licensure", "skills",
            "competencies", "compétences", "kenntnisse", "fähigkeiten", "habilidades", "practicum", "objective", "objectif", "objetivo");

    private static java.util.Set<String> commonWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : SkillTaxonomy.read(SkillListReader.COMMON_WORDS)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * Whether {@code t} can name a person: not a phrase of ordinary words only ("Strategic Planning",
     * "EXTRA CURRICULAR ACTIVITIES") and no word naming the document ("Sample Resume", "Your Name").
     */
    static boolean isPersonal(String t) {
        boolean allCommon = true;
        for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
            String word = w.replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
            if (DOCUMENT_WORDS.contains(word) || UNIT_OR_HEADING_WORDS.contains(word)) {
                return false;
            }
            allCommon &= word.isEmpty() || isCommon(word);
        }
        return !allCommon;
    }

    /** An ordinary word of the common-words list; a hyphenated one when all its parts are ("Entry-Level"). */
    private static boolean isCommon(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
        if (COMMON_WORDS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && java.util.Arrays.stream(w.split("-")).allMatch(p -> !p.isEmpty() && COMMON_WORDS.contains(p));
    }

    /** ", CA 92648": a region code and a postcode follow a place. */
    private static final Pattern REGION_AFTER = Pattern.compile("^,\\s*\\p{Lu}{2}\\s+\\d{5}");

    private static final Pattern FIELD_GAP = Pattern.compile("\\s{2,}|\\t");
    /** What ends a name at the start of a field: a comma, a bar, a spaced dash, a bracket or a digit. */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:,|\\||\\s[-–—·•]\\s|\\(|(?=\\d))");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s\"'“”\\p{Cc}\\p{Cf}•·*-]+");

    /**
     * The name among a header's wide-gapped fields (a text whose line breaks were lost) or at the start of its
     * first line: the first of the first twelve fields that reads as a name or starts with one; "Name:"
     * followed by a field takes that field.
     */
    private static String nameFromFields(List<ResumeText.Line> lines) {
        int fields = 0;
        boolean first = true;
        for (int i = 0; i < lines.size() && fields < 12; i++) {
            if (lines.get(i).isBlank() || isMarkup(lines.get(i).content()) || isSubheading(lines.get(i).content())) {
                continue;
            }
            String content = LEADING_NOISE.matcher(lines.get(i).content()).replaceFirst("");
            if (!first && !FIELD_GAP.matcher(content.strip()).find()) {
                fields++;
                continue; // a line of its own was read as a whole above; only wide-gapped lines hold several fields
            }
            String[] parts = FIELD_GAP.split(content);
            for (int f = 0; f < parts.length && fields < 12; f++) {
                String field = HeaderParser.clean(parts[f].strip());
                if (field.isEmpty()) {
                    continue;
                }
                fields++;
                if (field.matches("(?iu)(?:name|full name|nom|nombre|氏名|이름)\\s*[:：]") && f + 1 < parts.length) {
                    String value = nameOf(HeaderParser.clean(parts[f + 1].strip()));
                    if (value != null) {
                        return value;
                    }
                }
                String name = leadingName(field, first);
                first = false;
                if (name != null) {
                    return name;
                }
                if (Sections.kindOf(field) != null && !LABELS.contains(field.toLowerCase(java.util.Locale.ROOT))) {
                    return null; // the first section has begun
                }
            }
        }
        return null;
    }

    /**
     * A name a field starts with: "Jane Doe, MBA", "Jane Doe 12 Main St", "Jane Doe Software Engineer"
     * (cut before the title), the whole field when it is a name; one word only when {@code first} and
     * the field goes on with a number or a title ("Doe 12 Main St"), never a word of the common-words list.
     */
    static String leadingName(String field, boolean first) {
        String whole = nameOf(field);
        if (whole != null) {
            return whole;
        }
        Matcher end = NAME_END.matcher(field);
        int cut = field.length();
        for (int i = 1; i < field.length(); i++) {
            if (end.region(i, field.length()).lookingAt() && (field.charAt(i - 1) == ' ' || !Character.isDigit(field.charAt(i)))) {
                cut = i;
                break;
            }
        }
        String head = field.substring(0, cut).strip(), rest = field.substring(cut).strip();
        String[] words = head.split("\\s+");
        int n = 0;
        boolean mixed = words.length > 0 && !words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT));
        while (n < words.length && n < 5 && NAME_WORD.matcher(words[n]).matches() && !Lexicon.hasTitleWord(words[n])
                && !(mixed && words[n].length() > 1 && words[n].equals(words[n].toUpperCase(java.util.Locale.ROOT)))) {
            n++;
        }
        if (n == 0 || n > 4) {
            return null;
        }
        String after = (String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)) + " " + rest).strip();
        boolean cleanEnd = n == words.length || isProfession(after) || after.matches("(?s)[\\d(].*");
        if (!cleanEnd && !(n == words.length)) {
            return null;
        }
        if (REGION_AFTER.matcher(field.substring(cut)).find()) {
            return null; // "Huntington Beach, CA 92648": a place
        }
        while (n > 1 && n < words.length && isCommon(words[n - 1])) {
            n--; // "Doe Software Engineer": the title starts at its first ordinary word
            after = words[n] + " " + after;
        }
        String name = String.join(" ", java.util.Arrays.copyOf(words, n));
        if (n == 1) {
            // the whole field ("Doe" before a wide gap) or before a title; "Musterweg 12" is a street
            boolean goesOn = after.isEmpty() || isProfession(after);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return first && goesOn && name.length() > 2 && !isCommon(lower) && !isLabel(name) && !Lexicon.isLocation(name)
                    && !Lexicon.hasOrgSuffix(name) && !DOCUMENT_WORDS.contains(lower) ? name : null;
        }
        return nameOf(name);
    }

    /** "Name: Jane Doe", "氏名: 田辺 龍 (たなべ りょう)", "Name, Vorname: Doe, Jane" (surname first, turned round). */
    private static String labelledName(ResumeText text) {
        int seen = 0;
        for (ResumeText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > 25) {
                return null;
            }
            Matcher m = NAME_LABEL.matcher(HeaderParser.clean(line.content()));
            if (m.matches()) {
                String v = m.group(1).replaceAll("[(（][^)）]*[)）]", "").strip();
                String[] parts = v.split("\\s*,\\s*");
                if (parts.length == 2) {
                    v = parts[1] + " " + parts[0];
                }
                return v.isEmpty() || v.length() > 60 ? null : v;
            }
        }
        return null;
    }

    /** HTML, CSS and front-matter lines hold no name. */
    private static boolean isMarkup(String line) {
        String t = line.strip();
        return t.startsWith("<") && TAG.matcher(t).replaceAll("").isBlank() || t.startsWith("---") || FIELD_LINE.matcher(t).matches() && !t.contains("@") && t.length() < 40
                && !NAME_LABEL.matcher(t).matches() || t.contains("{") || t.contains("}") || t.endsWith(";");
    }

    private static int nextNonBlank(List<ResumeText.Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static String trimTrailingPunctuation(String s) {
        int e = s.length();
        while (e > 0 && ".,;:".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /** Phone numbers, tried only where a number starts outside addresses. */
    private static List<String> phones(String head, java.util.BitSet addresses) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = PHONE.matcher(head).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if ((c != '+' && c != '(' && !Character.isDigit(c)) || addresses.get(i) || (i > 0 && Character.isLetterOrDigit(head.charAt(i - 1)))) {
                continue;
            }
            m.region(i, head.length());
            if (m.lookingAt()) {
                String found = m.group().strip();
                String first = found.split("\\s+")[0];
                boolean trimmed = false;
                if (!first.equals(found) && BARE_PHONE.matcher(first).matches() && isPhone(found)) {
                    found = first; // "05550109988 1987": the number, not the year after it
                    trimmed = true;
                }
                if (trimmed || isPhone(found) || BARE_PHONE.matcher(found).matches() && (nearPhoneLabel(head, i) || aloneOnLine(head, i, found))) {
                    out.add(found);
                    i = m.end();
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean aloneOnLine(String head, int offset, String found) {
        int s = head.lastIndexOf('\n', offset) + 1, e = head.indexOf('\n', offset);
        return head.substring(s, e < 0 ? head.length() : e).replaceAll("[\\p{Co}\\p{So}\\s]", "").equals(found); // icons kept apart
    }

    private static final Pattern SLASH_DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}/)?\\d{1,2}/(?:19|20)\\d{2}(?!\\d)");

    /** A phone label on the line of {@code offset}. */
    private static boolean nearPhoneLabel(String head, int offset) {
        int s = head.lastIndexOf('\n', offset) + 1, e = head.indexOf('\n', offset);
        return PHONE_LABEL.matcher(head.substring(s, e < 0 ? head.length() : e)).find();
    }

    /** 9 to 15 digits, not a date range such as "2019 - 2021" and not a bare number. */
    private static boolean isPhone(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits >= 9 && digits <= 15 && DateParser.ranges(s).isEmpty() && !SLASH_DATE.matcher(s).find() && (s.contains(" ") || s.contains("-") || s.contains(".") || s.matches(".*[\\u2010-\\u2015].*") || s.startsWith("+") || s.startsWith("("));
    }
}
