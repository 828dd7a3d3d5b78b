package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.List;

/**
 * Roles the general readings proposed at places where a résumé never puts a role header. A role
 * (never a project, never a recognised standard layout's role) is dropped when its header
 * <ol>
 *   <li>starts in an education section and runs over the heading of the next known section (a
 *       school tied to the date that opens the experience section below it), or lies there on a
 *       bullet line ("• Senior Project: a flight tracker"), or undated under a coursework label ("Relevant Coursework", "Modules", "履修科目"; words in
 *       {@code coursework-words.txt}) with no year between: projects and courses of a degree are
 *       no jobs;</li>
 *   <li>is undated on a bullet line that names two more proposed roles (a list: "for the group's
 *       companies (A LLC, B LLC, C LLC)"), or under a heading that names no work (skills,
 *       languages, certifications, education): a bullet's body belongs to the entry above it. One
 *       or two names on a bullet may be an employment statement ("Engineer in A Ltd. (through B
 *       Ltd)") and stay, as does a dated bullet ("• Analyst, Acme, 2019–2021");</li>
 *   <li>is on a line of an entry's body (a bullet, or a tab-indented sentence: an HTML list item)
 *       with no date of its own, and has the very period of another role: a company named in a
 *       bullet ("APIs used by Acme Insurance Group") that was handed a neighbour's dates;</li>
 *   <li>is undated under a heading, or after a line's label, that names no work ("Publications",
 *       "Awards & Learning", "Interests:"; words in {@code no-work-headings.txt}): a venue, an
 *       award or an interest.</li>
 * </ol>
 * Whole education sections are not refused: in flattened text an unrecognised experience heading
 * leaves the jobs inside the education section before it.
 */
final class MisplacedHeaders {
    private MisplacedHeaders() {}

    /** Whether {@code entry} stands where no role header stands; {@code all} are the roles proposed beside it. */
    static boolean misplaced(FoundEntry entry, List<FoundEntry> all, ResumeText text, List<Section> sections) {
        if (!(entry instanceof FoundRole role)) {
            return false;
        }
        boolean undated = role.start() == null && role.end() == null && !role.current();
        boolean bullet = onBulletLine(text, role.headerStart());
        if (Sections.kindAt(sections, role.headerStart()) == SectionKind.EDUCATION
                && (spansSectionStart(role, sections) || bullet || undated && underCourseworkLabel(text, role.headerStart()))) {
            return true;
        }
        if (!undated && bodyLine(text, role.headerStart()) && borrowsDates(role, all, text)) {
            return true;
        }
        if (undated && underNoWorkHeading(text, role.headerStart())) {
            return true;
        }
        return undated && bullet && (othersOnLine(role, all, text) >= 2 || outsideWork(sections, role.headerStart()));
    }

    /** Lines looked at above an entry for the heading it stands under. */
    private static final int HEADING_LINES = 60;

    private static final List<String> NO_WORK = words("/dev/vitae/enricher/no-work-headings.txt");

    /**
     * The line's own leading label ("Interests: …"), or the nearest short heading-like line above
     * before any known section heading, names a part of a résumé that lists no jobs
     * ({@code no-work-headings.txt}: publications, awards, interests, references…). The section
     * splitter does not know these headings, so their lists run on inside the section before.
     */
    private static boolean underNoWorkHeading(ResumeText text, int offset) {
        ResumeText.Line at = lineAt(text, offset);
        if (at == null) {
            return false;
        }
        String own = at.trimmed();
        int colon = own.indexOf(':');
        if (colon > 0 && offset > at.start() + colon && namesNoWork(own.substring(0, colon))) {
            return true;
        }
        List<ResumeText.Line> lines = text.lines();
        for (int i = at.index() - 1; i >= 0 && i >= at.index() - HEADING_LINES; i--) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty() || t.length() > 80) {
                continue;
            }
            if (namesNoWork(t)) {
                return true;
            }
            if (Sections.kindOf(t) != null) {
                return false; // a known section ("Research internships") opened below the last no-work heading
            }
        }
        return false;
    }

    /**
     * A heading of at most three words, no sentence (no final full stop) and no year, whose first or
     * last word is a no-work word: "Publications", "Awards & Learning", "Peer-reviewed papers", but
     * not "References available upon request" or "… Trade Shows and Conferences.".
     */
    private static boolean namesNoWork(String line) {
        String t = line.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[:：]$", "").strip();
        if (t.isEmpty() || t.endsWith(".") || DATED.matcher(t).find()) {
            return false;
        }
        String[] words = java.util.Arrays.stream(t.split("[\\s&/,]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0 || words.length > 3) {
            return false;
        }
        String first = words[0], last = words[words.length - 1];
        return NO_WORK.stream().anyMatch(w -> w.equals(first) || w.equals(last) || w.equals(t)
                || !latinLetter(w.charAt(0)) && t.contains(w));
    }

    /**
     * Another role has the same dates, and this one's are not on its own line: the name was read out
     * of a bullet and handed the period of the entry above or below it.
     */
    private static boolean borrowsDates(FoundRole role, List<FoundEntry> all, ResumeText text) {
        ResumeText.Line line = lineAt(text, role.headerStart());
        boolean datedHere = line != null && DateParser.ranges(line.content()).size() > 0;
        return !datedHere && all.stream().anyMatch(o -> o != role && o instanceof FoundRole
                && java.util.Objects.equals(o.start(), role.start())
                && java.util.Objects.equals(o.end(), role.end()) && o.current() == role.current());
    }

    /**
     * A line of an entry's body: it opens with a bullet, or (an HTML list item, which arrives
     * indented by a tab) it opens with a tab and reads as a sentence of six words or more.
     */
    private static boolean bodyLine(ResumeText text, int offset) {
        ResumeText.Line line = lineAt(text, offset);
        if (line == null) {
            return false;
        }
        String c = line.content();
        if (RoleLines.startsWithBullet(c)) {
            return true;
        }
        return c.startsWith("\t") && c.strip().split("\\s+").length >= 6;
    }

    /**
     * The header runs over the heading of a known section: a school ending the education section tied
     * to the date opening the next. (A narrative's header may run over sub-headings; it does not start in education.)
     */
    private static boolean spansSectionStart(FoundRole role, List<Section> sections) {
        // only a heading of a known kind: a sub-heading inside experience ("### Acme") opens an OTHER section of its own
        return sections.stream().anyMatch(s -> s.start() > role.headerStart() && s.start() < role.headerEnd()
                && s.kind() != SectionKind.OTHER && s.kind() != SectionKind.HEADER);
    }

    /** Lines looked at above an entry for a coursework label. */
    private static final int COURSE_LIST_LINES = 40;

    /**
     * A short label line with a coursework word ("Select Coursework", "Modules:") stands above
     * {@code offset}, with no dated line between: the line is one course of its list.
     */
    private static boolean underCourseworkLabel(ResumeText text, int offset) {
        List<ResumeText.Line> lines = text.lines();
        ResumeText.Line at = lineAt(text, offset);
        if (at == null) {
            return false;
        }
        for (int i = at.index() - 1; i >= 0 && i >= at.index() - COURSE_LIST_LINES; i--) {
            String t = lines.get(i).trimmed().toLowerCase(java.util.Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (DATED.matcher(t).find()) {
                return false;
            }
            if (t.length() <= 40 && COURSEWORK.stream().anyMatch(w -> containsWord(t, w))) {
                return true;
            }
        }
        return false;
    }

    /** A year: a line with one belongs to a dated entry, not to a course list. */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    private static final List<String> COURSEWORK = words("/dev/vitae/enricher/coursework-words.txt");

    private static boolean containsWord(String line, String word) {
        int i = line.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            boolean left = i == 0 || !latinLetter(line.charAt(i - 1));
            boolean right = end >= line.length() || !latinLetter(line.charAt(end));
            if (left && right) {
                return true;
            }
            i = line.indexOf(word, i + 1);
        }
        return false;
    }

    /** Japanese and Korean words stand in running text without spaces: only alphabetic scripts have word boundaries here. */
    private static boolean latinLetter(char c) {
        return Character.isLetter(c) && c < 0x2E80;
    }

    private static List<String> words(String resource) {
        try (java.io.InputStream in = MisplacedHeaders.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * How many other proposed roles start on the same line. Three names on one bullet are a list
     * ("for the group's companies (A LLC, B LLC, C LLC)"); one or two may be an employment
     * statement ("Engineer in A Ltd. (through B Ltd)").
     */
    private static long othersOnLine(FoundRole role, List<FoundEntry> all, ResumeText text) {
        ResumeText.Line line = lineAt(text, role.headerStart());
        return line == null ? 0 : all.stream().filter(o -> o != role && o instanceof FoundRole
                && o.headerStart() >= line.start() && o.headerStart() <= line.end()).count();
    }

    /** Under a heading that names no work (awards, publications, skills, languages, certifications). */
    private static boolean outsideWork(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.contains(offset)) {
                return s.headingLine() >= 0 && s.kind() != SectionKind.EXPERIENCE && s.kind() != SectionKind.PROJECTS
                        && s.kind() != SectionKind.HEADER && s.kind() != SectionKind.SUMMARY;
            }
        }
        return false;
    }

    private static ResumeText.Line lineAt(ResumeText text, int offset) {
        for (ResumeText.Line line : text.lines()) {
            if (offset >= line.start() && offset <= line.end()) {
                return line;
            }
        }
        return null;
    }

    /** The line holding {@code offset} opens with a bullet, and {@code offset} lies after it. */
    private static boolean onBulletLine(ResumeText text, int offset) {
        for (ResumeText.Line line : text.lines()) {
            if (offset >= line.start() && offset <= line.end()) {
                return RoleLines.startsWithBullet(line.content()) && offset > line.start() + leadingSpace(line.content());
            }
        }
        return false;
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
