package dev.vitae.enricher.domain;

import dev.vitae.enricher.recognition.Entity;
import dev.vitae.enricher.recognition.NameRecognizer;
import dev.vitae.enricher.recognition.OrganizationMatch;
import dev.vitae.enricher.recognition.ResumeTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles proposed from names rather than layout, for the text the rules could not read (flattened
 * exports, unusual layouts). Runs last. Four sources propose organizations:
 * <ol>
 *   <li>the trained {@link NameRecognizer} (its ORGANIZATION entities);</li>
 *   <li>a name shape: capitalised words ending in a legal form or organization word ("Infosys
 *       Technologies Limited", "Tata Consultancy Services", "HDFC Bank", "Twist Mobile (P) Ltd",
 *       "Health Care Financing Administration", "Royal Air Force"); a run is cut after a sentence's full stop
 *       ("Oracle. Software Services"), not after an abbreviation's ("Exilant Technologies Pvt. Ltd.");</li>
 *   <li>a name before its place: "eClerx, Austin, TX", "Microsoft Research⏎Redmond, WA",
 *       "Cisco Systems - Bengaluru, Karnataka" (a place: a known location, "City, ST" or a
 *       region by name);</li>
 *   <li>an employer named in a sentence: "worked with IndiaMART InterMESH Ltd.", "employed as an
 *       intern at Walrus Systems", "joined Infosys" (not when a lower-case noun follows the run:
 *       "worked with Data Visualization services").</li>
 * </ol>
 * A proposal is kept when
 * <ul>
 *   <li>it lies outside skills, certification and language sections (unless it carries a legal form
 *       or a date range lies within {@value #DATED_NEAR} characters: a heading the sections missed
 *       leaves jobs there), is not a school named with
 *       a degree or study word near (nor any school inside an education section), and does not
 *       open a line as a label ("- **Project X**: …");</li>
 *   <li>it is not a place, a title, a date, a degree, a subject phrase ("Operating Systems"), a
 *       product (its text is, or is wholly covered by, skills of the vocabulary: "SAP ABAP",
 *       "Microsoft SharePoint"; unless it carries a legal form, "Oracle Corporation"; a vendor
 *       alone, "Microsoft", is a company), the
 *       first words of the résumé (the candidate's name), an organization the rules found
 *       (compared as the scorer compares organizations) or one proposed earlier;</li>
 *   <li>on a line an earlier reading claimed, the rules read it there as neither the organization
 *       nor the title (where they disagree, the proposal is added beside their role).</li>
 * </ul>
 * Each kept organization becomes a role with the nearest title (a TITLE entity) and the nearest
 * date range within {@value #WINDOW} characters either side, not past a neighbouring proposal;
 * its header (evidence) covers the organization, title and dates read.
 *
 * <p>Only English (or, with no language given, mostly Latin-script) text is read: the model
 * learned English résumés.
 */
final class RecognizedNameReading implements RoleReading {
    /** Lines longer than this are flattened text: a claim of the line does not cover all of it. */
    private static final int LONG_LINE = 160;

    /** How far (characters) a title or date range may sit from the organization it is tied to. */
    static final int WINDOW = 120;

    /** Words of public bodies and associations a name may end in ("Central Land Council", "Royal Air Force"). */
    private static final String EXTRA_END = "|commission|administration|trust|authority|ministry|bureau|center|centre|department"
            + "|district|elementary|partners|holdings|studios|airlines|courts?|corps|force";

    /** Capitalised words, one space apart, ending in a legal form or an organization word. */
    private static final Pattern ORG_SHAPE = Pattern.compile(
            "(?<![\\p{L}\\d&.'-])((?:\\p{Lu}[\\p{L}\\d&.'-]*(?:,(?= (?i:inc|llc|ltd|corp|pvt|limited)\\b)| \\([Pp]\\))? (?:(?:of|and|for|the|&) )?){1,5}"
            + "(?=\\p{Lu})(?i:pvt\\.? ?ltd\\.?|private limited|limited|ltd\\.?|inc\\.?|incorporated|corporation|corp\\.?|llc|llp|plc"
            + "|technologies|technology|solutions|services|systems|software|bank|consulting|consultancy|consultants|group"
            + "|infotech|infosystems|labs|communications|industries|enterprises|international|associates|networks|telecom"
            + "|pharmaceuticals|healthcare|hospital|insurance|financial|motors|foundation|agency" + EXTRA_END + "))(?![\\p{L}\\d])");

    private static final String WORD = "(?:\\p{Lu}|\\p{Ll}\\p{Lu})[\\p{L}\\d&.'-]*";

    /**
     * A capitalised run followed by a place: "eClerx, Austin, TX", "Prudential, Newark, NJ", the
     * employer line of US and Indian résumés ("Org, City, ST"). The place is checked afterwards.
     */
    private static final Pattern BEFORE_PLACE = Pattern.compile(
            "(?<![\\p{L}\\d&.'-])(" + WORD + "(?: (?:(?:of|and|for|the|&) )?" + WORD + "){0,5}(?:,? (?:Inc|LLC|Ltd|Corp)\\.?)?)"
            + "(?:, | - |[ \\t]{2,}|[ \\t]*\\n[ \\t]*)(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2}, ?(?:\\p{Lu}[\\p{L}.]*(?: \\p{Lu}\\p{L}+)?))");

    /** "City, ST", "City, N.Y.", "City, Georgia": a place by its region. */
    private static final Pattern CITY_REGION = Pattern.compile("\\p{Lu}[\\p{L} .'-]{1,30}, ?(?:[A-Z]{2}|[A-Z]\\.[A-Z]\\.)");

    /** Regions (US states, Indian states, countries) that follow a city in an employer's address. */
    private static final Set<String> REGIONS = Set.copyOf(List.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
            "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
            "wyoming", "karnataka", "maharashtra", "tamil nadu", "telangana", "andhra pradesh", "uttar pradesh",
            "madhya pradesh", "kerala", "gujarat", "haryana", "punjab", "delhi", "west bengal", "rajasthan", "odisha",
            "himachal pradesh", "goa", "bihar", "ontario", "quebec", "british columbia", "alberta", "victoria",
            "new south wales", "queensland", "england", "scotland", "wales", "ireland", "australia", "india", "usa", "uk",
            "canada", "germany", "france", "japan", "singapore", "uae", "united states", "united kingdom", "china", "poland"));

    private static boolean isPlace(String place) {
        if (Lexicon.isLocation(place) || CITY_REGION.matcher(place).matches()) {
            return true;
        }
        int comma = place.lastIndexOf(',');
        return comma > 0 && REGIONS.contains(place.substring(comma + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** Sentence words a capitalised run may start with that are no part of a name. */
    private static final Pattern LEADING_WORD = Pattern.compile(
            "(?i:at|in|with|for|from|by|to|of|and|the|joined|worked|working|currently|presently|client|employer|company|organization)\\s+");

    /** Sentence words ending in -ed/-ing at the start of a run ("Led Marketing Services"): a verb, not a name. */
    private static final Pattern LEADING_VERB = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ed|ing) ");

    /**
     * Words of subjects, fields and products, not of names: a run made only of these and an
     * organization word ("Operating Systems", "Information Technology", "Web Services") names a
     * subject. Lower case; the organization words themselves count as generic here.
     */
    private static final Set<String> GENERIC = Set.copyOf(List.of("information", "technology", "technologies", "operating", "systems",
            "system", "web", "database", "databases", "embedded", "internet", "computer", "computers", "science", "sciences",
            "research", "engineering", "data", "network", "networks", "security", "version", "control", "reporting",
            "programming", "design", "development", "management", "marketing", "business", "health", "human", "student",
            "students", "career", "customer", "financial", "legal", "medical", "social", "public", "national", "international",
            "advanced", "digital", "software", "services", "service", "solutions", "solution", "communications", "communication",
            "group", "consulting", "application", "applications", "enterprise", "enterprises", "cloud", "mobile", "product",
            "products", "project", "projects", "quality", "support", "sales", "office", "general", "global", "new", "planning",
            "policy", "studies", "study", "services.", "and", "of", "for", "the", "&", "it", "ui", "ux", "erp", "crm", "api",
            "apis", "sql", "server", "java", "net",
            "telecom", "telecommunications", "wireless", "industrial", "industries", "financial", "insurance", "healthcare",
            "banking", "bank", "agency", "foundation", "education", "educational", "training", "library", "libraries",
            "analytics", "intelligence", "integration", "infrastructure", "administration", "operations", "process",
            "processing", "testing", "automation", "media", "multimedia", "graphics", "electronics", "electrical", "mechanical",
            "civil", "chemical", "manufacturing", "production", "retail", "community", "environment", "environmental",
            "energy", "power", "distributed", "parallel", "real", "time", "virtual", "interactive", "online", "e-commerce",
            "commerce", "child", "children", "youth", "family", "families", "care", "counseling", "mental", "legal", "law",
            "labs", "lab", "laboratory", "university", "college", "school"));

    private final BiFunction<String, List<ResumeTokenizer.Segment>, List<Entity>> recognizer;

    RecognizedNameReading() {
        this.recognizer = (text, segments) -> NameRecognizer.shipped().find(text, segments);
    }

    /** With another source of entities (a stub in a test), given the whole text. */
    RecognizedNameReading(Function<String, List<Entity>> recognizer) {
        this.recognizer = (text, segments) -> recognizer.apply(text);
    }

    @Override
    public String name() {
        return "recognized-name";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        String language = context.language();
        String text = context.text().text();
        if (language != null ? !language.equals("en") : !mostlyLatin(text)) {
            return List.of();
        }
        // The model reads only segments on lines the rules left (or long, flattened lines) outside
        // skills, certification and language sections: most of its cost on a structured résumé
        // would go to header lines already read and skill lists.
        List<ResumeTokenizer.Segment> open = new ArrayList<>();
        for (ResumeTokenizer.Segment seg : rulesReadEverything(context, claims) ? List.<ResumeTokenizer.Segment>of()
                : ResumeTokenizer.segments(text)) {
            ResumeText.Line line = context.lines().get(context.text().lineAt(seg.start()));
            SectionKind kind = Sections.kindAt(context.sections(), seg.start());
            if ((!claims.isClaimed(line.index()) || line.content().length() > LONG_LINE) && kind != SectionKind.SKILLS
                    && kind != SectionKind.CERTIFICATIONS && kind != SectionKind.LANGUAGES) {
                open.add(seg);
            }
        }
        List<Entity> entities = recognizer.apply(text, open);
        List<Entity> titles = new ArrayList<>();
        List<int[]> orgs = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == Entity.Type.TITLE) {
                titles.add(e);
            } else {
                orgs.add(new int[] {e.start(), e.end()});
            }
        }
        for (int[] shape : orgShapes(text)) {
            int start = shape[0];
            int shapeEnd = shape[1];
            Matcher lead = LEADING_WORD.matcher(text).region(start, shapeEnd);
            Matcher verb = LEADING_VERB.matcher(text).region(start, shapeEnd);
            while (true) { // "Worked with Infosys Limited", "Led Marketing Services": the name starts after the verb
                if (lead.lookingAt()) {
                    start = lead.end();
                } else if (verb.lookingAt()) {
                    start = verb.end();
                } else {
                    break;
                }
                lead.region(start, shapeEnd);
                verb.region(start, shapeEnd);
            }
            int stop = sentenceStop(text, start, shapeEnd);
            if (stop >= 0) { // "Oracle. Software": a sentence ended inside the run
                start = stop + 2;
            }
            if (start < shapeEnd && text.indexOf(' ', start) < shapeEnd && !titleFollows(text, shapeEnd)) {
                orgs.add(new int[] {start, shapeEnd});
            }
        }
        orgs.addAll(beforePlaces(text));
        orgs.addAll(proseEmployers(text));
        orgs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));

        List<String> known = new ArrayList<>();
        for (FoundEntry f : claims.found()) {
            if (f instanceof FoundRole r && r.organization() != null) {
                known.add(r.organization());
            }
        }
        List<int[]> kept = new ArrayList<>();
        List<String> keptNames = new ArrayList<>();
        Set<String> keptKeys = new java.util.HashSet<>();
        int lastEnd = -1;
        for (int[] o : orgs) {
            if (o[0] < lastEnd) {
                continue; // inside a longer proposal already taken
            }
            String name = HeaderParser.clean(text.substring(o[0], o[1]));
            if (keptKeys.contains(key(name)) || generic(name) || isProduct(name) || !acceptable(context, claims, o[0], name)
                    || known.stream().anyMatch(k -> OrganizationMatch.similar(k, name))) {
                continue;
            }
            kept.add(o);
            keptNames.add(name);
            keptKeys.add(key(name));
            lastEnd = o[1];
        }

        List<FoundEntry> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int[] o = kept.get(i);
            int lo = Math.max(i > 0 ? kept.get(i - 1)[1] : 0, o[0] - WINDOW);
            int hi = Math.min(i + 1 < kept.size() ? kept.get(i + 1)[0] : text.length(), o[1] + WINDOW);
            Entity title = nearest(titles, o, lo, hi);
            DateRange range = nearestRange(context.ranges(), o, lo, hi);
            int from = o[0], to = o[1];
            FoundEntry.Builder b = FoundEntry.builder().organization(keptNames.get(i));
            if (title != null) {
                b.title(HeaderParser.clean(title.text()));
                from = Math.min(from, title.start());
                to = Math.max(to, title.end());
            }
            if (range != null) {
                b.period(range);
                from = Math.min(from, range.start());
                to = Math.max(to, range.end());
            }
            claims.claim(context.text().lineAt(o[0]), this);
            out.add(b.header(from, to).role());
        }
        return out;
    }

    private static boolean acceptable(RoleContext context, RoleClaims claims, int at, String name) {
        return rejection(context, claims, at, name) == null;
    }

    /** Why a proposal is not kept (a word for debugging), or null when it is acceptable. */
    private static String rejection(RoleContext context, RoleClaims claims, int at, String name) {
        if (name.length() < 2 || name.length() > 80 || !hasUpperCase(name) || Lexicon.isLocation(name) || Lexicon.isCity(name)
                || Lexicon.hasDegree(name) || (Lexicon.hasTitleWord(name) && !Lexicon.hasOrgSuffix(name))
                || hasDigit(name) && !DateParser.ranges(name).isEmpty() || DateParser.isDateWords(name)) {
            return "shape";
        }
        if (isStreet(context.text().text(), at, name) || PAGE_OR_HEADING.matcher(name).matches()) {
            return "address";
        }
        SectionKind kind = Sections.kindAt(context.sections(), at);
        // In an education section only schools and what sits by a degree are left out: a section
        // heading run into the text ("Work Experience Carnegie Mellon University") can leave the
        // jobs below under the education heading.
        if (Lexicon.isSchool(name) && (kind == SectionKind.EDUCATION || studiedAt(context.text().text(), at, name))
                || kind == SectionKind.EDUCATION && studiedAt(context.text().text(), at, name)) {
            return "schoolOrStudy";
        }
        // A heading the sections missed (letter-spaced small caps, "P ROFE SSI ONAL E XPER IENCE") leaves
        // jobs under the skills heading: a name with a legal form, or with a date range right by it, is still an employer.
        if ((kind == SectionKind.SKILLS || kind == SectionKind.CERTIFICATIONS || kind == SectionKind.LANGUAGES)
                && !Lexicon.hasLegalForm(name) && !datedNear(context, at, at + name.length())) {
            return "section";
        }
        if (!Lexicon.hasOrgSuffix(name) && opensText(context.text().text(), at)) {
            return "opensText"; // the first words of a résumé are the candidate's name
        }
        ResumeText.Line line = context.lines().get(context.text().lineAt(at));
        if (isLeadingLabel(context.text().text(), line, at, name)) {
            return "label"; // "- **Performance Enhancement of Database Systems**: …" names a piece of work
        }
        if (!claims.isClaimed(line.index())) {
            return null;
        }
        // A line the rules read: the name is proposed when they read another organization (or none)
        // from it, not when it is what they read as the title or the organization.
        for (FoundEntry f : claims.found()) {
            if (at >= f.headerStart() && at < f.headerEnd()) {
                String org = f instanceof FoundRole r ? r.organization() : ((FoundProject) f).name();
                String title = f instanceof FoundRole r ? r.title() : ((FoundProject) f).role();
                if (org != null && OrganizationMatch.similar(org, name) || title != null && OrganizationMatch.similar(title, name)) {
                    return "sameAsRule";
                }
            }
        }
        return null;
    }

    /** Last words of a street's name ("Maple Street", "Linda Vista Cir.", "G Street NW"). */
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "avenue", "ave", "drive", "dr", "road", "rd", "lane", "ln",
            "boulevard", "blvd", "cir", "circle", "highway", "hwy", "parkway", "pkwy", "nw", "ne", "sw", "terrace", "ter");

    /** A page number or a document heading: "Page 2 of 2", "RESUME", "Curriculum Vitae". */
    private static final Pattern PAGE_OR_HEADING = Pattern.compile("(?i)page \\d+(?: of \\d+)?|r[eé]sum[eé]|curriculum vitae|cv");

    /** Last words of streets and of names alike ("Arbor Court", "Supreme Court"): a street only after a house number. */
    private static final Set<String> STREET_OR_NAME_WORDS = Set.of("court", "place", "way", "plaza", "square", "park");

    /**
     * The street of an address, not an employer: the name ends in a street word, or in a word of
     * streets and names alike with a house number right before it ("123 Arbor Court").
     */
    static boolean isStreet(String text, int at, String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s.,]+");
        String last = words.length > 0 ? words[words.length - 1] : "";
        if (STREET_WORDS.contains(last)) {
            return true;
        }
        if (!STREET_OR_NAME_WORDS.contains(last)) {
            return false;
        }
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i < at && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /** How close (characters) a date range must sit to a name in a skills section for the name to be a dated employer. */
    private static final int DATED_NEAR = 60;

    /** A date range starts within {@value #DATED_NEAR} characters after the name or ends as close before it. */
    private static boolean datedNear(RoleContext context, int start, int end) {
        for (DateRange r : context.ranges()) {
            if (r.start() >= end && r.start() - end <= DATED_NEAR || r.end() <= start && start - r.end() <= DATED_NEAR) {
                return true;
            }
        }
        return false;
    }

    private static Entity nearest(List<Entity> titles, int[] org, int lo, int hi) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity t : titles) {
            if (t.start() < lo || t.end() > hi || (t.start() < org[1] && t.end() > org[0])) {
                continue;
            }
            int d = t.start() >= org[1] ? t.start() - org[1] : org[0] - t.end();
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    private static DateRange nearestRange(List<DateRange> ranges, int[] org, int lo, int hi) {
        DateRange best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateRange r : ranges) {
            if (r.start() < lo || r.end() > hi) {
                continue;
            }
            int d = r.start() >= org[1] ? r.start() - org[1] : Math.max(0, org[0] - r.end());
            if (d < bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The rules found at least two roles, each with organization, title and start, and every date
     * range outside education, skills and certification sections sits on a line they read: a
     * structured résumé. The model is not run there (its cost would buy nothing); the name shapes,
     * which cost little, still are.
     */
    static boolean rulesReadEverything(RoleContext context, RoleClaims claims) {
        List<FoundRole> roles = claims.found().stream().filter(f -> f instanceof FoundRole).map(f -> (FoundRole) f).toList();
        if (roles.size() < 2 || roles.stream().anyMatch(r -> r.organization() == null || r.title() == null || r.start() == null)) {
            return false;
        }
        for (DateRange r : context.ranges()) {
            SectionKind kind = Sections.kindAt(context.sections(), r.start());
            if (kind != SectionKind.EDUCATION && kind != SectionKind.SKILLS && kind != SectionKind.CERTIFICATIONS
                    && !claims.isClaimed(context.text().lineAt(r.start()))) {
                return false;
            }
        }
        return true;
    }

    /** At least half the letters of the text's first 4,000 characters are Latin. */
    static boolean mostlyLatin(String text) {
        int latin = 0, other = 0;
        for (int i = 0, n = Math.min(text.length(), 4000); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return latin > 0 && latin >= other;
    }

    /**
     * A school named with a degree, a grade or a graduation word close by was studied at; one named
     * alone (a teacher's "Milton Middle School") may be an employer.
     */
    private static boolean studiedAt(String text, int at, String name) {
        String around = text.substring(Math.max(0, at - 80), Math.min(text.length(), at + name.length() + 80));
        // A teacher's placements are full of "student", "education" ("Student Teaching", "Physical
        // Education"): with a teaching word near and no degree the school is a workplace.
        return Lexicon.hasDegree(around) || STUDY.matcher(around).find() && !TEACHING.matcher(around).find();
    }

    /** Words of working at a school: teaching, tutoring, coaching, a placement, an academic post. */
    private static final Pattern TEACHING = Pattern.compile(
            "(?i)\\b(?:student[- ]teach\\w*|teach(?:er|ers|ing)|tutor\\w*|coach\\w*|substitute|aide|principal|counsel+or|instructor"
            + "|educator|practicum|placement|volunteer\\w*|lecturer|professor|postdoc\\w*|research (?:assistant|associate|fellow))\\b");

    private static final Pattern STUDY = Pattern.compile(
            "(?i)\\b(?:gpa|cgpa|graduat\\w*|degree|bachelor\\w*|master\\w*|b\\.?\\s?tech|m\\.?\\s?tech|b\\.?e\\b|b\\.?sc|m\\.?sc|mba|ph\\.?d|"
            + "diploma|hsc|ssc|cbse|percentage|studied|student|major|minor|education|passed|pursuing|\\d{1,2}(?:\\.\\d+)?\\s?%)");

    /** Nothing but spaces, quotes and Markdown marks before {@code at}. */
    private static boolean opensText(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i)) && "\"'*#".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The name opens its line (after a bullet or emphasis) and a colon follows it: a label, not an employer. */
    private static boolean isLeadingLabel(String text, ResumeText.Line line, int at, String name) {
        String before = text.substring(line.start(), at).replaceAll("[\\s*_#•\\-–]", "");
        if (!before.isEmpty()) {
            return false;
        }
        int after = at + name.length();
        while (after < line.end() && "*_ ".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return after < line.end() && (text.charAt(after) == ':' || text.charAt(after) == '：');
    }

    /** Made only of subject words: "Operating Systems", "Information Technology", "Web Services". */
    static boolean generic(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!w.isEmpty() && !GENERIC.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** How far before its last word a name shape may start: five long words and their joiners. */
    private static final int SHAPE_REACH = 200;

    /** The words {@link #ORG_SHAPE} ends in, lower case: looked up first, the shape tried only before them. */
    private static final Set<String> SHAPE_END_WORDS = Set.of("ltd", "limited", "inc", "incorporated", "corporation", "corp",
            "llc", "llp", "plc", "technologies", "technology", "solutions", "services", "systems", "software", "bank",
            "consulting", "consultancy", "consultants", "group", "infotech", "infosystems", "labs", "communications",
            "industries", "enterprises", "international", "associates", "networks", "telecom", "pharmaceuticals",
            "healthcare", "hospital", "insurance", "financial", "motors", "foundation", "agency", "commission",
            "administration", "trust", "authority", "ministry", "bureau", "center", "centre", "department", "district",
            "elementary", "partners", "holdings", "studios", "airlines", "court", "courts", "corps", "force");

    /**
     * The name shapes of the text as {start, end}: the same as scanning the whole text with {@link
     * #ORG_SHAPE}, but the pattern runs only in a window ending at a word it can end in (a set lookup
     * per word), which spares a large text most of the regex's cost.
     */
    static List<int[]> orgShapes(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ORG_SHAPE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            // the shape ends in a capitalised word, on one line
            if (j - i >= 3 && j - i <= 15 && Character.isUpperCase(text.charAt(i))
                    && SHAPE_END_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                // the window reaches past the word too: "Tata Consultancy Services" ends at a later one
                int lineEnd = text.indexOf('\n', j);
                int windowEnd = Math.min(lineEnd < 0 ? n : lineEnd, j + SHAPE_REACH);
                int lineStart = text.lastIndexOf('\n', i) + 1;
                m.region(Math.max(Math.max(lastEnd, lineStart), i - SHAPE_REACH), windowEnd);
                // a match starting past the word ends at a later one, whose own window finds it whole
                while (m.find() && m.start() <= j) {
                    out.add(new int[] {m.start(1), m.end(1)});
                    lastEnd = m.end();
                }
                i = Math.max(j, Math.min(lastEnd, windowEnd));
                continue;
            }
            i = j;
        }
        return out;
    }

    /**
     * An employer named in a sentence: "worked with IndiaMART InterMESH Ltd.", "employed as a Business
     * Analyst Intern at Walrus Systems", "worked for NNIT", "joined Infosys". The name is a run of
     * capitalised words (or an acronym) right after the preposition.
     */
    private static final String EMPLOYER_RUN = WORD + "(?: (?:(?:of|and|for|the|&) )?" + WORD + "){0,4}(?:,? (?:Inc|LLC|Ltd|Corp)\\.?)?";
    private static final Pattern PROSE_EMPLOYER = Pattern.compile("\\b(?:(?i:worked|working|work|employed|serving|served|internship|interned|intern)"
            + "(?: (?i:as|currently|presently|previously|full-time|part-time)(?: [\\p{L}-]+){0,5}?)? (?:at|with|for|in|by)|(?i:joined)) "
            + "(" + EMPLOYER_RUN + ")");
    /**
     * An employer after a job title: "Lecturer at the Institute of Information Technology", "Associate
     * Software Engineer in Oracle India Pvt Ltd." ("in" only before a name with a legal form: "Engineer
     * in Machine Learning" names a field).
     */
    private static final Pattern TITLE_EMPLOYER = Pattern.compile(" (?:at(?: the)?|(?i:in)(?= " + EMPLOYER_RUN + "(?<=(?i:ltd\\.?|limited|inc\\.?|corp\\.?|corporation|llc))(?![\\p{L}])))"
            + " (" + EMPLOYER_RUN + ")");
    /** A further employer of the same sentence's list: "work at TRE Bank, ZiNc and NAB Banks". */
    private static final Pattern NEXT_EMPLOYER = Pattern.compile("(?:, (?:and )?| and | & )(" + EMPLOYER_RUN + ")");

    /** The verbs {@link #PROSE_EMPLOYER} starts with, lower case: looked up per word, the pattern tried only at them. */
    private static final Set<String> EMPLOYMENT_VERBS = Set.of("worked", "working", "work", "employed", "serving", "served", "joined",
            "internship", "interned", "intern");

    /**
     * The employers named in sentences ({@link #PROSE_EMPLOYER}) as {start, end}: the same as scanning
     * the whole text, but the pattern is tried only at an employment verb (a set lookup per word).
     */
    static List<int[]> proseEmployers(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PROSE_EMPLOYER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher title = TITLE_EMPLOYER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j - i >= 4 && j - i <= 10 && EMPLOYMENT_VERBS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))
                    && m.region(i, Math.min(n, j + 300)).lookingAt()) {
                int end = m.end(1);
                while (end > m.start(1) && text.charAt(end - 1) == '.' && !Lexicon.hasLegalForm(text.substring(m.start(1), end))) {
                    end--; // the sentence's full stop
                }
                if (!nounFollows(text, m.end(1))) {
                    out.add(new int[] {m.start(1), end});
                    // "A, B and C": a list only when it ends in "and" ("Infosys, Pune" is a place)
                    Matcher next = NEXT_EMPLOYER.matcher(text);
                    List<int[]> more = new ArrayList<>();
                    boolean joined = false;
                    for (int at = m.end(1); !joined && more.size() < 3 && end == m.end(1)
                            && next.region(at, Math.min(n, at + 200)).lookingAt() && !nounFollows(text, next.end(1)); ) {
                        int e = next.end(1);
                        while (e > next.start(1) && text.charAt(e - 1) == '.' && !Lexicon.hasLegalForm(text.substring(next.start(1), e))) {
                            e--;
                        }
                        more.add(new int[] {next.start(1), e});
                        String sepAndRun = text.substring(at, e);
                        joined = sepAndRun.contains(" and ") || sepAndRun.contains(" & ") || sepAndRun.startsWith(", and ");
                        at = next.end(1);
                    }
                    int last = more.isEmpty() ? end : more.get(more.size() - 1)[1];
                    if (joined || !more.isEmpty() && (text.startsWith(" and ", last) || text.startsWith(" & ", last))) {
                        out.addAll(more);
                    }
                }
                j = Math.max(j, m.end());
            }
            if (j < n && j - i >= 3 && (text.startsWith(" at ", j) || text.startsWith(" in ", j))
                    && Lexicon.hasTitleWord(text.substring(i, j)) && title.region(j, Math.min(n, j + 200)).lookingAt()
                    && !nounFollows(text, title.end(1))) {
                int end = title.end(1);
                while (end > title.start(1) && text.charAt(end - 1) == '.' && !Lexicon.hasLegalForm(text.substring(title.start(1), end))) {
                    end--;
                }
                if (out.isEmpty() || out.get(out.size() - 1)[0] != title.start(1)) {
                    out.add(new int[] {title.start(1), end});
                }
                j = Math.max(j, title.end());
            }
            i = j;
        }
        return out;
    }

    /** Lower-case words that may follow a name in a sentence ("worked for NNIT in Denmark"). */
    private static final Set<String> AFTER_NAME = Set.of("in", "at", "as", "from", "since", "for", "to", "and", "on", "where", "during",
            "till", "until", "with", "of", "through", "via", "under", "between", "before", "after", "which", "who", "that", "a",
            "an", "the", "company", "pvt", "ltd", "inc", "llc", "limited");

    /** A lower-case noun right after the run: the run qualifies it ("worked with Data Visualization services"). */
    private static boolean nounFollows(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int to = end + 1;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        String word = text.substring(end + 1, to);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !AFTER_NAME.contains(word);
    }

    /** The comma inside a place ("Austin, TX"), which every match of {@link #BEFORE_PLACE} has. */
    private static final Pattern PLACE_COMMA = Pattern.compile(", ?\\p{Lu}");

    /**
     * The names before a place as {start, end}: the same as scanning the whole text with {@link
     * #BEFORE_PLACE}, but only over the lines holding a place's comma and the line before each (a
     * match spans at most one line break, between the name and its place).
     */
    static List<int[]> beforePlaces(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher p = BEFORE_PLACE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher comma = PLACE_COMMA.matcher(text);
        int n = text.length();
        int from = 0;
        int windowStart = -1, windowEnd = -1;
        while (true) { // windows merged where they touch
            boolean more = comma.find();
            int lineStart = more ? text.lastIndexOf('\n', comma.start()) + 1 : n;
            int start = more ? (lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0) : n;
            if (more && windowEnd >= 0 && start <= windowEnd) {
                int end = text.indexOf('\n', comma.end());
                windowEnd = Math.max(windowEnd, end < 0 ? n : end);
                continue;
            }
            if (windowEnd >= 0) {
                int at = Math.max(from, windowStart);
                while (at < windowEnd && p.region(at, windowEnd).find()) {
                    String place = p.group(2);
                    // "Nishinomiya, Hyogo, Japan": one word before "Region, Country" (named, not a code) is a city
                    // "Rapid7, Austin, Texas": but a word before a known city and its region is the employer there
                    String word = p.group(1);
                    boolean beforeCity = word.length() > 2 && !Lexicon.isCity(word)
                            && Lexicon.isCity(place.substring(0, place.indexOf(',')));
                    boolean address = word.indexOf(' ') < 0 && !CITY_REGION.matcher(place).matches() && Lexicon.isLocation(place)
                            && !beforeCity;
                    if (isPlace(place) && !address) {
                        out.add(new int[] {p.start(1), p.end(1)});
                    }
                    at = p.start(2); // the place may name the next one's start
                    from = at;
                }
            }
            if (!more) {
                return out;
            }
            int end = text.indexOf('\n', comma.end());
            windowStart = start;
            windowEnd = end < 0 ? n : end;
        }
    }

    /** The shipped skill vocabulary (shared with the enricher), and a matcher over it. */
    private static final class Vocabulary {
        static final SkillTaxonomy TAXONOMY = SkillTaxonomy.shipped();
        static final SkillMatcher MATCHER = new SkillMatcher(TAXONOMY);
    }

    /**
     * A product, not an employer: the name is a skill ("SharePoint"), or skills (with their vendors)
     * cover every letter and digit of it ("SAP ABAP", "Microsoft SharePoint"). A legal form makes it a
     * company ("Oracle Corporation"), and so does a vendor named alone ("Microsoft").
     */
    static boolean isProduct(String name) {
        if (Lexicon.hasLegalForm(name) || SkillMatcher.isVendor(name.strip())) {
            return false;
        }
        if (Vocabulary.TAXONOMY.canonicalOf(name).isPresent()) {
            return true;
        }
        boolean[] covered = new boolean[name.length()];
        for (SkillMatcher.Mention m : Vocabulary.MATCHER.find(name, i -> false)) {
            java.util.Arrays.fill(covered, Math.max(0, m.start()), Math.min(name.length(), m.end()), true);
        }
        Matcher word = Pattern.compile("\\S+").matcher(name);
        while (word.find()) { // the vendor before its product ("Microsoft" in "Microsoft SharePoint")
            if (SkillMatcher.isVendor(word.group())) {
                java.util.Arrays.fill(covered, word.start(), word.end(), true);
            }
        }
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetterOrDigit(name.charAt(i))) {
                if (!covered[i]) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Words that end in a dot inside a name ("Pvt. Ltd.", "Dept. of", "Intl. Business"): no sentence ends there. */
    private static final Set<String> ABBREVIATIONS = Set.of("pvt", "ltd", "inc", "corp", "co", "dept", "intl", "mfg", "bros",
            "assn", "assoc", "govt", "natl", "univ", "st", "mt", "ft", "dr", "jr", "sr", "no");

    /**
     * The last ". " in {@code [start, end)} that ends a sentence, or -1: the dot of an abbreviation
     * ("Pvt.", "Co.") or of an initial ("U.S.", "J.") does not, nor one within the first word.
     */
    static int sentenceStop(String text, int start, int end) {
        for (int stop = text.lastIndexOf(". ", end); stop >= start && stop - start > 3; stop = text.lastIndexOf(". ", stop - 1)) {
            int w = stop;
            while (w > start && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, stop);
            if (word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return stop;
            }
        }
        return -1;
    }

    /** "Senior Software Engineer": the organization word is the start of a title, not the end of a name. */
    private static boolean titleFollows(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ' && from - end < 2) {
            from++;
        }
        if (from == end || from - end > 1) {
            return false;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return to > from && Lexicon.hasTitleWord(text.substring(from, to));
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                sb.append(Character.toLowerCase(s.charAt(i)));
            }
        }
        return sb.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
