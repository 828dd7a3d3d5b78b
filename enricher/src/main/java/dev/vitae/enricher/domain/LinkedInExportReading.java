package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles of a LinkedIn profile export ("Save to PDF"), read the way that layout sets them.
 *
 * <p>Recognised by the layout's own markers: an "Experience" heading line, at least one position
 * dated in LinkedIn's style with its tenure in brackets ("May 2020 - August 2020 (4 months)"), the
 * page footer ("Page 1 of 3") and a sidebar heading ("Top Skills", "Contact"): all four, since a
 * résumé of any other layout that states tenures and has a contact section must not be read so.
 *
 * <p>Between the Experience heading and the next main-column heading (Education …), every dated
 * line is one position: the line above it (page footers and blank lines skipped) is its title, and
 * the line above the title its company (a title wrapped onto two lines, its second half in lower case
 * or its first ending on a joint such as "|" or "and", is joined first) — unless that line is a company's total tenure alone ("2
 * years 2 months"), which opens a group: the company stands above the tenure, and the positions
 * after it belong to the same company while they fall inside the group's span (the first
 * position's end less the total tenure). A position outside that span starts a new company. The
 * line after the dates is the position's place when it reads as one. Header lines are claimed.
 */
final class LinkedInExportReading implements LayoutReading {
    private static final Set<String> EXPERIENCE = LayoutWords.lowerSet("linkedin", "experience");
    private static final Set<String> END = LayoutWords.lowerSet("linkedin", "end");
    private static final Set<String> SIDEBAR = LayoutWords.lowerSet("linkedin", "sidebar");
    private static final String YEAR = LayoutWords.alternation("linkedin", "year");
    private static final String MONTH = LayoutWords.alternation("linkedin", "month");
    private static final String TENURE = "(?:(\\d{1,2})\\s+" + YEAR + "(?:\\s+(\\d{1,2})\\s+" + MONTH + ")?|(\\d{1,2})\\s+" + MONTH
            + "|" + LayoutWords.alternation("linkedin", "less") + ")";
    /** A company's total tenure alone on its line. */
    private static final Pattern TOTAL = Pattern.compile("^" + TENURE + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A position's tenure in brackets closing its date line. */
    private static final Pattern DATED = Pattern.compile("\\(" + TENURE + "\\)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOOTER = Pattern.compile("^" + LayoutWords.alternation("linkedin", "page") + "\\s+\\d{1,3}\\s+"
            + LayoutWords.alternation("linkedin", "of") + "\\s+\\d{1,3}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE = Pattern.compile("^[\\p{L}][\\p{L} .'’-]{1,40}(?:,\\s*[\\p{L}][\\p{L} .'’-]{1,40}){0,3}$");

    @Override
    public String name() {
        return "linkedin";
    }

    @Override
    public boolean recognises(RoleContext context) {
        boolean experience = false, dated = false, footer = false, sidebar = false;
        for (ResumeText.Line l : context.lines()) {
            String t = l.trimmed();
            String lower = t.toLowerCase(Locale.ROOT);
            experience |= EXPERIENCE.contains(lower);
            sidebar |= SIDEBAR.contains(lower);
            footer |= FOOTER.matcher(t).matches();
            dated |= isDateLine(t);
        }
        return experience && dated && footer && sidebar;
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        if (!recognises(context)) {
            return List.of();
        }
        List<ResumeText.Line> lines = context.lines();
        int from = -1, to = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).trimmed().toLowerCase(Locale.ROOT);
            if (from < 0 && EXPERIENCE.contains(lower)) {
                from = i + 1;
            } else if (from >= 0 && END.contains(lower)) {
                to = i;
                break;
            }
        }
        List<FoundEntry> out = new ArrayList<>();
        String groupCompany = null;
        int groupStart = 0, groupEnd = 0, previousStart = 0;
        for (int d = from; d < to; d++) {
            String dateLine = lines.get(d).trimmed();
            if (!isDateLine(dateLine) || claims.isClaimed(d)) {
                continue;
            }
            List<DateRange> ranges = DateParser.ranges(dateLine);
            DateRange range = ranges.get(0);
            int titleLine = above(lines, d, from);
            if (titleLine < 0) {
                continue;
            }
            int start = range.from().monthIndex(false);
            int end = endIndex(range, dateLine);
            int companyLine = above(lines, titleLine, from);
            String title = HeaderParser.clean(lines.get(titleLine).trimmed());
            int titleFrom = titleLine;
            if (companyLine >= 0 && wraps(lines.get(companyLine).trimmed(), lines.get(titleLine).trimmed())) {
                // a long title wrapped onto a second line: its first half is no company
                title = HeaderParser.clean(lines.get(companyLine).trimmed() + " " + lines.get(titleLine).trimmed());
                titleFrom = companyLine;
                companyLine = above(lines, companyLine, from);
            }
            String company;
            int headerFrom = titleFrom;
            if (companyLine >= 0 && TOTAL.matcher(lines.get(companyLine).trimmed()).matches()) {
                int nameLine = above(lines, companyLine, from);
                company = nameLine < 0 ? null : HeaderParser.clean(lines.get(nameLine).trimmed());
                headerFrom = nameLine < 0 ? companyLine : nameLine;
                groupCompany = company;
                groupEnd = end;
                Matcher total = TOTAL.matcher(lines.get(companyLine).trimmed());
                groupStart = end - (total.matches() ? months(total) : 0) + 1;
            } else if (groupCompany != null && start <= previousStart && start >= groupStart - 1 - (range.from().month() == null ? 11 : 0)
                    && end <= groupEnd + 1) {
                company = groupCompany;
            } else {
                groupCompany = null;
                company = companyLine < 0 || isDateLine(lines.get(companyLine).trimmed()) ? null
                        : HeaderParser.clean(lines.get(companyLine).trimmed());
                if (company != null) {
                    headerFrom = companyLine;
                }
            }
            previousStart = start;
            String location = null;
            int headerTo = d;
            int next = d + 1 < to ? d + 1 : -1;
            if (next >= 0 && isPlace(lines, next, to)) {
                location = lines.get(next).trimmed();
                headerTo = next;
            }
            for (int i = headerFrom; i <= headerTo; i++) {
                claims.claim(i, this);
            }
            out.add(FoundEntry.builder().title(title).organization(company)
                    .location(location).period(range).header(lines.get(headerFrom).start(), lines.get(headerTo).end()).role());
        }
        return out;
    }

    private static final Pattern CONTINUES = Pattern.compile("(?:[|,&/–-]|\\s(?:and|of|for|in|at|&|und|et|y|de))$");

    /** Whether {@code second} continues {@code first} (one header wrapped): it starts in lower case, or the first ends on a joint. */
    static boolean wraps(String first, String second) {
        return !second.isEmpty() && Character.isLowerCase(second.codePointAt(0)) && !first.isEmpty() && !isDateLine(first)
                || CONTINUES.matcher(first).find() && !RoleLines.startsWithBullet(first) && !TOTAL.matcher(first).matches();
    }

    /** A line with a date range and LinkedIn's bracketed tenure after it. */
    static boolean isDateLine(String t) {
        return t.endsWith(")") && DATED.matcher(t).find() && !DateParser.ranges(t).isEmpty();
    }

    /** The nearest line above {@code i} (not before {@code floor}) that is neither blank nor a page footer; -1 when none. */
    private static int above(List<ResumeText.Line> lines, int i, int floor) {
        for (int j = i - 1; j >= floor; j--) {
            String t = lines.get(j).trimmed();
            if (!t.isEmpty() && !FOOTER.matcher(t).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** The month index a position ends in: its end date, or for a current one its start plus its stated tenure. */
    private static int endIndex(DateRange range, String dateLine) {
        int start = range.from().monthIndex(false);
        if (range.to() != null && !range.current()) {
            return range.to().monthIndex(true);
        }
        Matcher m = DATED.matcher(dateLine);
        return m.find() ? start + Math.max(1, months(m)) - 1 : start;
    }

    /** The months a matched tenure states ("less than a year" counts as 11). */
    private static int months(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1)) * 12 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return m.group(3) != null ? Integer.parseInt(m.group(3)) : 11;
    }

    /** The line after a position's dates is its place when it reads as one and does not head the next position. */
    private static boolean isPlace(List<ResumeText.Line> lines, int i, int to) {
        String t = lines.get(i).trimmed();
        if (t.isEmpty() || t.length() > 60 || !PLACE.matcher(t).matches() || TOTAL.matcher(t).matches() || isDateLine(t)) {
            return false;
        }
        for (int j = i + 1; j <= i + 2 && j < to; j++) {
            if (isDateLine(lines.get(j).trimmed())) {
                return false; // a title or a company above the next position's dates
            }
        }
        return Lexicon.isLocation(t) || t.contains(",") || t.endsWith(" Area");
    }
}
