package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges in résumé text, in the forms résumés use: "Jan 2021 – Present",
 * "April 1, 2019 - September 30, 2024", "06/2019 – Present", "2021.08 ~ 2023.07",
 * "2019年4月～現在", "2019.03 ~ 현재", "janvier 2020 – aujourd'hui", "März 2018 bis heute",
 * "2018 - 2021", "Since 2019", "01/09/2017 – 31/08/2019", "2023. 06. - 현재", "Summer 2022",
 * "Summer 2012 and 2013", "Principios de 2014 – Finales de 2015", "décembre 05 – mars 08",
 * "May – Dec 2019" (the year written once).
 * "Present" in any language makes the range current; what it means as a date is decided by the
 * caller against the upload time, never the wall clock. "2021年6月現在" ("as of June 2021") is the
 * date a document was written, never a range's end: after a start it makes the range current.
 * <p>
 * Algorithm: every supported date holds a year (four digits, or two after a month name or an
 * apostrophe), so the text is scanned for years and one anchored regex match is tried at the few
 * word starts just before each. A range is two dates, or a date and a word for the present, joined
 * by any dash of Unicode's dash class, a tilde, an arrow or a word ("to", "bis", "à", "hasta"); a
 * dash at a line's end joins the date that starts the next line. A range may be glued to the
 * capitalised word after it ("31/08/2019Wissenschaftliche", "PresentAcme"), as PDF extraction
 * leaves them. A season alone is a range over its months; "early/mid/late" and their translations
 * pick a month of the year. Numeric day-month-year dates are read day first unless one date of
 * the range can only be month first ("06/18/2017").
 */
public final class DateParser {
    /** Month, season, part-of-year and present words of every language pack. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Seasons, with the months a season alone stands for (first, last). */
    private static final Map<String, int[]> SEASONS = new HashMap<>();
    /** "early 2016", "mediados de 2016", "Ende 2015": the month such a qualifier picks. */
    private static final Map<String, Integer> PART_OF_YEAR = new HashMap<>();
    private static final List<String> PRESENT_WORDS = new ArrayList<>();

    static {
        for (LanguagePack pack : LanguagePack.ALL) {
            MONTHS.putAll(pack.months());
            SEASONS.putAll(pack.seasons());
            PART_OF_YEAR.putAll(pack.partsOfYear());
            PRESENT_WORDS.addAll(pack.present());
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    /** The single words of the month, season, part-of-year and present words, lower case. */
    private static final java.util.Set<String> DATE_WORDS = dateWords();

    private static java.util.Set<String> dateWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<String> all = new ArrayList<>(MONTHS.keySet());
        all.addAll(SEASONS.keySet());
        all.addAll(PART_OF_YEAR.keySet());
        all.addAll(PRESENT_WORDS);
        for (String w : all) {
            for (String part : w.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        out.addAll(List.of("to", "and", "of", "the", "since", "until", "till"));
        return java.util.Set.copyOf(out);
    }

    /**
     * Made only of date words and numbers, with at least one such word: "November", "Summer 2002",
     * "Fall 2004 - Spring 2005", "Present". A header fragment like this is never a name.
     */
    static boolean isDateWords(String s) {
        boolean word = false;
        for (String part : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (!DATE_WORDS.contains(part) && !DATE_WORDS.contains(TRAILING_DIGITS.matcher(part).replaceFirst(""))) {
                return false;
            }
            word |= !List.of("to", "and", "of", "the", "since", "until", "till").contains(part);
        }
        return word;
    }

    /** Longest first; a space matches any run of spaces, an apostrophe either form. */
    private static String alternation(java.util.Collection<String> words) {
        return "(?:" + String.join("|", words.stream().distinct().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s*\\Q").replace("'", "\\E['’]\\Q")).toList()) + ")";
    }

    private static final String MONTH_NAME = alternation(MONTHS.keySet()) + "\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String SEASON = alternation(SEASONS.keySet()) + "(?:[ \\t]+(?:of|de|d['’]))?";
    private static final String PART = alternation(PART_OF_YEAR.keySet());
    /** Every dash and hyphen of Unicode's dash class, the minus sign, and their small and full-width forms. */
    static final String DASHES = "\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\u00AD\\u2E3A\\u2E3B\\u301C\\u30A0";
    private static final String PRESENT = alternation(PRESENT_WORDS);
    /** "2021年6月現在": the date a document (or a count) stands as of. */
    private static final String AS_OF = "[ \\t]*(?:現在|時点|현재[ \\t]*기준|기준)";

    /** Single-date forms, most specific first; each is parsed again by {@link #parseDate}. */
    private static final String DATE = "(?:"
            + MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" + YEAR          // April 1, 2019
            + "|\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH_NAME + "\\s+(?:de\\s+)?" + YEAR // 1 April 2019, 1. März 2019
            + "|" + MONTH_NAME + "\\s+(?:de\\s+)?(?:" + YEAR + "|['’]\\d{2}(?!\\d))" // Jan 2021, enero de 2020, Jan '21
            + "|" + SEASON + "[ \\t]+" + YEAR                                        // Summer 2022, verano de 2019
            + "|" + PART + "[ \\t]*" + YEAR                                          // early 2016, Finales de 2015
            + "|" + YEAR + "\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?"        // 2019年4月(1日)
            + "|" + YEAR + "\\s*년\\s*\\d{1,2}\\s*월(?:\\s*\\d{1,2}\\s*일)?"        // 2019년 4월
            + "|" + YEAR + "[./-]\\d{1,2}[./-]\\d{1,2}(?!\\d)"                     // 2019.04.01
            + "|" + YEAR + "\\.[ \\t]?\\d{1,2}\\.(?:[ \\t]?\\d{1,2}\\.)?(?!\\d)"          // 2023. 06. (Korean, a dot after each part)
            + "|" + YEAR + "[./-]\\d{1,2}(?![\\d.])"                               // 2021.08, 2019-04
            + "|\\d{1,2}[./-]\\d{1,2}[./-]" + YEAR                                  // 31/08/2019, 01.09.2017
            + "|\\d{1,2}[./-]" + YEAR                                               // 06/2019, 06.2019
            + "|" + YEAR + "(?:[ \\t]*[年년])?"                                    // 2018, 2018年
            + ")";
    /** "décembre 08": a month name and a two-digit year, read only as a whole range of that form or up to the present. */
    private static final String SHORT_DATE = MONTH_NAME + "[ \\t]+\\d{2}(?![\\d,.:]|\\s*(?:st|nd|rd|th)\\b)";
    /** "09/14", "10/12": a month and a two-digit year, read only as a whole range of that form or up to the present. */
    private static final String NUMERIC_SHORT_DATE = "(?:0?[1-9]|1[0-2])/\\d{2}(?![\\d/])";
    private static final String SEPARATOR = "[ \\t]*(?:[" + DASHES + "](?:[ \\t]*\\n)?|~|〜|～|→|to|until|till|bis(?:[ \\t]+zum)?|à|au|a|hasta|al|ー)[ \\t]*";
    /** After a range: not inside a longer word or number; a capitalised word glued to it is a new word. */
    private static final String RANGE_END = "(?![\\d年년月월日일]|(?-iu:\\p{Ll})|[-/.]\\d)";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![A-Za-z\\d])(?:(?<from>" + DATE + ")" + SEPARATOR + "(?:(?<to>" + DATE + ")(?!" + AS_OF + ")|(?<asof>" + DATE + AS_OF + ")|(?<present>" + PRESENT + "))"
                    + "|(?<sfrom>" + SHORT_DATE + ")" + SEPARATOR + "(?:(?<sto>" + SHORT_DATE + ")|(?<spresent>" + PRESENT + "))"
                    // "09/14-Present", "05/13-08/14": month/two-digit-year ranges
                    + "|(?<nfrom>" + NUMERIC_SHORT_DATE + ")" + SEPARATOR + "(?:(?<nto>" + NUMERIC_SHORT_DATE + ")|(?<npresent>" + PRESENT + "))"
                    + "|(?<season>" + SEASON + ")[ \\t]+(?<sy1>" + YEAR + ")(?:[ \\t]*(?:and|&|,|und|et|y)[ \\t]*(?<sy2>" + YEAR + "))?"
                    // "May - Dec 2019": two months sharing the year written once, after the second
                    + "|(?<mfrom>" + MONTH_NAME + ")" + SEPARATOR + "(?<mto>" + MONTH_NAME + ")[ \\t]+(?:de[ \\t]+)?(?<my>" + YEAR + "))"
                    + RANGE_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINCE = Pattern.compile(
            "(?<![A-Za-z\\d])(?:since|seit|depuis|desde)\\s+(?<from>" + DATE + ")(?![A-Za-z\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile("(?<![A-Za-z\\d])" + DATE + "(?![A-Za-z\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE_START = Pattern.compile("(?:" + DATE + "|" + PRESENT + ")(?![A-Za-z\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern P_MONTH_DAY_YEAR = Pattern.compile("(" + MONTH_NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(" + YEAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+(?:de\\s+)?(" + MONTH_NAME + ")\\s+(?:de\\s+)?(" + YEAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_MONTH_YEAR = Pattern.compile("(" + MONTH_NAME + ")\\s+(?:de\\s+)?['’]?(\\d{2}|" + YEAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_SEASON = Pattern.compile("(" + SEASON + ")[ \\t]+(" + YEAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_PART = Pattern.compile("(" + PART + ")[ \\t]*(" + YEAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_CJK = Pattern.compile("(" + YEAR + ")\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?");
    private static final Pattern P_YMD = Pattern.compile("(" + YEAR + ")[./-](\\d{1,2})(?:[./-](\\d{1,2}))?");
    private static final Pattern P_YMD_DOTTED = Pattern.compile("(" + YEAR + ")\\.[ \\t]?(\\d{1,2})\\.(?:[ \\t]?(\\d{1,2})\\.)?");
    private static final Pattern P_DMY = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](" + YEAR + ")");
    private static final Pattern P_MY = Pattern.compile("(\\d{1,2})[./-](" + YEAR + ")");
    private static final Pattern P_Y = Pattern.compile("(" + YEAR + ")(?:\\s*[年년])?");

    private DateParser() {}

    /**
     * All ranges in {@code text}, left to right, not overlapping. Ranges do not span lines, and every
     * form holds a year, so only lines with a year are searched.
     */
    public static List<DateRange> ranges(String text) {
        List<DateRange> out = new ArrayList<>();
        Matcher m = RANGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher s = SINCE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        forDatesAroundYears(text, m, r -> add(out, r));
        forDatesAroundYears(text, s, r -> {
            PartialDate since = parseDate(r.group("from"));
            int at = r.start();
            if (since != null && out.stream().noneMatch(x -> x.start() <= at && at < x.end())) {
                out.add(new DateRange(since, null, true, r.start(), r.end()));
            }
        });
        out.sort(java.util.Comparator.comparingInt(DateRange::start));
        return out;
    }

    /** End of the date, or word for the present, that starts at {@code from} in {@code s}; -1 when none does. */
    static int dateEndingAt(String s, int from) {
        Matcher m = DATE_START.matcher(s).region(from, Math.min(s.length(), from + 40));
        return m.lookingAt() ? m.end() : -1;
    }

    /** How far before its year a date can start: "September 30, 2024", "since janvier 2020". */
    private static final int LEAD = 28;

    /**
     * Calls {@code onMatch} for each match of {@code m} that starts at a word start at most
     * {@link #LEAD} characters before a year and lies on one line. Every supported date holds a
     * year, so this tries a handful of places per year instead of every character of the text.
     */
    private static void forDatesAroundYears(String text, Matcher m, java.util.function.Consumer<Matcher> onMatch) {
        int consumed = 0;
        for (int y = nextYear(text, 0); y >= 0; y = nextYear(text, Math.max(y + 1, consumed))) {
            int lineStart = text.lastIndexOf('\n', y) + 1;
            int lineEnd = lineEndJoiningDash(text, y);
            for (int st = Math.max(Math.max(consumed, lineStart), y - LEAD); st <= y; st++) {
                if (st > 0 && isAsciiWordChar(text.charAt(st - 1))) {
                    continue;
                }
                m.region(st, lineEnd);
                if (m.lookingAt()) {
                    onMatch.accept(m);
                    consumed = m.end();
                    break;
                }
            }
        }
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * End of the line holding {@code at}; when that line ends with a dash ("Jan 2020 –"), the end of
     * the next line too, so that a range broken after its dash is read whole.
     */
    private static int lineEndJoiningDash(String text, int at) {
        int end = text.indexOf('\n', at);
        if (end < 0) {
            return text.length();
        }
        int k = end - 1;
        while (k > at && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k--;
        }
        if (k > at && isDash(text.charAt(k))) {
            int next = text.indexOf('\n', end + 1);
            return next < 0 ? text.length() : next;
        }
        return end;
    }

    private static final Pattern DASH = Pattern.compile("[" + DASHES + "]");

    static boolean isDash(char c) {
        return DASH.matcher(String.valueOf(c)).matches();
    }

    /** Index of the next year (19xx, 20xx, 'xx, or two digits after a month name) at or after {@code from}, or -1. */
    private static int nextYear(String text, int from) {
        for (int i = from; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i + 3 < text.length() && ((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0'))
                        && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                        && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                    return i;
                }
                if (i >= 2 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t') && Character.isDigit(text.charAt(i + 1))
                        && (i + 2 == text.length() || !Character.isDigit(text.charAt(i + 2))) && followsMonthName(text, i - 1)) {
                    return i;
                }
                if (i >= 2 && text.charAt(i - 1) == '/' && Character.isDigit(text.charAt(i - 2)) && Character.isDigit(text.charAt(i + 1))
                        && (i + 2 == text.length() || !Character.isDigit(text.charAt(i + 2)) && text.charAt(i + 2) != '/')) {
                    return i; // "09/14": a two-digit year after its month
                }
            } else if ((c == '\'' || c == '’') && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    /** The word ending just before {@code end} (a trailing dot allowed) is a month name. */
    private static boolean followsMonthName(String text, int end) {
        int b = end;
        if (b > 0 && text.charAt(b - 1) == '.') {
            b--;
        }
        int a = b;
        while (a > 0 && b - a < 12 && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        return a < b && b - a >= 3 && (a == 0 || !Character.isLetter(text.charAt(a - 1)))
                && MONTHS.containsKey(text.substring(a, b).toLowerCase(Locale.ROOT));
    }

    private static void add(List<DateRange> out, Matcher m) {
        PartialDate from, to;
        boolean current;
        if (m.group("season") != null) {
            int[] months = SEASONS.get(seasonWord(m.group("season")));
            int y1 = Integer.parseInt(m.group("sy1"));
            int y2 = m.group("sy2") == null ? y1 : Integer.parseInt(m.group("sy2"));
            from = new PartialDate(y1, months[0], null);
            to = y2 < y1 ? null : new PartialDate(y2, months[1], null);
            current = false;
        } else if (m.group("mfrom") != null) {
            PartialDate shared = parseDate(m.group("mto") + " " + m.group("my"));
            PartialDate first = parseDate(m.group("mfrom") + " " + m.group("my"));
            if (shared == null || first == null) {
                return;
            }
            from = first;
            to = shared;
            current = false;
        } else if (m.group("nfrom") != null) {
            current = m.group("npresent") != null;
            from = monthSlashShortYear(m.group("nfrom"));
            to = m.group("nto") == null ? null : monthSlashShortYear(m.group("nto"));
        } else if (m.group("sfrom") != null) {
            current = m.group("spresent") != null;
            String a = m.group("sfrom"), b = m.group("sto");
            // "May 15 – June 20" are days; "décembre 05 – mars 08" are years: a zero-padded or >31 number says year
            if (!current && !looksLikeShortYear(a) && !looksLikeShortYear(b)) {
                return;
            }
            from = parseDate(a, false);
            to = b == null ? null : parseDate(b, true);
        } else {
            String a = m.group("from"), b = m.group("to");
            current = m.group("present") != null || m.group("asof") != null;
            boolean monthFirst = isMonthFirst(a) || (b != null && isMonthFirst(b));
            from = parse(a, false, monthFirst);
            to = b == null ? null : parse(b, true, monthFirst);
        }
        if (from != null && (current || to != null) && (to == null || to.compareTo(from) >= 0)) {
            out.add(new DateRange(from, current ? null : to, current, m.start(), m.end()));
        }
    }

    /** "09/14" → 2014-09 (a two-digit year up to 50 is 20xx). */
    private static PartialDate monthSlashShortYear(String s) {
        String[] p = s.strip().split("/");
        int y = Integer.parseInt(p[1]);
        return new PartialDate(y <= 50 ? 2000 + y : 1900 + y, Integer.parseInt(p[0]), null);
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d{2})$");

    private static boolean looksLikeShortYear(String date) {
        if (date == null) {
            return false;
        }
        Matcher n = TRAILING_NUMBER.matcher(date.strip());
        return n.find() && (n.group(1).charAt(0) == '0' || Integer.parseInt(n.group(1)) > 31);
    }

    private static String seasonWord(String season) {
        return season.strip().split("[ \\t]+")[0].toLowerCase(Locale.ROOT);
    }

    /** Offsets [start, end) of every single date in {@code text}, ranges' ends included. */
    public static List<int[]> dateSpans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SINGLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        forDatesAroundYears(text, m, r -> out.add(new int[] {r.start(), r.end()}));
        return out;
    }

    /** One date in any supported form, or null. A season is read as its first month. */
    public static PartialDate parseDate(String raw) {
        return parse(raw, false, false);
    }

    /** {@link #parseDate}, a season read as its first month for a start and its last for an end. */
    static PartialDate parseDate(String raw, boolean asEnd) {
        return parse(raw, asEnd, false);
    }

    /**
     * Whether numeric date {@code raw} is written month first: only when its second part cannot be
     * a month ("06/18/2017"); otherwise day first ("31/08/2019", "01.09.2017", "05/01/2017"), the
     * order of most of the world and of Europass. One such end makes its whole range month first.
     */
    private static boolean isMonthFirst(String raw) {
        Matcher m = P_DMY.matcher(raw.strip());
        return m.matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) > 12;
    }

    private static PartialDate parse(String raw, boolean asEnd, boolean monthFirst) {
        String s = raw.strip();
        try {
            Matcher m;
            if ((m = P_MONTH_DAY_YEAR.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = P_DAY_MONTH_YEAR.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = P_MONTH_YEAR.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(2));
                return new PartialDate(y < 100 ? (y <= 50 ? 2000 + y : 1900 + y) : y, month(m.group(1)), null);
            }
            if ((m = P_SEASON.matcher(s)).matches()) {
                int[] months = SEASONS.get(seasonWord(m.group(1)));
                return new PartialDate(Integer.parseInt(m.group(2)), asEnd ? months[1] : months[0], null);
            }
            if ((m = P_PART.matcher(s)).matches()) {
                Integer month = PART_OF_YEAR.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
                return new PartialDate(Integer.parseInt(m.group(2)), month, null);
            }
            if ((m = P_CJK.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
            }
            if ((m = P_YMD.matcher(s)).matches() || (m = P_YMD_DOTTED.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
            }
            if ((m = P_DMY.matcher(s)).matches()) {
                int first = Integer.parseInt(m.group(1)), second = Integer.parseInt(m.group(2));
                boolean mf = monthFirst || (first <= 12 && second > 12);
                return new PartialDate(Integer.parseInt(m.group(3)), mf ? first : second, mf ? second : first);
            }
            if ((m = P_MY.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), null);
            }
            if ((m = P_Y.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(1)), null, null);
            }
        } catch (IllegalArgumentException e) {
            return null; // "2019.13" or "February 30": not a date
        }
        return null;
    }

    private static Integer month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            throw new IllegalArgumentException("unknown month " + name);
        }
        return m;
    }
}
