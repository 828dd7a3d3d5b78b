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
 * "2018 - 2021", "Since 2019". "Present" in any language makes the range current; what it means
 * as a date is decided by the caller against the upload time, never the wall clock.
 */
public final class DateParser {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene"},
            {"february", "feb", "febr", "février", "fevrier", "févr", "fév", "februar", "febrero"},
            {"march", "mar", "mars", "märz", "marz", "mär", "marzo"},
            {"april", "apr", "avril", "avr", "abril", "abr"},
            {"may", "mai", "mayo"},
            {"june", "jun", "juin", "juni", "junio"},
            {"july", "jul", "juillet", "juil", "juli", "julio"},
            {"august", "aug", "août", "aout", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH_NAME = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String PRESENT = "(?:present|current|currently|now|today|ongoing|date|to date|"
            + "現在|至今|今|現職|在職中|재직\\s?중|현재|진행\\s?중|"
            + "aujourd['’]hui|présent|actuel(?:lement)?|en cours|heute|jetzt|derzeit|aktuell|laufend|"
            + "actualidad|presente|actual|la fecha|hoy)";

    /** Single-date forms, most specific first; each is parsed again by {@link #parseDate}. */
    private static final String DATE = "(?:"
            + MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" + YEAR          // April 1, 2019
            + "|\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH_NAME + "\\s+(?:de\\s+)?" + YEAR // 1 April 2019, 1. März 2019
            + "|" + MONTH_NAME + "\\s+(?:de\\s+)?(?:" + YEAR + "|['’]\\d{2}(?!\\d))" // Jan 2021, enero de 2020, Jan '21
            + "|" + YEAR + "\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?"        // 2019年4月(1日)
            + "|" + YEAR + "\\s*년\\s*\\d{1,2}\\s*월(?:\\s*\\d{1,2}\\s*일)?"        // 2019년 4월
            + "|" + YEAR + "[./-]\\d{1,2}[./-]\\d{1,2}(?!\\d)"                     // 2019.04.01
            + "|" + YEAR + "[./-]\\d{1,2}(?![\\d.])"                               // 2021.08, 2019-04
            + "|\\d{1,2}[./-]" + YEAR                                               // 06/2019, 06.2019
            + "|" + YEAR + "(?:[ \\t]*[年년])?"                                    // 2018, 2018年
            + ")";
    private static final String SEPARATOR = "[ \\t]*(?:-|–|—|−|~|〜|～|→|to|until|till|bis(?:[ \\t]+zum)?|à|au|a|hasta|al|ー)[ \\t]*";
    private static final Pattern RANGE = Pattern.compile(
            "(?<![A-Za-z\\d])(?<from>" + DATE + ")" + SEPARATOR + "(?:(?<to>" + DATE + ")|(?<present>" + PRESENT + "))(?![A-Za-z\\d]|[-/.]\\d)",
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
    private static final Pattern P_MONTH_YEAR = Pattern.compile("(" + MONTH_NAME + ")\\s+(?:de\\s+)?['’]?(\\d{2,4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern P_CJK = Pattern.compile("(" + YEAR + ")\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?");
    private static final Pattern P_YMD = Pattern.compile("(" + YEAR + ")[./-](\\d{1,2})(?:[./-](\\d{1,2}))?");
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
            int lineEnd = text.indexOf('\n', y);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
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

    /** Index of the next year (19xx, 20xx, or 'xx) at or after {@code from}, or -1. */
    private static int nextYear(String text, int from) {
        for (int i = from; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '1' || c == '2') {
                if (i + 3 < text.length() && ((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0'))
                        && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                        && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                    return i;
                }
            } else if ((c == '\'' || c == '’') && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<DateRange> out, Matcher m) {
        PartialDate from = parseDate(m.group("from"));
        PartialDate to = m.group("to") == null ? null : parseDate(m.group("to"));
        boolean current = m.group("present") != null;
        if (from != null && (current || to != null) && (to == null || to.compareTo(from) >= 0)) {
            out.add(new DateRange(from, to, current, m.start(), m.end()));
        }
    }

    /** Offsets [start, end) of every single date in {@code text}, ranges' ends included. */
    public static List<int[]> dateSpans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SINGLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        forDatesAroundYears(text, m, r -> out.add(new int[] {r.start(), r.end()}));
        return out;
    }

    /** One date in any supported form, or null. */
    public static PartialDate parseDate(String raw) {
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
                return new PartialDate(y < 100 ? 2000 + y : y, month(m.group(1)), null);
            }
            if ((m = P_CJK.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
            }
            if ((m = P_YMD.matcher(s)).matches()) {
                return new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
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
