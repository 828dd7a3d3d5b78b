package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles from tables with a header row, as DOCX résumés write them (職務経歴書 templates, "Period |
 * Company | Position"). Text extracted from a DOCX table has one row per line, each cell led by a
 * tab; a cell of several paragraphs continues on the following lines. A row of two or more cells
 * that are all column names ("期間", "業務内容", "役職・規模", "Period", "Company", "Position") is a
 * header row, never a role: it says what each column holds, and every row below is read by it.
 *
 * <p>With a company column each row is a role. Without one the table describes the employer named
 * just above it: under a dated heading ("株式会社ABC（2018年4月～現在）") it gives that role its title
 * and team (from the most recent row); under an undated one each dated row is a role there.
 */
final class TableReading implements RoleReading {
    /** Column names that say what a column holds without naming a role field. */
    private static final Set<String> OTHER_COLUMNS = Set.of("業務内容", "職務内容", "担当業務", "業務", "内容", "プロジェクト",
            "プロジェクト名", "案件", "案件名", "環境", "使用技術", "開発環境", "担当", "担当工程", "成果", "주요 업무", "업무 내용", "담당 업무",
            "프로젝트", "description", "responsibilities", "duties", "project", "projects", "details", "tasks", "achievements",
            "technologies", "environment", "tools", "missions", "aufgaben", "tätigkeiten", "descripción", "funciones");
    /** Column names beyond the field labels: parts of combined headers such as "役職・規模". */
    private static final java.util.Map<String, Column> MORE_COLUMNS = java.util.Map.of("規模", Column.TEAM, "体制", Column.TEAM,
            "チーム", Column.TEAM, "役割", Column.TITLE, "규모", Column.TEAM, "역할", Column.TITLE, "size", Column.TEAM,
            "team", Column.TEAM, "job title", Column.TITLE, "years", Column.PERIOD);
    private static final Pattern CELL_PARTS = Pattern.compile("\\s*[・/／&＆,、]\\s*|\\s+and\\s+");
    private static final Pattern TEAM = Pattern.compile("(\\d{1,4})\\s*(?:名|人|명|people|persons|members)", Pattern.CASE_INSENSITIVE);

    private enum Column { PERIOD, START, END, TITLE, ORG, TEAM, LOCATION, OTHER }

    /** One table row: its cells (several lines each, maybe) and the lines it spans. */
    private record Row(List<String> cells, int firstLine, int lastLine) {}

    @Override
    public String name() {
        return "table";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        List<FoundEntry> out = new ArrayList<>();
        List<ResumeText.Line> lines = context.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (claims.isClaimed(i) || !inRoleSection(context, lines.get(i).start())) {
                continue;
            }
            if (!isRowStart(lines.get(i).content())) {
                List<Row> oneCellALine = cellPerLineRows(context, i);
                if (oneCellALine != null) {
                    read(context, claims, oneCellALine, header(oneCellALine.get(0)), out);
                    i = oneCellALine.get(oneCellALine.size() - 1).lastLine();
                }
                continue;
            }
            List<Row> rows = rows(lines, i);
            List<List<Column>> columns = header(rows.get(0));
            if (columns == null) {
                i = rows.get(rows.size() - 1).lastLine();
                continue;
            }
            read(context, claims, rows, columns, out);
            i = rows.get(rows.size() - 1).lastLine();
        }
        return out;
    }

    private static boolean inRoleSection(RoleContext context, int offset) {
        SectionKind kind = Sections.kindAt(context.sections(), offset);
        return kind == SectionKind.EXPERIENCE || (!context.hasExperienceSection()
                && (kind == SectionKind.HEADER || kind == SectionKind.OTHER || kind == SectionKind.SUMMARY));
    }

    /** A DOCX table row ("\tcell\tcell") or a tab-separated one ("cell\tcell\tcell"). */
    private static boolean isRowStart(String line) {
        return line.startsWith("\t") && !line.isBlank() || line.chars().filter(c -> c == '\t').count() >= 2 && !line.isBlank();
    }

    /** The rows of the table starting at line {@code first}; a blank line ends it unless a row follows. */
    private static List<Row> rows(List<ResumeText.Line> lines, int first) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = null;
        int rowStart = first, last = first;
        for (int i = first; i < lines.size(); i++) {
            String c = lines.get(i).content();
            if (c.isBlank()) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && isRowStart(lines.get(next).content())) {
                    continue;
                }
                break;
            }
            if (isRowStart(c)) {
                if (cells != null) {
                    rows.add(new Row(cells, rowStart, last));
                }
                cells = new ArrayList<>(List.of((c.startsWith("\t") ? c.substring(1) : c).split("\t", -1)));
                rowStart = i;
            } else {
                String[] parts = c.split("\t", -1); // a cell's next paragraph, maybe followed by the next cells
                int lastCell = cells.size() - 1;
                cells.set(lastCell, cells.get(lastCell) + "\n" + parts[0]);
                for (int p = 1; p < parts.length; p++) {
                    cells.add(parts[p]);
                }
            }
            last = i;
        }
        rows.add(new Row(cells, rowStart, last));
        return rows;
    }

    /**
     * A table whose cells arrive one a line (blank lines between them ignored): a run of column
     * names starting at line {@code first}, one of them the period, then rows each starting at a
     * line that is only a period. A row of exactly as many lines as columns maps line to column;
     * otherwise (a cell of several paragraphs) the title is its first line with a title word, the
     * team size its first "8名", the organization its first line with a legal form. Null when line
     * {@code first} starts no such table.
     */
    private static List<Row> cellPerLineRows(RoleContext context, int first) {
        List<ResumeText.Line> lines = context.lines();
        if (first > 0 && isColumnName(lines.get(first - 1).content())) {
            return null;
        }
        List<Integer> names = nonBlankRun(lines, first, TableReading::isColumnName);
        if (names.size() < 2) {
            return null;
        }
        List<String> headerCells = names.stream().map(n -> lines.get(n).content().strip()).toList();
        Row headerRow = new Row(headerCells, names.get(0), names.get(names.size() - 1));
        List<List<Column>> columns = header(headerRow);
        if (columns == null || !columns.get(0).contains(Column.PERIOD)) {
            return null; // rows are told apart by the period that starts each
        }
        int k = columns.size();
        boolean orgColumn = columns.stream().anyMatch(c -> c.contains(Column.ORG));
        List<Row> rows = new ArrayList<>(List.of(headerRow));
        int i = names.get(names.size() - 1) + 1;
        while (true) {
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            if (i >= lines.size() || !isPeriodLine(context, i)) {
                break;
            }
            List<Integer> cellLines = new ArrayList<>(List.of(i));
            boolean sawBlank = false;
            for (int j = i + 1; j < lines.size(); j++) {
                ResumeText.Line l = lines.get(j);
                if (l.isBlank()) {
                    sawBlank = true;
                    continue;
                }
                // past as many lines as columns, a line is still a cell (a paragraph of one) when another row
                // follows, or in the last row when it runs on without a break and is short
                boolean more = cellLines.size() < k || periodAhead(context, j, orgColumn) || (!sawBlank && l.content().strip().length() <= 30);
                if (isPeriodLine(context, j) || endsTable(l.content(), orgColumn) || !more) {
                    break;
                }
                cellLines.add(j);
            }
            rows.add(new Row(cellsOf(lines, cellLines, columns), cellLines.get(0), cellLines.get(cellLines.size() - 1)));
            i = cellLines.get(cellLines.size() - 1) + 1;
        }
        return rows.size() > 1 ? rows : null;
    }

    /** Whether another row's period follows line {@code j} within a few lines (so {@code j} is still a cell of this row). */
    private static boolean periodAhead(RoleContext context, int j, boolean orgColumn) {
        int seen = 0;
        for (int n = j + 1; n < context.lines().size() && seen < 6; n++) {
            ResumeText.Line l = context.lines().get(n);
            if (l.isBlank()) {
                continue;
            }
            if (isPeriodLine(context, n)) {
                return true;
            }
            if (endsTable(l.content(), orgColumn)) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** A section heading, a decorated heading or (in a table with no company column) the next employer's: the table is over. */
    private static boolean endsTable(String line, boolean orgColumn) {
        String t = line.strip();
        return t.startsWith("#") || t.startsWith("■") || t.startsWith("【") || t.startsWith("●") || t.startsWith("◆")
                || Sections.kindOf(Sections.clean(HeaderParser.clean(t))) != null
                || !orgColumn && Lexicon.hasLegalForm(t) && !Lexicon.hasTitleWord(t);
    }

    private static List<String> cellsOf(List<ResumeText.Line> lines, List<Integer> cellLines, List<List<Column>> columns) {
        List<String> text = cellLines.stream().map(l -> lines.get(l).content().strip()).toList();
        if (text.size() == columns.size()) {
            return text;
        }
        String[] cells = new String[columns.size()];
        java.util.Arrays.fill(cells, "");
        cells[0] = text.get(0);
        for (int c = 1; c < columns.size(); c++) {
            for (String t : text.subList(1, text.size())) {
                List<Column> kinds = columns.get(c);
                boolean fits = kinds.contains(Column.TITLE) ? Lexicon.hasTitleWord(t)
                        : kinds.contains(Column.TEAM) ? TEAM.matcher(t).find()
                        : kinds.contains(Column.ORG) && Lexicon.hasOrgSuffix(t);
                if (fits) {
                    cells[c] = kinds.contains(Column.TEAM) && !kinds.contains(Column.TITLE) ? t : t + "\n" + String.join("\n", text);
                    break;
                }
            }
            if (cells[c].isEmpty() && columns.get(c).contains(Column.TITLE)) {
                // no title word: the long cell is the description in the middle, so count this column from the right
                int r = text.size() - (columns.size() - c);
                if (r > 1 && TEAM.matcher(text.get(r)).lookingAt()) {
                    r--;
                }
                cells[c] = r > 0 ? text.get(r) + "\n" + String.join("\n", text) : "";
            }
        }
        return List.of(cells);
    }

    private static List<Integer> nonBlankRun(List<ResumeText.Line> lines, int first, java.util.function.Predicate<String> test) {
        List<Integer> out = new ArrayList<>();
        for (int i = first; i < lines.size() && out.size() < 8; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (!test.test(lines.get(i).content())) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    private static boolean isColumnName(String line) {
        String t = HeaderParser.clean(line.strip());
        return !t.isEmpty() && t.length() <= 30 && line.indexOf('\t') < 0 && t.chars().noneMatch(Character::isDigit)
                && !columnsOf(t).isEmpty();
    }

    /** A line that is only a period ("2018年4月～2020年3月", "Jan 2019 – Present"). */
    private static boolean isPeriodLine(RoleContext context, int line) {
        ResumeText.Line l = context.lines().get(line);
        for (DateRange r : context.ranges()) {
            if (r.start() >= l.start() && r.end() <= l.end()) {
                String rest = context.text().text().substring(l.start(), r.start()) + context.text().text().substring(r.end(), l.end());
                return HeaderParser.clean(rest).isEmpty();
            }
        }
        return false;
    }

    /** The columns a header row names, or null when {@code row} is no header row. */
    private static List<List<Column>> header(Row row) {
        List<List<Column>> out = new ArrayList<>();
        int named = 0, roleColumns = 0;
        for (String cell : row.cells()) {
            String c = HeaderParser.clean(cell.strip());
            if (c.isEmpty()) {
                out.add(List.of(Column.OTHER));
                continue;
            }
            if (c.contains("\n") || c.chars().anyMatch(Character::isDigit) || c.length() > 30) {
                return null;
            }
            List<Column> kinds = columnsOf(c);
            if (kinds.isEmpty()) {
                return null;
            }
            named++;
            if (kinds.contains(Column.PERIOD) || kinds.contains(Column.START) || kinds.contains(Column.TITLE) || kinds.contains(Column.ORG)) {
                roleColumns++;
            }
            out.add(kinds);
        }
        return named >= 2 && roleColumns >= 1 ? out : null;
    }

    /** "役職・規模" → [TITLE, TEAM]; "業務内容" → [OTHER]; an unknown name → []. */
    private static List<Column> columnsOf(String name) {
        List<Column> kinds = new ArrayList<>();
        Column whole = columnOf(name);
        if (whole != null) {
            return List.of(whole);
        }
        for (String part : CELL_PARTS.split(name)) {
            Column k = columnOf(part);
            if (k == null) {
                return List.of();
            }
            kinds.add(k);
        }
        return kinds;
    }

    private static Column columnOf(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (OTHER_COLUMNS.contains(n)) {
            return Column.OTHER;
        }
        if (MORE_COLUMNS.containsKey(n)) {
            return MORE_COLUMNS.get(n);
        }
        Fields.Kind kind = Fields.kindOf(n);
        return kind == null ? null : Column.valueOf(kind.name());
    }

    private void read(RoleContext context, RoleClaims claims, List<Row> rows, List<List<Column>> columns, List<FoundEntry> out) {
        List<ResumeText.Line> lines = context.lines();
        for (Row r : rows) {
            for (int l = r.firstLine(); l <= r.lastLine(); l++) {
                claims.claim(l, this);
            }
        }
        boolean orgColumn = columns.stream().anyMatch(k -> k.contains(Column.ORG));
        List<FoundEntry.Builder> found = new ArrayList<>();
        List<PartialDate> starts = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            String title = null, org = null, location = null;
            DateRange period = null;
            PartialDate start = null, end = null;
            Integer team = null;
            for (int c = 0; c < r.cells().size() && c < columns.size(); c++) {
                String cell = r.cells().get(c);
                String firstLine = HeaderParser.clean(cell.strip().split("\n", 2)[0]);
                for (Column k : columns.get(c)) {
                    switch (k) {
                        case PERIOD -> {
                            List<DateRange> ranges = DateParser.ranges(cell);
                            period = period == null && !ranges.isEmpty() ? ranges.get(0) : period;
                        }
                        case START -> start = start == null ? DateParser.parseDate(firstLine) : start;
                        case END -> end = end == null ? DateParser.parseDate(firstLine) : end;
                        case TITLE -> title = title == null && !firstLine.isEmpty() && !TEAM.matcher(firstLine).lookingAt() ? firstLine : title;
                        case ORG -> org = org == null && !firstLine.isEmpty() ? firstLine : org;
                        case LOCATION -> location = location == null && !firstLine.isEmpty() ? firstLine : location;
                        case TEAM -> {
                            Matcher m = TEAM.matcher(cell);
                            Matcher n = Pattern.compile("^\\s*(\\d{1,4})\\s*$").matcher(cell);
                            team = team != null ? team : m.find() ? Integer.valueOf(m.group(1)) : n.find() ? Integer.valueOf(n.group(1)) : null;
                        }
                        case OTHER -> { }
                    }
                }
            }
            if (title == null && org == null && period == null && start == null) {
                continue;
            }
            FoundEntry.Builder b = FoundEntry.builder().title(title).organization(org).location(location).teamSize(team)
                    .header(lines.get(r.firstLine()).start(), lines.get(r.lastLine()).end());
            if (period != null) {
                b.period(period);
            } else {
                b.period(start, end, false);
            }
            found.add(b);
            starts.add(period != null ? period.from() : start);
        }
        if (orgColumn) {
            found.forEach(b -> out.add(b.role()));
            return;
        }
        Heading heading = headingAbove(context, claims, rows.get(0).firstLine());
        if (heading == null || heading.org() == null) {
            found.forEach(b -> out.add(b.role()));
            return;
        }
        claims.claim(heading.line(), this);
        if (heading.period() == null) {
            found.forEach(b -> out.add(b.organization(heading.org()).role()));
            return;
        }
        // A dated employer heading: the table tells its title and team, the most recent row's.
        int latest = -1;
        for (int k = 0; k < found.size(); k++) {
            PartialDate s = starts.get(k);
            if (latest < 0 || (s != null && (starts.get(latest) == null || s.compareTo(starts.get(latest)) >= 0))) {
                latest = k;
            }
        }
        FoundEntry.Builder b = latest >= 0 ? found.get(latest) : FoundEntry.builder();
        out.add(b.organization(heading.org()).location(null).period(heading.period())
                .header(lines.get(heading.line()).start(), lines.get(heading.line()).end()).role());
    }

    private record Heading(int line, String org, DateRange period) {}

    /** The employer line just above a table (one blank line allowed), with its period if it states one. */
    private static Heading headingAbove(RoleContext context, RoleClaims claims, int tableLine) {
        List<ResumeText.Line> lines = context.lines();
        int i = tableLine - 1;
        if (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0 || claims.isClaimed(i) || !RoleLines.isHeaderLike(lines.get(i).content())) {
            return null;
        }
        ResumeText.Line line = lines.get(i);
        String text = context.text().text();
        DateRange period = null;
        String rest = line.content();
        for (DateRange r : context.ranges()) {
            if (r.start() >= line.start() && r.end() <= line.end()) {
                period = r;
                rest = text.substring(line.start(), r.start()) + "  " + text.substring(r.end(), line.end());
                rest = rest.replaceAll("[(（\\[]\\s*[)）\\]]", " ");
                break;
            }
        }
        HeaderParser.Header h = HeaderParser.parse(List.of(rest));
        return new Heading(i, h.organization(), period);
    }
}
