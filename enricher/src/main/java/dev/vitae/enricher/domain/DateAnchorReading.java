package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Roles anchored on date ranges: each range in an experience section (or anywhere outside
 * education and project sections when the résumé has no experience heading) anchors a role, each
 * range in a projects section a project. The header is the rest of the date's line plus the nearest
 * header-like lines above (up to three lines, one blank line allowed), and below (up to two, after
 * at most one blank line) while title or organization is still missing. Lines with labelled fields are left to that reading.
 */
final class DateAnchorReading implements RoleReading {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TENURE = Pattern.compile(
            "[(（·•|-]?\\s*\\d+\\+?\\s*(?:years?|yrs?|y|months?|mos?|ans?|mois|jahre?|monate?|años?|meses|年|ヶ月|か月|년|개월)"
            + "(?:\\s*\\d+\\s*(?:months?|mos?|mois|monate?|meses|ヶ月|か月|개월))?\\s*[)）]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "date-anchor";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        ResumeText text = context.text();
        List<FoundEntry> out = new ArrayList<>();
        // sections whose entries put the dates first, alone on their line, the header below them
        java.util.Set<Integer> datesFirst = new java.util.HashSet<>();
        // sections whose entries lead their first line with the dates, the rest of the header beside and below them
        java.util.Set<Integer> datesLead = new java.util.HashSet<>();
        for (DateRange range : context.ranges()) {
            int lineIdx = text.lineAt(range.start());
            SectionKind kind = Sections.kindAt(context.sections(), range.start());
            if (claims.isClaimed(lineIdx) || context.fieldLines().contains(lineIdx) || text.lines().get(lineIdx).content().length() > 160) {
                continue;
            }
            boolean roleSection = kind == SectionKind.EXPERIENCE || (!context.hasExperienceSection()
                    && (kind == SectionKind.HEADER || kind == SectionKind.OTHER || kind == SectionKind.SUMMARY));
            if (roleSection || kind == SectionKind.PROJECTS) {
                int section = sectionStart(context, range.start());
                boolean[] readBelow = new boolean[2];
                FoundEntry r = fromAnchor(context, range, lineIdx, claims, kind == SectionKind.PROJECTS || underProjectColumns(context, lineIdx),
                        datesFirst.contains(section),
                        datesLead.contains(section), readBelow);
                if (r != null) {
                    out.add(r);
                    if (readBelow[0]) {
                        datesFirst.add(section);
                    }
                    if (readBelow[1]) {
                        datesLead.add(section);
                    }
                }
            }
        }
        return out;
    }

    /** Column names of a table whose rows are projects ("プロジェクト 期間 役割 チーム人数"), and of its period column. */
    private static final java.util.Set<String> PROJECT_COLUMNS = java.util.Set.of("プロジェクト", "プロジェクト名", "案件", "案件名", "프로젝트",
            "프로젝트명", "project", "projects", "projet", "projets", "proyecto", "proyectos", "projekt", "projekte");
    private static final java.util.Set<String> PERIOD_COLUMNS = java.util.Set.of("期間", "時期", "기간", "period", "dates", "période",
            "periodo", "zeitraum");

    /**
     * Whether line {@code lineIdx} is a row of a table whose header row (the first undated line above
     * it, past the rows before it) names the project in its first column and the period in another:
     * "プロジェクト 期間 役割 チーム人数" / "カーシェアアプリ 2025/08-現在 QAメンバー 27名" is a project, whatever section it is in.
     */
    private static boolean underProjectColumns(RoleContext context, int lineIdx) {
        List<ResumeText.Line> lines = context.lines();
        for (int i = lineIdx - 1, seen = 0; i >= 0 && seen < 8; i--) {
            ResumeText.Line l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            if (!DateParser.ranges(l.content()).isEmpty()) {
                continue; // an earlier row
            }
            String[] cells = l.content().strip().toLowerCase(java.util.Locale.ROOT).split("\\s*\\t\\s*|\\s{1,}");
            return cells.length >= 3 && PROJECT_COLUMNS.contains(cells[0])
                    && java.util.Arrays.stream(cells).skip(1).anyMatch(PERIOD_COLUMNS::contains);
        }
        return false;
    }

    /** Only blank lines or the section's heading stand between the section's start and line {@code lineIdx}. */
    private static boolean opensSection(RoleContext context, int lineIdx) {
        ResumeText.Line line = context.lines().get(lineIdx);
        for (Sections.Section s : context.sections()) {
            if (s.contains(line.start())) {
                for (int i = lineIdx - 1; i >= 0 && context.lines().get(i).end() > s.start(); i--) {
                    if (!context.lines().get(i).isBlank() && i != s.headingLine()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The start of the section holding {@code offset}, or -1. */
    private static int sectionStart(RoleContext context, int offset) {
        for (Sections.Section s : context.sections()) {
            if (s.contains(offset)) {
                return s.start();
            }
        }
        return -1;
    }

    /**
     * The entry {@code range} anchors. {@code datesFirst}: the section's earlier entries stood their
     * dates alone on a line above their header ("1982 – 1987" / "Law Offices of Gary Eisenberg" /
     * "Law Clerk"), so a date alone on its line heads the lines below it, and the lines above end
     * the previous entry. {@code readBelow[0]} is set when this entry was read so. {@code datesLead}: the
     * section's earlier entries opened their first line with the dates and had the rest of the header
     * beside and below them ("09/2019 – 01/2022 Platform Engineer" / "Kion Group GmbH"), so a line that
     * opens so reads nothing above it: the lines above end the previous entry's description (in German
     * every noun is capitalised, and a sentence's last line looks like a header). {@code readBelow[1]}
     * is set when this entry was read so.
     */
    private FoundEntry fromAnchor(RoleContext context, DateRange range, int lineIdx, RoleClaims claims, boolean project,
            boolean datesFirst, boolean datesLead, boolean[] readBelow) {
        ResumeText text = context.text();
        ResumeText.Line line = text.lines().get(lineIdx);
        // A range wrapped over two lines ("Jan 2019 –" / "Present") ends on a later line: its rest is read there.
        int lastIdx = Math.max(lineIdx, text.lineAt(Math.max(range.start(), range.end() - 1)));
        ResumeText.Line last = text.lines().get(lastIdx);
        String rest = (text.text().substring(line.start(), range.start()) + "  " + text.text().substring(Math.max(range.end(), last.start()), Math.max(range.end(), last.end())));
        rest = TENURE.matcher(rest).replaceAll(" ") // "(3 years 9 months)" after the dates is a length, not a name
                .replaceAll("[(（\\[]\\s*[)）\\]]", " ").replaceAll("\\s*[(（]\\s*$|^\\s*[)）]", " ");
        List<String> header = new ArrayList<>();
        if (!HeaderParser.clean(rest).isEmpty()) {
            header.add(rest);
        }
        for (int i = lineIdx; i <= lastIdx; i++) {
            claims.claim(i, this);
        }
        int headerStart = line.start(), headerEnd = last.end();
        HeaderParser.Header h = HeaderParser.parse(header);
        List<Integer> above = new ArrayList<>();
        int blanks = 0;
        boolean alone = header.isEmpty();
        boolean leads = !alone && lineIdx == lastIdx && text.text().substring(line.start(), range.start()).isBlank();
        for (int i = lineIdx - 1; i >= 0 && !h.complete() && header.size() < 3 && !(alone && datesFirst) && !(leads && datesLead); i--) {
            ResumeText.Line prev = text.lines().get(i);
            if (prev.isBlank()) {
                if (++blanks > 1) {
                    break;
                }
                continue;
            }
            if (claims.isClaimed(i) || !RoleLines.isHeaderLike(prev.content())) {
                break;
            }
            header.add(0, prev.content());
            above.add(0, i);
            blanks = 0; // "Title", blank, "Org - City -", blank, dates: one blank between each header line
            claims.claim(i, this);
            headerStart = prev.start();
            h = HeaderParser.parse(header);
        }
        if (leads && above.isEmpty() && h.complete() && !Lexicon.hasLegalForm(h.organization())) {
            // "08/2012 – 03/2014 Offering Manager, Technical Support Services" / "IBM Deutschland GmbH": the comma is
            // the title's own when the line below names a company by its legal form and the part after it does not
            ResumeText.Line next = lastIdx + 1 < text.lines().size() ? text.lines().get(lastIdx + 1) : null;
            if (next != null && !next.isBlank() && !claims.isClaimed(next.index()) && RoleLines.isHeaderLike(next.content())
                    && DateParser.ranges(next.content()).isEmpty() && Lexicon.hasLegalForm(next.content())) {
                h = new HeaderParser.Header(HeaderParser.clean(rest), HeaderParser.clean(next.content()), null);
                claims.claim(next.index(), this);
                headerEnd = next.end();
                readBelow[1] = true;
            }
        }
        // the date alone at its section's head (nothing header-like above) or in a section that puts its dates first
        boolean belowOnly = alone && (datesFirst || above.isEmpty() && opensSection(context, lineIdx));
        boolean placedBelow = false;
        if (header.size() == above.size()) { // the date stands alone on its line: the lines above are the whole header
            HeaderParser.Header byLayout = LayoutEvidence.organizationByTypeSize(h, above, context);
            ResumeText.Line next = lastIdx + 1 < text.lines().size() ? text.lines().get(lastIdx + 1) : null;
            HeaderParser.Header placed = byLayout == h || next == null || next.isBlank() || claims.isClaimed(next.index())
                    || !RoleLines.isHeaderLike(next.content()) || !DateParser.ranges(next.content()).isEmpty()
                    || headsNextAnchor(context, next.index()) ? null : LayoutEvidence.placeBelow(byLayout, above, next.index(), context);
            if (placed != null) {
                claims.claim(next.index(), this);
                headerEnd = next.end();
                placedBelow = true;
            }
            h = placed != null ? placed : byLayout;
        }
        int belowBlanks = 0, employerLine = -1;
        for (int k = placedBelow ? lastIdx + 2 : lastIdx + 1; !h.complete() && k < text.lines().size() && k <= lastIdx + 2 + belowBlanks; k++) {
            ResumeText.Line next = text.lines().get(k);
            if (next.isBlank() && belowBlanks == 0 && k == lastIdx + 1 && doubleSpacedBelow(text, lineIdx, k)) {
                belowBlanks++; // a PDF that sets a blank line after every line: "Title  Jan 2026 – Present", blank, "Org, City", blank
                continue;
            }
            if (k == lastIdx + 1 + belowBlanks && !claims.isClaimed(next.index()) && Durations.isDuration(next.trimmed())) {
                // the length of the role printed under its dates ("2021.05 - 2022.07 Acme" / "1년 3개월" / the title): no header line
                claims.claim(next.index(), this);
                belowBlanks++;
                continue;
            }
            if (next.isBlank() && belowBlanks == 0 && alone && k == lastIdx + 2 && header.size() == 1 && (h.title() == null) != (h.organization() == null)
                    && k + 1 < text.lines().size() && employerAfterBlank(context, claims, k + 1)) {
                belowBlanks++; // a date alone, its title below, a blank line, then the employer: "Jun 2021 – Jun 2023" / "Analyst" / "" / "Oasis Holdings"
                employerLine = k + 1;
                continue;
            }
            if (k == employerLine) { // the line below the date is the title, whatever its words; the employer is named in capitals or by its form
                String employer = next.content().strip();
                int cut = capitalsEnd(employer);
                h = new HeaderParser.Header(HeaderParser.clean(header.get(0)), HeaderParser.clean(cut > 0 ? employer.substring(0, cut) : employer),
                        cut > 0 ? blankToNull(HeaderParser.clean(employer.substring(cut))) : null);
                claims.claim(next.index(), this);
                headerEnd = next.end();
                break;
            }
            if (next.isBlank() || claims.isClaimed(next.index()) || !RoleLines.isHeaderLike(next.content())
                    || !DateParser.ranges(next.content()).isEmpty() || !belowOnly && !(leads && datesLead) && headsNextAnchor(context, k)) {
                // in a section whose entries lead with their dates, a line under this entry is its own, never the header of
                // a date standing alone below it ("2022.07 - 2023.11 Acme" / "1년 5개월" / "개발실/사원" / "2023.11 - 2024.03")
                break;
            }
            List<String> with = new ArrayList<>(header);
            with.add(next.content());
            HeaderParser.Header h2 = HeaderParser.parse(with);
            if ((h2.title() != null && h.title() == null) || (h2.organization() != null && h.organization() == null)) {
                readBelow[0] = belowOnly; // only a section that opens with a date alone is read dates-first: one entry so in a mixed section is not
                readBelow[1] = leads && above.isEmpty();
                h = h2;
                header = with;
                claims.claim(next.index(), this);
                headerEnd = next.end();
            } else {
                break;
            }
        }
        if (h.title() == null && h.organization() == null) {
            return null;
        }
        FoundEntry.Builder b = FoundEntry.builder().title(h.title()).organization(h.organization()).location(h.location())
                .period(range).header(headerStart, headerEnd);
        return project ? b.project() : b.role();
    }

    /**
     * Whether line {@code k}, after a blank line below a title, is the employer: header-like, undated,
     * with no title word, naming an organization by a legal form or an organization word, or opening
     * with two or more words in capitals.
     */
    private static boolean employerAfterBlank(RoleContext context, RoleClaims claims, int k) {
        ResumeText.Line line = context.lines().get(k);
        String c = line.content().strip();
        if (line.isBlank() || claims.isClaimed(k) || c.length() > 100 || !DateParser.ranges(c).isEmpty() || Lexicon.hasTitleWord(c)) {
            return false;
        }
        int words = c.split("\\s+").length;
        boolean capitals = capitalsEnd(c) > 0;
        // "COSTA NORTE CONSTRUCCIONES Barcelona. Edo. Anz.": a name in capitals, then its place, abbreviated
        // "COMPUTEC CA.": a short name wholly in capitals
        return RoleLines.isHeaderLike(c) ? Lexicon.hasOrgSuffix(c) || capitals || words >= 2 && words <= 5 && RoleLines.inCapitals(c)
                : capitals && words <= 10 && c.endsWith(".");
    }

    /** Where a run of two or more words in capitals that opens {@code s} ends, when words in another case follow; else -1. */
    private static int capitalsEnd(String s) {
        java.util.regex.Matcher m = WORD.matcher(s);
        int words = 0, end = -1;
        while (m.find()) {
            String w = m.group().replaceAll("[,;]$", "");
            if (w.length() < 2 || w.chars().noneMatch(Character::isLetter) || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return words >= 2 ? end : -1;
            }
            words++;
            end = m.start() + w.length();
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Whether the header may go on past the blank line {@code blank} below the date line {@code dateLine}:
     * the page sets every line apart — the date line has a blank line (or the text's start) above it,
     * and the line after the blank stands alone, a blank below it too — and that line is no label
     * ("Project: X", "Responsibilities:").
     */
    private static boolean doubleSpacedBelow(ResumeText text, int dateLine, int blank) {
        List<ResumeText.Line> lines = text.lines();
        if (blank + 2 >= lines.size() || (dateLine > 0 && !lines.get(dateLine - 1).isBlank())) {
            return false;
        }
        String after = lines.get(blank + 1).content();
        return !lines.get(blank + 1).isBlank() && lines.get(blank + 2).isBlank() && after.indexOf(':') < 0 && after.indexOf('：') < 0;
    }

    /**
     * Whether line {@code k} belongs to the next role's header: the header-like lines from it on
     * (one blank line allowed between them) lead to a period standing alone ("Analyst" / "Umbrella
     * Inc." / "2015 – 2017"). Taken by the role above, they would leave that next role with no
     * header, and drop it. A period with a name beside it ("2015 – 2017  Umbrella Inc.") has its own.
     */
    private static boolean headsNextAnchor(RoleContext context, int k) {
        List<ResumeText.Line> lines = context.lines();
        int blanks = 0, headerLines = 1;
        for (int j = k + 1; j < lines.size() && j <= k + 6; j++) {
            ResumeText.Line next = lines.get(j);
            if (next.isBlank()) {
                if (++blanks > 1) {
                    return false;
                }
                continue;
            }
            blanks = 0;
            for (DateRange r : context.ranges()) {
                if (r.start() >= next.start() && r.end() <= next.end()) {
                    String rest = context.text().text().substring(next.start(), r.start())
                            + context.text().text().substring(r.end(), next.end());
                    return HeaderParser.clean(TENURE.matcher(rest).replaceAll(" ")).isEmpty();
                }
            }
            if (!RoleLines.isHeaderLike(next.content()) || ++headerLines > 3) {
                return false;
            }
        }
        return false;
    }
}
