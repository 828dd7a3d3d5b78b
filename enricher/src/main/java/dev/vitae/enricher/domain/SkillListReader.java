package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the items of explicit skills lists, so that a tool the vocabulary lacks is still a skill
 * (category {@code unknown}), in any of the six languages. A list is a line of a skills section (its
 * heading found by {@link Sections} from the language packs), or a line anywhere labelled with a skill
 * category in one of the languages ("Languages: Java, C, C++", "Herramientas: …", "개발 언어: …";
 * the label words are {@code skill-labels.txt}); its items are separated by commas (also 、，),
 * semicolons, pipes, bullets, parentheses, tabs or HTML tags, or stand one a line. A line of a comma
 * list that goes on without a separator on the next line is one list (wrapped).
 *
 * <p>An item is kept only when it is shaped like a product name: one to four words, no sentence
 * (no function words of English, German, French or Spanish, no trailing clause), "(2 years)" / "(Less
 * than 1 year)" annotations removed, and at least one word that is not an ordinary English word: a
 * digit or symbol with Latin letters ("Trace32", "VC++"; not "5年" or "3년"), a capital inside the word
 * ("MSBuild", "iCheck", "QC"), or a capitalised word résumés never write in lower case
 * ("Artifactory"). Outside English no word list tells the language's own nouns, so there a list
 * counts only when it also names a known tool, a capitalised word only in plain Latin letters and
 * not shaped as a native noun ("Virtualisierung", "Gestion"), and never in German, where every noun
 * is capitalised; two letters alone ("PM", "PL") are a role or a grade there. Items made only of
 * ordinary words ("Manual Testing", "Black Box", "RETAIL") are phrases; spoken languages and their
 * tests (JLPT, TOEIC), vendors alone ("Microsoft"), places ("San Francisco Bay Area"), schools, a
 * tool's level ("Pandas: Gut") are not tools. In a line written all in capitals, capitals say
 * nothing, so only the word test counts. Items that hold a vocabulary mention are left to the
 * vocabulary (the caller passes the mentions), which keeps its canonical names and categories.
 */
public final class SkillListReader {
    /** An item: its name as written (annotations off, spaces folded) and its prepared-text offsets. */
    public record Item(String name, int start, int end) {}

    static final String COMMON_WORDS = "/dev/vitae/enricher/common-words.txt";

    /** A label before a list: up to five words ending in ':' ("Databases (Primary):", "Web Technologies :"). */
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}][\\p{L}0-9 /&().'+#-]{0,45}?)\\s*[:：]\\s*");
    static final String LABEL_WORDS = "/dev/vitae/enricher/skill-labels.txt";
    /** Labels that name a skill category, in the six languages, so that the line is a list wherever it stands. */
    private static final Pattern CATEGORY_LABEL = categoryLabel();

    /** The label words of {@link #LABEL_WORDS}: Latin ones as whole words, CJK ones anywhere. */
    private static Pattern categoryLabel() {
        List<String> latin = new ArrayList<>(), cjk = new ArrayList<>();
        for (String line : SkillTaxonomy.read(LABEL_WORDS)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                (Character.isLetter(w.charAt(0)) && w.charAt(0) < 0x2E80 ? latin : cjk).add(Pattern.quote(w));
            }
        }
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", latin) + ")(?![\\p{L}])"
                + (cjk.isEmpty() ? "" : "|" + String.join("|", cjk)));
    }
    /** A skill category's label and its colon ending just before a list ("Technical Highlights: …", "Computer Skills :"). */
    private static final Pattern LABEL_BEFORE = Pattern.compile("([\\p{L}][\\p{L} /&]{0,40}?)\\s*[:：]\\s*$");

    /**
     * Whether the list that {@code offset} stands in follows a skill category's label on its line, or in
     * text with no line breaks within the 120 characters before: such a list claims tools wherever it stands
     * (under Education: "Technical Highlights: Word, Excel").
     */
    static boolean followsCategoryLabel(String text, int offset) {
        int from = Math.max(0, offset - 120);
        int nl = text.lastIndexOf('\n', offset - 1);
        from = Math.max(from, nl + 1);
        String before = text.substring(from, offset);
        int colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
        if (colon < 0) {
            return false;
        }
        Matcher m = LABEL_BEFORE.matcher(before.substring(0, colon + 1));
        return m.find() && CATEGORY_LABEL.matcher(m.group(1)).find();
    }

    /** Annotations after an item: "(2 years)", "(Less than 1 year)", "(5+ yrs)", "(Expert)". */
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?i)\\(\\s*(?:less than\\s+)?\\d*\\+?\\s*(?:years?|yrs?|months?|expert|advanced|intermediate|beginner|basic)\\s*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;|•·▪●►✓()、，；]|\\s-\\s|\\t| {3,})\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DURATION = Pattern.compile("(?i)\\d+\\+?\\s*(?:years?|yrs?|months?)");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with",
            "by", "from", "using", "as", "is", "are", "was", "and", "or", "etc", "like", "such", "good", "knowledge",
            "i", "my", "we", "our", "have", "has", "experience",
            // German, French, Spanish: an item holding one is a phrase ("Trabajo en equipo", "Gestion de projet")
            "der", "die", "das", "und", "mit", "für", "von", "zu", "im", "ein", "eine", "de", "du", "des", "la", "le", "les",
            "et", "avec", "pour", "une", "el", "los", "las", "en", "y", "con", "para", "por", "del", "un");
    private static final Pattern SPOKEN = Pattern.compile("(?i)(?:english|hindi|telugu|tamil|kannada|marathi|malayalam|bengali|gujarati"
            + "|punjabi|urdu|french|german|spanish|italian|portuguese|japanese|korean|chinese|mandarin|cantonese|arabic|russian"
            + "|dutch|turkish|polish|swedish|norwegian|danish|finnish|greek|hebrew|persian|indonesian|malay|thai|vietnamese"
            + "|deutsch|englisch|französisch|spanisch|italienisch|anglais|allemand|français|espagnol|italien|inglés|ingles|alemán"
            + "|francés|español|italiano|portugués|chino|japonés|coreano|英語|日本語|中国語|韓国語|영어|한국어|일본어|중국어"
            + "|jlpt|toeic|toefl|ielts|topik|delf|dalf|dele|hsk|telc|testdaf)(?![\\p{L}])");

    /** Where a skills list has ended: personal details, declarations and other parts a heading list may not know. */
    private static final Pattern OTHER_PART = Pattern.compile("(?i)^(?:personal|declaration|hobbies|interests|nationality|date of birth"
            + "|dob\\b|father|mother|address|phone|mobile|e-?mail|contact|marital|gender|sex\\b|place\\b|references|achievements?|achievements"
            + "|awards|activities|extra|co-curricular|projects?\\b|education|academic|strengths|languages known|work experience|experience\\b)");
    /** A line with a date or a contact detail is a role, a school or an address, not a list of tools. */
    private static final Pattern NOT_A_LIST = Pattern.compile("(?i)@|www\\.|https?://|\\b\\d{2}xx\\b|\\d{3}[ .-]\\d{3}[ .-]\\d{4}"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*'?(?:19|20)\\d\\d\\b"
            + "|\\b(?:19|20)\\d\\d\\s*(?:-|–|to)\\s*(?:(?:19|20)?\\d\\d|present|current|now|till date)\\b");

    /**
     * A school class, a grade or a credential ("Class XII", "Senior SecondarySchool", "Beginners level",
     * "Services Credential"): an item with such a word, alone or glued, is schooling, not a product.
     */
    private static final Pattern SCHOOLING = Pattern.compile(
            "(?i)(?:school|class|grade|level|credentials?|diploma|degree|semester)(?![\\p{L}])");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\.(?:png|jpe?g|gif|svg|bmp|emf|wmf|tiff?|pdf|docx?)$");
    /** A web address: "monash.edu/careers", "www.example.org" (a site, not a tool). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^www\\.|\\.(?:com|edu|org|gov)(?:\\.[a-z]{2})?(?:/|$)");
    /** A language level ("C1", "B2"): not what makes a name a product. */
    private static final Pattern LEVEL = Pattern.compile("[ABC][12]\\+?|N[1-5]");

    private final Set<String> commonWords;
    /** Whether a whole item, any case, is a spelling of a known skill ("excel", "c language" in a list). */
    private final java.util.function.Predicate<String> known;

    public SkillListReader(Set<String> commonWords) {
        this(commonWords, name -> false);
    }

    public SkillListReader(Set<String> commonWords, java.util.function.Predicate<String> known) {
        this.commonWords = commonWords;
        this.known = known;
    }

    /** With the generated common-words list from the classpath. */
    public static SkillListReader load() {
        return new SkillListReader(Ordinary.WORDS);
    }

    /**
     * With the generated common-words list, and items that are a known skill's spelling in another case
     * ("Microsoft office, excel, c language": the matcher takes "Excel" and "C" only as written, since
     * "excel" and "c" are ordinary text elsewhere; a whole item of a list is a name).
     */
    public static SkillListReader load(SkillTaxonomy taxonomy) {
        return new SkillListReader(Ordinary.WORDS, name -> knownItem(taxonomy, name) != null);
    }

    /** A "programming language" word after a name: "c language", "Java programming". */
    private static final Pattern LANGUAGE_WORD = Pattern.compile("(?i)\\s+(?:programming\\s+)?(?:language|programming)$");

    /** The canonical name of a whole list item written in another case or with "language" after it, or null. */
    public static String knownItem(SkillTaxonomy taxonomy, String name) {
        String bare = LANGUAGE_WORD.matcher(name).replaceFirst("");
        return taxonomy.canonicalOf(bare).or(() -> taxonomy.canonicalOf(name)).orElse(null);
    }

    /** Whether a word (any case) is an ordinary English word of the generated list. */
    static boolean isOrdinaryWord(String word) {
        return Ordinary.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The generated common-words list from the classpath, read once. */
    private static final class Ordinary {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            Set<String> words = new HashSet<>();
            for (String line : SkillTaxonomy.read(COMMON_WORDS)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        }
    }

    /** {@link #read(ResumeText, List, String, List)} for English text or text in another language but German. */
    public List<Item> read(ResumeText text, List<Sections.Section> sections, boolean english, List<SkillMatcher.Mention> mentions) {
        return read(text, sections, english ? "en" : null, mentions);
    }

    /**
     * @param language  the text's language code: in English the common-words test applies; in German,
     *                  where every noun is capitalised, a capital says nothing about a product
     * @param mentions  vocabulary mentions, sorted by start: an item holding one is skipped
     */
    public List<Item> read(ResumeText text, List<Sections.Section> sections, String language, List<SkillMatcher.Mention> mentions) {
        boolean english = "en".equals(language);
        boolean capitalisedNouns = "de".equals(language);
        List<Item> out = new ArrayList<>();
        List<ResumeText.Line> lines = text.lines();
        String all = text.text();
        Sections.Section ended = null; // a skills section whose list has ended before the next heading
        for (int li = 0; li < lines.size(); li++) {
            ResumeText.Line line = lines.get(li);
            if (line.isBlank()) {
                continue;
            }
            Sections.Section section = sectionAt(sections, line.start());
            boolean inSkills = section != null && section.kind() == SectionKind.SKILLS && section.headingLine() != line.index()
                    && section != ended;
            int from = line.start() + leadingBullet(line.content());
            int end = line.end();
            if (inSkills && endsList(all, from, end, li, lines, mentions)) {
                ended = section;
                inSkills = false;
            }
            if (!inSkills && line.content().indexOf(':') < 0 && line.content().indexOf('：') < 0) {
                continue; // the common case: no list here
            }
            Matcher label = LABEL.matcher(all).region(from, end);
            boolean labelled = label.lookingAt();
            if (labelled) {
                if (!inSkills && !CATEGORY_LABEL.matcher(label.group(1)).find()) {
                    continue;
                }
                if (hasMention(mentions, label.start(1), label.end(1)) && isSingleItem(all, label.end(), end)) {
                    continue; // "Pandas: Gut", "Python: Advanced": a tool and its level
                }
                from = label.end();
            } else if (!inSkills) {
                continue;
            }
            if (mayNotBeAList(line.content()) && NOT_A_LIST.matcher(line.content()).find()) {
                continue;
            }
            // a comma list wrapped onto the next line goes on there
            while (all.substring(from, end).indexOf(',') >= 0 && !endsWithSeparator(all, from, end) && li + 1 < lines.size()
                    && continues(lines.get(li + 1), text, sections, section)) {
                li++;
                end = lines.get(li).end();
            }
            boolean capitals = isAllCapitals(all, from, end);
            boolean knownTool = hasMention(mentions, from, end);
            if (!english && !knownTool) {
                continue; // outside English (no word list there) only a list naming a known tool is evidently one of tools
            }
            // a known tool among the items lets a capitalised word count outside English (not in German)
            boolean toolList = !capitalisedNouns && knownTool;
            List<int[]> parts = new ArrayList<>();
            int words = 0, longest = 0;
            String masked = mask(all, from, end); // the line's text, offsets from 'from'

            for (int[] cell : cells(all, from, end)) {
                int itemStart = cell[0];
                Matcher sep = SEPARATORS.matcher(masked).region(cell[0] - from, cell[1] - from);
                while (true) {
                    boolean more = sep.find();
                    int itemEnd = more ? from + sep.start() : cell[1];
                    if (itemEnd > itemStart) {
                        parts.add(new int[] {itemStart, itemEnd});
                        int n = wordCount(all, itemStart, itemEnd);
                        words += n > 4 ? 0 : 1;
                        longest = Math.max(longest, n);
                    }
                    if (!more) {
                        break;
                    }
                    itemStart = from + sep.end();
                }
            }
            if ((parts.size() > 1 && words * 10 < parts.size() * 7) || (!labelled && longest > 6)) {
                continue; // clauses of a sentence, not items of a list
            }
            for (int[] part : parts) {
                item(all, part[0], part[1], english, capitals, toolList, mentions, out);
            }
        }
        return out;
    }

    /**
     * Whether a line of a skills section shows that its list is over: personal details or another
     * part's name ("PERSONAL DOSSIER", "Declaration"), or a short line in capitals or ending in ':'
     * that names no skill (a heading the section list does not know).
     */
    private static boolean endsList(String all, int from, int end, int li, List<ResumeText.Line> lines,
                                    List<SkillMatcher.Mention> mentions) {
        String t = all.substring(from, end).strip();
        if (OTHER_PART.matcher(t).lookingAt()) {
            return true;
        }
        if (t.isEmpty() || wordCount(t, 0, t.length()) > 4 || SEPARATORS.matcher(t).find() || hasMention(mentions, from, end)) {
            return false;
        }
        Matcher label = LABEL.matcher(t);
        if (label.lookingAt() && label.end() == t.length()) {
            return !CATEGORY_LABEL.matcher(label.group(1)).find();
        }
        boolean blankAround = (li > 0 && lines.get(li - 1).isBlank()) || (li + 1 < lines.size() && lines.get(li + 1).isBlank());
        return blankAround && t.length() >= 4 && isAllCapitals(t, 0, t.length()) && t.indexOf(' ') > 0;
    }

    /** Whether a mention overlaps [start, end); mentions are sorted and do not overlap, so their ends are sorted too. */
    private static boolean hasMention(List<SkillMatcher.Mention> mentions, int start, int end) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) { // the first mention ending after start
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < mentions.size() && mentions.get(lo).start() < end;
    }

    /**
     * The ranges of a line to read: the line, or in a table row ("| Go | Backend |") its first cell
     * and the cells that hold lists; a lone word in a later cell is a column's value (a category,
     * a level), not a tool.
     */
    private static List<int[]> cells(String all, int from, int end) {
        if (from >= end || all.charAt(from) != '|') { // a line that was all bullet ends the text there: nothing to split
            return List.of(new int[] {from, end});
        }
        List<int[]> out = new ArrayList<>();
        int start = from + 1;
        boolean first = true;
        for (int k = start; k <= end; k++) {
            if (k == end || all.charAt(k) == '|') {
                String cell = all.substring(start, k);
                if (!cell.isBlank()) {
                    if (first || cell.indexOf(',') >= 0 || cell.indexOf(';') >= 0) {
                        out.add(new int[] {start, k});
                    }
                    first = false;
                }
                start = k + 1;
            }
        }
        return out;
    }

    /**
     * The text with annotations blanked (so "(2 years)" neither separates nor joins an item) and HTML
     * tags turned into separators ("<li>ORM</li>" in a Markdown file).
     */
    private static String mask(String all, int from, int end) {
        String line = all.substring(from, end);
        if (line.indexOf('(') < 0 && line.indexOf('<') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line);
        Matcher a = ANNOTATION.matcher(line);
        while (a.find()) {
            for (int k = a.start(); k < a.end(); k++) {
                sb.setCharAt(k, ' ');
            }
        }
        Matcher tag = HTML_TAG.matcher(line);
        while (tag.find()) {
            for (int k = tag.start(); k < tag.end(); k++) {
                sb.setCharAt(k, k == tag.start() ? '|' : ' ');
            }
        }
        return sb.toString();
    }

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");

    /** Whether [from, end) holds one item only: no list separator in it. */
    private static boolean isSingleItem(String all, int from, int end) {
        return !SEPARATORS.matcher(all.substring(from, end).strip()).find();
    }

    private void item(String all, int start, int end, boolean english, boolean capitals, boolean toolList,
                      List<SkillMatcher.Mention> mentions, List<Item> out) {
        if (hasMention(mentions, start, end)) {
            return; // the vocabulary names it (the common case, checked first)
        }
        String raw = all.substring(start, end);
        int paren = raw.indexOf('(');
        Matcher a = paren >= 0 ? ANNOTATION.matcher(raw) : null;
        String cut = a != null && a.find() ? raw.substring(0, a.start()) : raw;
        int s = 0, e = cut.length();
        while (s < e && !isNameStart(cut.charAt(s))) {
            s++;
        }
        while (e > s && ".:-–—*\"' ".indexOf(cut.charAt(e - 1)) >= 0) {
            e--;
        }
        if (s >= e) {
            return;
        }
        String name = SPACES.matcher(cut.substring(s, e)).replaceAll(" ");
        if (known.test(name)) {
            out.add(new Item(name, start + s, start + e));
            return;
        }
        if (!isProductName(name, english, capitals, toolList) || startsWithPlace(name) || Lexicon.isSchool(name)) {
            return; // not a product's name, or a place or a school
        }
        int itemStart = start + s, itemEnd = start + e;
        out.add(new Item(name, itemStart, itemEnd));
    }

    /** A place, or a place's name and more: "Houston", "Austin, TX", "San Francisco Bay Area". */
    private static boolean startsWithPlace(String name) {
        if (Lexicon.isLocation(name)) {
            return true;
        }
        String[] words = name.split(" ");
        for (int k = 1; k < words.length && k <= 3; k++) {
            if (Lexicon.isLocation(String.join(" ", java.util.Arrays.copyOf(words, k)))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #isProductName(String, boolean, boolean, boolean)} for an item of a list with no known tool. */
    boolean isProductName(String name, boolean english, boolean capitals) {
        return isProductName(name, english, capitals, false);
    }

    /**
     * True when {@code name} is shaped like a product name (see the class comment); {@code toolList}:
     * the list also names a tool the vocabulary knows, which lets a capitalised word count outside English.
     */
    boolean isProductName(String name, boolean english, boolean capitals, boolean toolList) {
        if (name.length() < 2 || name.length() > 40 || DURATION.matcher(name).find() || SPOKEN.matcher(name).lookingAt()
                || SkillMatcher.isVendor(name)) {
            return false;
        }
        if (!english && name.length() <= 2) {
            return false; // "PM", "PL", "SE": a role or a grade in a CJK or European table, not an unknown tool
        }
        String[] words = name.split(" ");
        if (words.length > 4 || Character.isDigit(name.charAt(0)) && words.length > 1 || name.contains("i.e") || name.contains("e.g")
                || name.indexOf('%') >= 0 || name.indexOf('<') >= 0 || name.indexOf('>') >= 0 || Lexicon.hasLegalForm(name) || FILE_NAME.matcher(name).find()
                || SCHOOLING.matcher(name).find() || WEB_ADDRESS.matcher(name).find() || Lexicon.isCity(name)) {
            // a phrase, an address ("34 Anywhere Road", "monash.edu/careers"), a grade, a company, an embedded image,
            // schooling, a city alone ("Coventry": the vocabulary names the tools that share a city's name)
            return false;
        }
        if (VERSION_ONLY.matcher(name).matches() || SENTENCE_BREAK.matcher(name).find() || PERSON_TITLE.matcher(name).lookingAt()
                || monthWords(words) >= Math.min(2, words.length) || words.length >= 3 && !hasCodeWord(words)) {
            // a version left alone ("R2", "XP/2000", "v6.0"), two sentences run together ("Collaborator. Intuitive"),
            // a referee ("Dr Carol Toy"), a date ("May June 2004", "October"), or three ordinary capitalised words
            // ("Consumer Energy Provider", "Springvale Community Legal Centre"): a product of three words or
            // more names itself with a code, an acronym or a version ("SDL Trados Studio 2014", "Intel MCS 96")
            return false;
        }
        boolean product = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(lower)) {
                return false;
            }
            if (!Character.isLetterOrDigit(w.codePointAt(0)) && w.charAt(0) != '.') {
                return false;
            }
            product |= !LEVEL.matcher(w).matches() && isProductWord(w, lower, english, capitals, toolList);
        }
        return product;
    }

    private boolean isProductWord(String w, String lower, boolean english, boolean capitals, boolean toolList) {
        int joint = w.indexOf('/') > 0 ? w.indexOf('/') : w.indexOf('-') > 0 ? w.indexOf('-') : -1;
        if (joint > 0 && joint < w.length() - 1) {
            // "Languages/Technologies", "Job-Embedded": ordinary words joined; "OOPS-ABAP" is a name
            return isProductWord(w.substring(0, joint), lower.substring(0, joint), english, capitals, toolList)
                    || isProductWord(w.substring(joint + 1), lower.substring(joint + 1), english, capitals, toolList);
        }
        boolean letters = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (Character.isDigit(c) || "+#.&/_-".indexOf(c) >= 0) {
                // "Trace32", "VC++", "ASP.NET", "OOPS-ABAP": not an ordinary word, unless only a year or a number
                if (k > 0 || w.length() > 1) {
                    return hasLetter(w);
                }
            }
        }
        if (!letters || w.length() < 2) {
            return false;
        }
        String base = lower.endsWith("s") && commonWords.contains(lower.substring(0, lower.length() - 1)) ? lower.substring(0, lower.length() - 1) : lower;
        boolean common = commonWords.contains(lower) || commonWords.contains(base);
        if (capitals) {
            return !common && english; // "TERADATA" but not "RETAIL"; elsewhere capitals say nothing
        }
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return !common || w.length() <= 5; // "MSBuild", "iCheck", "QC"; not "TESTING" in a mixed line
            }
        }
        if (!Character.isUpperCase(w.charAt(0)) || common) {
            return false;
        }
        if (english) {
            return !GERUND.matcher(w).matches(); // "Faxing", "Filing": duties, not products
        }
        // elsewhere a capitalised word may be the language's own noun ("Virtualisierung", "Gestion"):
        // it counts only beside a known tool, in Latin letters without accents, and not shaped as a noun there
        return toolList && isPlainLatin(w) && !NATIVE_NOUN.matcher(lower).find();
    }

    /** A version with no name: "R2", "XP/2000", "v6.0", "4x", "SP1". */
    private static final Pattern VERSION_ONLY = Pattern.compile(
            "(?i)(?:(?:v\\.?\\s?)?\\d+(?:\\.\\d+)*(?:x|[a-z])?|R\\d+|SP\\d+|XP|NT|Vista)(?:\\s*/\\s*(?:v?\\d+(?:\\.\\d+)*x?|R\\d+|XP|NT|Vista))*");
    /** Two sentences run together in one item: a full stop, a space and a capital. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[a-z]{2}\\.\\s+\\p{Lu}|\\betc\\.");
    /** A person's title before a name. */
    private static final Pattern PERSON_TITLE = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december");

    /** Words that are month names or numbers: two of them make a date, not a product. */
    private static int monthWords(String[] words) {
        int months = 0, numbers = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
            months += MONTHS.contains(lower) ? 1 : 0;
            numbers += !lower.isEmpty() && lower.chars().allMatch(Character::isDigit) ? 1 : 0;
        }
        return months == 0 ? 0 : months + numbers;
    }

    /** Whether a word carries a digit, an acronym (two capitals or more) or a capital inside it. */
    private static boolean hasCodeWord(String[] words) {
        for (String w : words) {
            int capitals = 0;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isDigit(c) || k > 0 && Character.isUpperCase(c) && Character.isLowerCase(w.charAt(k - 1))) {
                    return true;
                }
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
            if (capitals >= 2) {
                return true;
            }
        }
        return false;
    }

    /** An English gerund: "Scanning", "Photocopying". */
    private static final Pattern GERUND = Pattern.compile("[A-Z][a-z]{2,}ing");
    /** Endings of German, French and Spanish nouns and adjectives that product names rarely have. */
    private static final Pattern NATIVE_NOUN = Pattern.compile(
            "(?:ung|keit|heit|schaft|tion|sion|ismus|ment|eur|ique|dad|ción|miento|aje|ologie|ik|isch|ieren|age|elle|ance|ence|ant)$");

    private static boolean isPlainLatin(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word has a letter and all its letters are Latin: "Trace32", "ES6", "VC++", but not
     * a number with a CJK unit or counter ("5年", "3년", "6개월", "2019年4月"), which is a duration or a date.
     */
    private static boolean hasLetter(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** A cheap test before {@link #NOT_A_LIST}: dates need a digit (or "xx"), contacts an '@' or a 'w'. */
    private static boolean mayNotBeAList(String content) {
        for (int k = 0; k < content.length(); k++) {
            char c = content.charAt(k);
            if ((c >= '0' && c <= '9') || c == '@' || c == 'w' || c == 'W' || c == 'x') {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String s, int from, int end) {
        int n = 0;
        boolean in = false;
        for (int k = from; k < end; k++) {
            boolean space = Character.isWhitespace(s.charAt(k));
            n += !space && !in ? 1 : 0;
            in = !space;
        }
        return n;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    private static int leadingBullet(String content) {
        int k = 0;
        while (k < content.length() && (Character.isWhitespace(content.charAt(k)) || "•·▪●►✓*-–—>".indexOf(content.charAt(k)) >= 0)) {
            k++;
        }
        return k;
    }

    private static boolean endsWithSeparator(String all, int from, int end) {
        int k = end;
        while (k > from && Character.isWhitespace(all.charAt(k - 1))) {
            k--;
        }
        return k > from && ",;|".indexOf(all.charAt(k - 1)) >= 0;
    }

    /** Whether the next line goes on with a wrapped list: same section, not blank, no bullet or label of its own. */
    private static boolean continues(ResumeText.Line next, ResumeText text, List<Sections.Section> sections, Sections.Section section) {
        if (next.isBlank() || sectionAt(sections, next.start()) != section || leadingBullet(next.content()) > 0) {
            return false;
        }
        return !LABEL.matcher(next.content()).lookingAt();
    }

    private static boolean isAllCapitals(String all, int from, int end) {
        int letters = 0;
        for (int k = from; k < end; k++) {
            char c = all.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    private static Sections.Section sectionAt(List<Sections.Section> sections, int offset) {
        for (Sections.Section s : sections) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
