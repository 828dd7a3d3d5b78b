package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the roles a résumé describes, by four readings, most explicit first:
 * <ol>
 *   <li><b>Labelled fields</b>: "Title:", "| Company |", "Term:" and their equivalents form a role
 *       once an organization is known (from a field or the enclosing heading). Field groups with a
 *       period or team size but no organization are projects.</li>
 *   <li><b>Date anchors</b>: each date range in an experience section (or anywhere outside
 *       education and project sections when the résumé has no experience heading) anchors a role;
 *       its header is the rest of the line plus the nearest header-like lines above, and below
 *       when something is still missing.</li>
 *   <li><b>Undated headings</b> in experience sections of the form "Title（Org）", "Org — Title".</li>
 *   <li><b>Narratives</b>: in a block between horizontal rules with no role yet, "myself as the
 *       Senior Engineer" gives the title and "At Acme Corporation," or "Acme Corporation's" the
 *       organization.</li>
 * </ol>
 * Each role's block runs to the next role or the end of its section; its bullets are highlights.
 */
public final class RoleExtractor {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•・◦▪●■○–]|\\d+[.)])\\s+");
    private static final Pattern TENURE = Pattern.compile(
            "[(（·•|-]?\\s*\\d+\\+?\\s*(?:years?|yrs?|y|months?|mos?|ans?|mois|jahre?|monate?|años?|meses|年|ヶ月|か月|년|개월)"
            + "(?:\\s*\\d+\\s*(?:months?|mos?|mois|monate?|meses|ヶ月|か月|개월))?\\s*[)）]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|_{3,}|\\*{3,}|⸻+|—{3,}|={3,})\\s*$");
    private static final Pattern MYSELF_AS = Pattern.compile(
            "(?:myself|me)\\s+as\\s+(?:the|a|an)\\s+((?:[\\p{L}.]+[\\s-]?){1,6}?)(?=\\s*[,.;(]|\\s+(?:overseeing|responsible|leading|who|and|in|with|for|on|to)\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORKED_AS = Pattern.compile(
            "(?:worked|served|joined|hired|employed)\\s+as\\s+(?:the|a|an)\\s+((?:[\\p{L}.]+\\s?){1,6}?)\\s+(?:at|for|with)\\s+(\\p{Lu}[\\p{L}&.'-]*(?:\\s+\\p{Lu}[\\p{L}&.'-]*){0,4})",
            Pattern.UNICODE_CASE);
    private static final Pattern AT_ORG = Pattern.compile(
            "(?:At|While at|During my time at)\\s+(\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'-]*){0,4}),");
    private static final Pattern POSSESSIVE_ORG = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,4})(?:'s|’s|'|’)\\s+\\p{Ll}");
    private static final Pattern TEAM_SIZE = Pattern.compile(
            "team of (?:about |around |~)?(\\d{1,4})|(\\d{1,4})[- ](?:person|people|member|engineer|developer)s?\\s+(?:\\w+\\s+)?team"
            + "|team (?:consisted of|consisting of|included|includes|comprised|comprising|of|with) (?:about |around |~)?(\\d{1,4})"
            + "|~?(\\d{1,4})-engineer|team size\\W{1,6}(\\d{1,4})|(?:led|lead|leading|managed|managing|mentored)\\s+(\\d{1,4})\\s+(?:engineers|developers|people|members)"
            + "|(?:チーム|メンバー|人数)\\D{0,6}?(\\d{1,4})\\s*(?:名|人)|(\\d{1,4})\\s*(?:名|人)(?:の|規模の)?(?:チーム|メンバー|体制)"
            + "|(?:구성원|인원|팀원)\\D{0,6}?(\\d{1,4})\\s*명|(\\d{1,4})\\s*명(?:의|으로 구성된)?\\s*(?:팀|구성원|개발팀)"
            + "|équipe de (\\d{1,4})|team von (\\d{1,4})|equipo de (\\d{1,4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<FoundRole> extract(ResumeText text, List<Section> sections, List<DateRange> ranges) {
        List<Fields.Field> fields = Fields.of(text);
        Set<Integer> consumed = new HashSet<>();
        List<FoundRole> found = new ArrayList<>(fromFields(text, fields, consumed));
        boolean hasExperienceSection = sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);
        Set<Integer> fieldLines = new HashSet<>();
        fields.forEach(f -> fieldLines.add(f.line()));
        for (DateRange range : ranges) {
            int lineIdx = text.lineAt(range.start());
            SectionKind kind = Sections.kindAt(sections, range.start());
            if (consumed.contains(lineIdx) || fieldLines.contains(lineIdx) || text.lines().get(lineIdx).content().length() > 160) {
                continue;
            }
            boolean roleSection = kind == SectionKind.EXPERIENCE
                    || (!hasExperienceSection && (kind == SectionKind.HEADER || kind == SectionKind.OTHER || kind == SectionKind.SUMMARY));
            if (roleSection || kind == SectionKind.PROJECTS) {
                FoundRole r = fromAnchor(text, range, lineIdx, consumed, kind == SectionKind.PROJECTS);
                if (r != null) {
                    found.add(r);
                }
            }
        }
        found.addAll(fromChronology(text, consumed));
        found.addAll(fromUndatedHeadings(text, sections, consumed));
        found.addAll(fromNarratives(text, found));
        return finish(text, sections, dedupe(found));
    }

    // ---- 1. labelled fields

    /**
     * Fields are grouped by the heading they sit under. Consecutive groups merge into one role while
     * no label repeats with a different value; a deeper group with neither title nor organization
     * (a project's period and team under a company heading) is a project of its own.
     */
    private List<FoundRole> fromFields(ResumeText text, List<Fields.Field> fields, Set<Integer> consumed) {
        List<FoundRole> out = new ArrayList<>();
        List<List<Fields.Field>> groups = new ArrayList<>();
        int lastHeading = Integer.MIN_VALUE;
        for (Fields.Field f : fields) {
            int heading = headingLineAbove(text, f.line());
            if (groups.isEmpty() || heading != lastHeading) {
                groups.add(new ArrayList<>());
                lastHeading = heading;
            }
            groups.get(groups.size() - 1).add(f);
        }
        List<Fields.Field> draft = new ArrayList<>();
        int draftLevel = 0;
        for (List<Fields.Field> g : groups) {
            int level = headingLevel(text, headingLineAbove(text, g.get(0).line()));
            boolean identifies = g.stream().anyMatch(f -> f.kind() == Fields.Kind.TITLE || f.kind() == Fields.Kind.ORG);
            if (!draft.isEmpty() && !identifies && level > draftLevel) {
                close(text, g, out, consumed, true);
                continue;
            }
            boolean clash = g.stream().anyMatch(f -> draft.stream().anyMatch(d -> d.kind() == f.kind() && !d.value().equalsIgnoreCase(f.value())));
            if (clash) {
                close(text, draft, out, consumed, false);
                draft.clear();
            }
            if (draft.isEmpty()) {
                draftLevel = level;
            }
            draft.addAll(g);
        }
        close(text, draft, out, consumed, false);
        return out;
    }

    private static int headingLineAbove(ResumeText text, int line) {
        for (int i = line; i >= 0; i--) {
            if (headingLevel(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static int headingLevel(ResumeText text, int line) {
        if (line < 0) {
            return 0;
        }
        String c = text.lines().get(line).content();
        int level = 0;
        while (level < c.length() && c.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < c.length() && c.charAt(level) == ' ' ? level : 0;
    }

    private void close(ResumeText text, List<Fields.Field> draft, List<FoundRole> out, Set<Integer> consumed, boolean asProject) {
        if (draft.isEmpty()) {
            return;
        }
        String title = null, org = null, location = null;
        PartialDate start = null, end = null;
        boolean current = false;
        Integer team = null;
        boolean explicitOrgLabel = false;
        for (Fields.Field f : draft) {
            switch (f.kind()) {
                case TITLE -> title = title == null ? HeaderParser.clean(f.value()) : title;
                case ORG -> {
                    explicitOrgLabel = true;
                    if (!f.value().matches("(?i)^(https?://|www\\.).*")) {
                        org = org == null ? HeaderParser.clean(f.value()) : org;
                    }
                }
                case LOCATION -> location = location == null ? f.value() : location;
                case START -> start = start == null ? DateParser.parseDate(f.value()) : start;
                case END -> {
                    if (end == null && !current) {
                        end = DateParser.parseDate(f.value());
                        current = end == null && f.value().matches("(?iu).*(present|current|now|現在|현재|heute|aujourd|actual).*");
                    }
                }
                case PERIOD -> {
                    List<DateRange> r = DateParser.ranges(f.value());
                    if (!r.isEmpty() && start == null) {
                        start = r.get(0).from();
                        end = r.get(0).to();
                        current = r.get(0).current();
                    }
                }
                case TEAM -> {
                    Matcher m = Pattern.compile("\\d{1,4}").matcher(f.value());
                    if (team == null && m.find()) {
                        team = Integer.parseInt(m.group());
                    }
                }
            }
        }
        int firstLine = draft.get(0).line();
        String heading = enclosingHeading(text, firstLine);
        if (org == null && heading != null && (explicitOrgLabel || Lexicon.hasOrgSuffix(heading)) && !Lexicon.hasTitleWord(heading)) {
            org = heading;
        }
        boolean hasDates = start != null || current;
        int headerStart = text.lines().get(firstLine).start();
        int headerEnd = text.lines().get(draft.get(draft.size() - 1).line()).end();
        if (!asProject && org != null && (title != null || hasDates || explicitOrgLabel)) {
            draft.forEach(f -> consumed.add(f.line()));
            out.add(new FoundRole(title, org, location, start, end, current, team, List.of(), headerStart, headerEnd, headerEnd, false));
        } else if (hasDates || team != null) {
            draft.forEach(f -> consumed.add(f.line()));
            String name = heading != null ? heading : title != null ? title : org;
            if (name != null) {
                out.add(new FoundRole(title, name, location, start, end, current, team, List.of(), headerStart, headerEnd, headerEnd, true));
            }
        }
    }

    /** The text of the nearest Markdown heading above {@code line}, cleaned, or null. */
    private static String enclosingHeading(ResumeText text, int line) {
        for (int i = line; i >= 0; i--) {
            String c = text.lines().get(i).content();
            if (c.startsWith("#")) {
                String h = HeaderParser.clean(c);
                return h.isEmpty() ? null : h;
            }
        }
        return null;
    }

    // ---- 2. date anchors

    private FoundRole fromAnchor(ResumeText text, DateRange range, int lineIdx, Set<Integer> consumed, boolean project) {
        ResumeText.Line line = text.lines().get(lineIdx);
        String rest = (text.text().substring(line.start(), range.start()) + "  " + text.text().substring(range.end(), line.end()));
        rest = TENURE.matcher(rest).replaceAll(" ") // "(3 years 9 months)" after the dates is a length, not a name
                .replaceAll("[(（\\[]\\s*[)）\\]]", " ").replaceAll("\\s*[(（]\\s*$|^\\s*[)）]", " ");
        List<String> header = new ArrayList<>();
        if (!HeaderParser.clean(rest).isEmpty()) {
            header.add(rest);
        }
        consumed.add(lineIdx);
        int headerStart = line.start(), headerEnd = line.end();
        HeaderParser.Header h = HeaderParser.parse(header);
        int blanks = 0;
        for (int i = lineIdx - 1; i >= 0 && !h.complete() && header.size() < 3; i--) {
            ResumeText.Line prev = text.lines().get(i);
            if (prev.isBlank()) {
                if (++blanks > 1) {
                    break;
                }
                continue;
            }
            if (consumed.contains(i) || !isHeaderLike(prev.content())) {
                break;
            }
            header.add(0, prev.content());
            consumed.add(i);
            headerStart = prev.start();
            h = HeaderParser.parse(header);
        }
        for (int k = lineIdx + 1; !h.complete() && k < text.lines().size() && k <= lineIdx + 2; k++) {
            ResumeText.Line next = text.lines().get(k);
            if (next.isBlank() || consumed.contains(next.index()) || !isHeaderLike(next.content())
                    || !DateParser.ranges(next.content()).isEmpty()) {
                break;
            }
            List<String> with = new ArrayList<>(header);
            with.add(next.content());
            HeaderParser.Header h2 = HeaderParser.parse(with);
            if ((h2.title() != null && h.title() == null) || (h2.organization() != null && h.organization() == null)) {
                h = h2;
                header = with;
                consumed.add(next.index());
                headerEnd = next.end();
            } else {
                break;
            }
        }
        if (h.title() == null && h.organization() == null) {
            return null;
        }
        return new FoundRole(h.title(), h.organization(), h.location(), range.from(), range.to(), range.current(),
                null, List.of(), headerStart, headerEnd, headerEnd, project);
    }

    private static boolean isRule(String line) {
        String t = line.strip();
        return t.length() >= 1 && "-_*⸻—=".indexOf(t.charAt(0)) >= 0 && RULE.matcher(t).matches();
    }

    private static boolean startsWithBullet(String line) {
        String t = line.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return ("-*•・◦▪●■○–".indexOf(c) >= 0 || Character.isDigit(c)) && BULLET.matcher(line).find();
    }

    static boolean isHeaderLike(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 100 || t.endsWith(".") || t.endsWith("。") || startsWithBullet(line) && !t.startsWith("#")) {
            return false;
        }
        if (t.startsWith("#")) {
            return Sections.kindOf(Sections.clean(HeaderParser.clean(t))) == null;
        }
        if (t.startsWith("|") || t.startsWith("```") || isRule(t)) {
            return false;
        }
        return t.split("\\s+").length <= 12 && Sections.kindOf(Sections.clean(HeaderParser.clean(t))) == null;
    }

    // ---- 2b. chronology: "2014年4月 株式会社NTTデータ 入社" … "2019年10月 株式会社NTTデータ 退社" / "現在に至る"

    private static final Pattern JOINED = Pattern.compile("^\\s*(?<date>.+?[月월]|\\d{4}[./-]\\d{1,2})\\s+(?<org>.+?)\\s*(?:入社|入行|入庁|入職|に入社|입사)\\s*$");
    private static final Pattern LEFT = Pattern.compile("^\\s*(?<date>.+?[月월]|\\d{4}[./-]\\d{1,2})\\s+(?<org>.+?)\\s*(?:退社|退職|퇴사|퇴직)(?:\\s|（|\\(|$).*");
    private static final Pattern AS_TITLE = Pattern.compile("^[\\s・]*(?<title>[^、。\\s]{2,30}?)として");
    private static final Pattern PRESENT_LINE = Pattern.compile("^\\s*(?:現在に至る|現在まで|현재\\s*재직\\s*중|現職)");

    /**
     * Japanese and Korean résumés often list a career as dated events: joining a company (入社, 입사)
     * and leaving it (退社, 퇴사), "現在に至る" for the current one. The title is the "…として" of the
     * lines that follow.
     */
    private List<FoundRole> fromChronology(ResumeText text, Set<Integer> consumed) {
        List<FoundRole> out = new ArrayList<>();
        List<ResumeText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher j = JOINED.matcher(lines.get(i).content());
            if (consumed.contains(i) || !j.matches()) {
                continue;
            }
            PartialDate start = DateParser.parseDate(j.group("date").strip());
            String org = j.group("org").strip();
            if (start == null) {
                continue;
            }
            consumed.add(i);
            PartialDate end = null;
            boolean current = false;
            String title = null;
            int last = i;
            for (int k = i + 1; k < lines.size(); k++) {
                String c = lines.get(k).content();
                if (JOINED.matcher(c).matches()) {
                    break;
                }
                Matcher t = AS_TITLE.matcher(c);
                if (title == null && t.find()) {
                    title = t.group("title");
                }
                Matcher l = LEFT.matcher(c);
                if (l.matches()) {
                    end = DateParser.parseDate(l.group("date").strip());
                    consumed.add(k);
                    last = k;
                    break;
                }
                if (PRESENT_LINE.matcher(c).find()) {
                    current = true;
                    last = k;
                    break;
                }
            }
            out.add(new FoundRole(title, org, null, start, end, current, null, List.of(), lines.get(i).start(),
                    lines.get(i).end(), lines.get(last).end(), false));
        }
        return out;
    }

    // ---- 3. undated headings

    private List<FoundRole> fromUndatedHeadings(ResumeText text, List<Section> sections, Set<Integer> consumed) {
        List<FoundRole> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() != SectionKind.EXPERIENCE) {
                continue;
            }
            for (int i = text.lineAt(s.start()); i < text.lines().size() && text.lines().get(i).start() < s.end(); i++) {
                ResumeText.Line line = text.lines().get(i);
                if (consumed.contains(i) || i == s.headingLine() || !isHeaderLike(line.content())) {
                    continue;
                }
                boolean heading = line.content().startsWith("#");
                boolean standalone = (i == 0 || text.lines().get(i - 1).isBlank())
                        && (i + 1 >= text.lines().size() || text.lines().get(i + 1).isBlank() || heading);
                if (!heading && !standalone) {
                    continue;
                }
                List<String> segs = HeaderParser.segments(HeaderParser.clean(line.content()));
                if (segs.size() != 2) {
                    continue;
                }
                HeaderParser.Header h = HeaderParser.parse(List.of(line.content()));
                if (h.title() != null && h.organization() != null && Lexicon.hasTitleWord(h.title())) {
                    consumed.add(i);
                    out.add(new FoundRole(h.title(), h.organization(), h.location(), null, null, false, null, List.of(),
                            line.start(), line.end(), line.end(), false));
                }
            }
        }
        return out;
    }

    // ---- 4. narratives

    private List<FoundRole> fromNarratives(ResumeText text, List<FoundRole> already) {
        List<FoundRole> out = new ArrayList<>();
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        for (ResumeText.Line line : text.lines()) {
            if (isRule(line.content())) {
                blocks.add(new int[] {blockStart, line.start()});
                blockStart = line.end();
            }
        }
        blocks.add(new int[] {blockStart, text.text().length()});
        for (int[] b : blocks) {
            if (already.stream().anyMatch(r -> r.headerStart() >= b[0] && r.headerStart() < b[1])) {
                continue;
            }
            String block = text.text().substring(b[0], b[1]);
            if (!block.contains(" as ")) {
                continue; // every narrative reading needs "as the <title>"
            }
            String title = null, org = null;
            int at = -1;
            // Each reading is tried only where its leading words occur: a regular expression starting
            // with alternatives would otherwise retry at every character of a long narrative.
            Matcher w = WORKED_AS.matcher(block);
            int wi = firstOf(block, "worked as", "served as", "joined as", "hired as", "employed as");
            if (wi >= 0 && w.region(wi, block.length()).find()) {
                title = w.group(1);
                org = w.group(2);
                at = w.start();
            }
            Matcher m = MYSELF_AS.matcher(block);
            int mi = firstOf(block, "myself as", "me as");
            if (title == null && mi >= 0 && m.region(mi, block.length()).find()) {
                title = m.group(1);
                at = m.start();
            }
            if (title == null) {
                continue;
            }
            Matcher a = AT_ORG.matcher(block);
            for (String lead : new String[] {"At ", "While at ", "During my time at "}) {
                for (int i = block.indexOf(lead); org == null && i >= 0; i = block.indexOf(lead, i + 1)) {
                    if (startsSentence(block, i) && a.region(i, block.length()).lookingAt()) {
                        org = a.group(1);
                        at = at < 0 ? a.start(1) : at;
                    }
                }
            }
            if (org == null) {
                org = possessiveOrganization(block);
            }
            if (org != null && title != null) {
                int s = b[0] + Math.max(0, at);
                out.add(new FoundRole(titleCase(title.strip()), org.strip(), null, null, null, false, null, List.of(),
                        b[0], Math.min(b[1], s + 1), b[1], false));
            }
        }
        return out;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean startsSentence(String s, int i) {
        int p = i - 1;
        while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || s.charAt(p) == '\n' || ".!?".indexOf(s.charAt(p)) >= 0;
    }

    /** "…migration of Truist Financial Corporation's data…": a possessive name with an organization word. */
    private static String possessiveOrganization(String block) {
        Matcher p = POSSESSIVE_ORG.matcher(block).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c != '\'' && c != '’') {
                continue;
            }
            p.region(Math.max(0, i - 80), Math.min(block.length(), i + 4));
            while (p.find()) {
                if (p.end(1) == i && Lexicon.hasOrgSuffix(p.group(1))) {
                    return p.group(1);
                }
            }
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    // ---- merge and finish

    private static List<FoundRole> dedupe(List<FoundRole> roles) {
        List<FoundRole> sorted = new ArrayList<>(roles);
        sorted.sort(Comparator.comparingInt(FoundRole::headerStart));
        List<FoundRole> out = new ArrayList<>();
        for (FoundRole r : sorted) {
            boolean dup = out.stream().anyMatch(o -> o.project() == r.project() && key(o.organization()).equals(key(r.organization()))
                    && key(o.title()).equals(key(r.title())) && java.util.Objects.equals(o.start(), r.start()));
            if (!dup) {
                out.add(r);
            }
        }
        return out;
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

    private List<FoundRole> finish(ResumeText text, List<Section> sections, List<FoundRole> roles) {
        List<FoundRole> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            FoundRole r = roles.get(i);
            if (r.organization() == null && r.title() != null && !r.project() && !out.isEmpty()
                    && out.get(out.size() - 1).organization() != null && !out.get(out.size() - 1).project()) {
                // Several positions listed under one employer (LinkedIn's layout): the title stands under the last company named.
                FoundRole prev = out.get(out.size() - 1);
                r = new FoundRole(r.title(), prev.organization(), r.location() != null ? r.location() : prev.location(), r.start(),
                        r.end(), r.current(), r.teamSize(), r.highlights(), r.headerStart(), r.headerEnd(), r.blockEnd(), false);
            }
            int sectionEnd = text.text().length();
            for (Section s : sections) {
                if (s.contains(r.headerStart()) && s.kind() != SectionKind.OTHER && s.kind() != SectionKind.HEADER) {
                    sectionEnd = s.end();
                }
            }
            int nextStart = i + 1 < roles.size() ? roles.get(i + 1).headerStart() : text.text().length();
            int blockEnd = Math.max(r.blockEnd(), Math.min(sectionEnd, nextStart));
            String block = text.text().substring(r.headerStart(), blockEnd);
            Integer team = r.teamSize() != null ? r.teamSize() : teamSize(block);
            out.add(r.withBlock(blockEnd, team, highlights(text, r.headerEnd(), blockEnd)));
        }
        return out;
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
            if (l.start() >= from && startsWithBullet(l.content())) {
                String h = HeaderParser.clean(BULLET.matcher(l.content()).replaceFirst(""));
                if (h.length() > 2) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
