package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the roles and projects a résumé describes. {@link #readings()} lists the ways of reading
 * them, most explicit first: {@link LayoutReading standard layouts} it recognises (a LinkedIn export, a
 * Europass CV; when one reads roles, only its roles are kept), {@link TableReading tables with a header row}, {@link LabelledFieldsReading
 * labelled fields}, {@link DateAnchorReading
 * date anchors}, a {@link ChronologyReading chronology} of joined/left events, {@link
 * UndatedHeadingReading undated headings}, {@link NarrativeReading narratives} and, last, {@link
 * RecognizedNameReading organizations the name finder or a name shape proposes} on what the rules left. They run in that
 * order over one {@link RoleContext}; each claims the lines it reads in the shared {@link
 * RoleClaims}, and a later reading leaves claimed lines alone.
 *
 * <p>What they find is then merged: sorted by position, repeats (same kind, organization, title and
 * start; or an undated role at an employer a dated role names) dropped, the dated entries inside a role heading's block made its projects
 * ({@link NestedEntries}), a title with no organization put under the employer named just above it. Each
 * entry's block runs to the next entry or the end of its section; its bullets are highlights and
 * its first stated team size the team size.
 */
public final class RoleExtractor {
    private static final Pattern TEAM_SIZE = Pattern.compile(
            "team of (?:about |around |~)?(\\d{1,4})|(\\d{1,4})[- ](?:person|people|member|engineer|developer)s?\\s+(?:\\w+\\s+)?team"
            + "|team (?:consisted of|consisting of|included|includes|comprised|comprising|of|with) (?:about |around |~)?(\\d{1,4})"
            + "|~?(\\d{1,4})-engineer|team size\\W{1,6}(\\d{1,4})|(?:led|lead|leading|managed|managing|mentored)\\s+(\\d{1,4})\\s+(?:engineers|developers|people|members)"
            + "|(?:チーム|メンバー|人数)\\D{0,6}?(\\d{1,4})\\s*(?:名|人)|(\\d{1,4})\\s*(?:名|人)(?:の|規模の)?(?:チーム|メンバー|体制)"
            + "|(?:구성원|인원|팀원)\\D{0,6}?(\\d{1,4})\\s*명|(\\d{1,4})\\s*명(?:의|으로 구성된)?\\s*(?:팀|구성원|개발팀)"
            + "|équipe de (\\d{1,4})|team von (\\d{1,4})|equipo de (\\d{1,4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Roles (jobs) and projects, each in text order. */
    public record Extraction(List<FoundRole> roles, List<FoundProject> projects) {
        /** Both, in text order. */
        public List<FoundEntry> all() {
            List<FoundEntry> out = new ArrayList<>(roles);
            out.addAll(projects);
            out.sort(Comparator.comparingInt(FoundEntry::headerStart));
            return out;
        }
    }

    private final List<RoleReading> readings;

    public RoleExtractor() {
        this(readings());
    }

    /** With another list of readings (the rules plus a recogniser, or one reading alone in a test). */
    RoleExtractor(List<RoleReading> readings) {
        this.readings = List.copyOf(readings);
    }

    /**
     * The readings, in the order they run. This is the one place a reading is added; one that only
     * proposes names (a statistical recogniser) goes last, where it sees every line the rules left.
     */
    static List<RoleReading> readings() {
        return List.of(new LinkedInExportReading(), new EuropassReading(), new TableReading(), new LabelledFieldsReading(), new DateAnchorReading(), new ChronologyReading(),
                new UndatedHeadingReading(), new NarrativeReading(), new RecognizedNameReading());
    }

    public Extraction extract(ResumeText text, List<Section> sections, List<DateRange> ranges) {
        return extract(text, sections, ranges, null);
    }

    /** As above, for a document in {@code language} (ISO 639-1, null when unknown); the recogniser reads English only. */
    public Extraction extract(ResumeText text, List<Section> sections, List<DateRange> ranges, String language) {
        return extract(text, sections, ranges, language, PageLayout.NONE);
    }

    /** As above, with what the document's pages showed, for the readings that use it. */
    public Extraction extract(ResumeText text, List<Section> sections, List<DateRange> ranges, String language, PageLayout layout) {
        RoleContext context = RoleContext.of(text, sections, ranges, language, layout);
        RoleClaims claims = new RoleClaims();
        List<FoundEntry> layoutRoles = new ArrayList<>();
        for (RoleReading reading : readings) {
            List<FoundEntry> read = reading.read(context, claims);
            claims.addFound(read);
            if (reading instanceof LayoutReading) {
                read.stream().filter(e -> e instanceof FoundRole).forEach(layoutRoles::add);
            }
        }
        List<FoundEntry> all = claims.found();
        if (!layoutRoles.isEmpty()) {
            // a recognised layout read every role: the general readings' roles are its durations, footers and sidebar
            all = all.stream().filter(e -> e instanceof FoundProject || layoutRoles.contains(e)).toList();
        } else {
            List<FoundEntry> proposed = all;
            all = all.stream().filter(e -> !MisplacedHeaders.misplaced(e, proposed, text, sections)).toList();
        }
        all = all.stream().filter(e -> !isCareerBreak(e)).toList();
        List<FoundEntry> merged = finish(text, sections, NestedEntries.demote(dedupe(all), text));
        List<FoundRole> roles = new ArrayList<>();
        List<FoundProject> projects = new ArrayList<>();
        for (FoundEntry e : merged) {
            if (e instanceof FoundRole r) {
                roles.add(r.withTitleAndOrganizationSorted());
            } else if (e instanceof FoundProject p) {
                projects.add(p);
            }
        }
        return new Extraction(roles, projects);
    }

    /** Words naming a time away from work: a career break, leave, a sabbatical, further training between jobs. */
    private static final Lexicon.Phrases BREAK_WORDS = new Lexicon.Phrases("sabbatical", "career break", "parental leave",
            "maternity leave", "paternity leave", "gap year", "sabbatjahr", "auszeit", "elternzeit", "weiterbildung", "fortbildung",
            "berufliche neuorientierung", "année sabbatique", "congé parental", "congé maternité", "año sabático", "excedencia",
            "休職", "育児休業", "育休", "육아휴직", "휴직", "경력 단절");

    /**
     * A dated entry that names no employer and no post, only a break ("Sabbatical / Weiterbildung",
     * "Career break", "Elternzeit"): a gap in the career, not a role.
     */
    static boolean isCareerBreak(FoundEntry e) {
        if (!(e instanceof FoundRole r)) {
            return false;
        }
        return (r.title() != null || r.organization() != null) && (r.title() == null || BREAK_WORDS.covers(r.title()))
                && (r.organization() == null || BREAK_WORDS.covers(r.organization()));
    }

    private static List<FoundEntry> dedupe(List<FoundEntry> entries) {
        List<FoundEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(FoundEntry::headerStart));
        List<FoundEntry> out = new ArrayList<>();
        for (FoundEntry r : sorted) {
            boolean dup = out.stream().anyMatch(o -> o.getClass() == r.getClass() && key(name(o)).equals(key(name(r)))
                    && key(title(o)).equals(key(title(r))) && Objects.equals(o.start(), r.start()));
            // an undated mention of an employer that a dated role already names repeats it (a project list, a summary)
            boolean repeat = r instanceof FoundRole && undated(r) && name(r) != null && sorted.stream().anyMatch(o ->
                    o instanceof FoundRole && !undated(o) && key(name(o)).equals(key(name(r))));
            // an untitled role at an employer and start that a titled role names: a detail block under the
            // employer's name repeating what an overview table ("Company | Period | Role") said
            boolean detail = r instanceof FoundRole && title(r) == null && name(r) != null && r.start() != null && sorted.stream().anyMatch(o ->
                    o != r && o instanceof FoundRole && title(o) != null && key(name(o)).equals(key(name(r))) && Objects.equals(o.start(), r.start()));
            if (!dup && !repeat && !detail) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean undated(FoundEntry e) {
        return e.start() == null && e.end() == null && !e.current();
    }

    /** The organization of a role, the name of a project. */
    private static String name(FoundEntry e) {
        return e instanceof FoundRole r ? r.organization() : ((FoundProject) e).name();
    }

    /** The title of a role, the candidate's role in a project. */
    private static String title(FoundEntry e) {
        return e instanceof FoundRole r ? r.title() : ((FoundProject) e).role();
    }

    private static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private List<FoundEntry> finish(ResumeText text, List<Section> sections, List<FoundEntry> entries) {
        List<FoundEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FoundEntry e = entries.get(i);
            if (e instanceof FoundRole r && r.organization() == null && r.title() != null && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof FoundRole prev && prev.organization() != null) {
                // Several positions listed under one employer (LinkedIn's layout): the title stands under the last company named.
                e = r.under(prev.organization(), prev.location());
            }
            int sectionEnd = text.text().length();
            for (Section s : sections) {
                if (s.contains(e.headerStart()) && s.kind() != SectionKind.OTHER && s.kind() != SectionKind.HEADER) {
                    sectionEnd = s.end();
                }
            }
            int nextStart = i + 1 < entries.size() ? entries.get(i + 1).headerStart() : text.text().length();
            int blockEnd = Math.max(e.blockEnd(), Math.min(sectionEnd, nextStart));
            String block = text.text().substring(e.headerStart(), blockEnd);
            Integer team = e.teamSize() != null ? e.teamSize() : teamSize(block);
            if (e instanceof FoundRole r) {
                if (r.title() == null && r.organization() != null && r.headerEnd() < blockEnd) {
                    String stated = statedTitle(text.text().substring(r.headerEnd(), Math.min(blockEnd, r.headerEnd() + STATED_TITLE_REACH)));
                    r = stated != null ? r.titled(stated) : r;
                }
                out.add(r.withBlock(blockEnd, team, highlights(text, r.headerEnd(), blockEnd)));
            } else {
                out.add(((FoundProject) e).withBlock(blockEnd, team));
            }
        }
        return out;
    }

    /** How far into a role's description a title stated in its prose is looked for. */
    private static final int STATED_TITLE_REACH = 400;
    /**
     * "…システムエンジニアとして…": a Japanese description naming the candidate's post ("as a systems engineer"),
     * the post a run of katakana, kanji and Latin letters just before として (a particle or punctuation ends it).
     */
    private static final Pattern AS_POST = Pattern.compile("([\\p{IsKatakana}ー・\\p{IsHan}A-Za-zＡ-Ｚａ-ｚ]{2,30})として");

    /**
     * The title an untitled role's description states ("Webフロントエンドエンジニアとして様々な分野で活動"): the
     * first post named before として that carries a title word ("会社創業メンバーとして" names none), or null.
     */
    static String statedTitle(String description) {
        Matcher m = AS_POST.matcher(description);
        while (m.find()) {
            String post = m.group(1);
            if (Lexicon.hasTitleWord(post) && !Lexicon.hasLegalForm(post)) {
                return post;
            }
        }
        return null;
    }

    private static final String[] TEAM_WORDS = {"team", "person", "people", "member", "engineer", "led ", "lead", "manag",
        "mentor", "チーム", "メンバー", "人数", "名", "人", "구성원", "인원", "팀", "명", "équipe", "equipo"};

    /** The first team size stated in a block; only lines with a digit and a team word are searched. */
    static Integer teamSize(String block) {
        Matcher m = TEAM_SIZE.matcher(block);
        int start = 0;
        while (start < block.length()) {
            int nl = block.indexOf('\n', start);
            int end = nl < 0 ? block.length() : nl;
            if (hasDigit(block, start, end) && hasTeamWord(block.substring(start, end).toLowerCase(Locale.ROOT))) {
                m.region(start, end);
                if (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            int n = Integer.parseInt(m.group(g));
                            return n > 0 && n < 10000 ? n : null;
                        }
                    }
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTeamWord(String lowerLine) {
        for (String w : TEAM_WORDS) {
            if (lowerLine.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> highlights(ResumeText text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = text.lineAt(Math.min(from, text.text().length())); i < text.lines().size(); i++) {
            ResumeText.Line l = text.lines().get(i);
            if (l.start() >= to || out.size() >= 30) {
                break;
            }
            if (l.start() >= from && RoleLines.startsWithBullet(l.content())) {
                String h = HeaderParser.clean(RoleLines.BULLET.matcher(l.content()).replaceFirst(""));
                if (h.length() > 2) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
