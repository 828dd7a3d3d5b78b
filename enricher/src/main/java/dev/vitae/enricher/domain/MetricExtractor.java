package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified achievements and scope in résumé text: "reduced latency by 27%", "1M records",
 * "100k+ lines", "$4.2B", "2.5 TB", "100万件", "1,200万円", "500만 건", "~6 minutes", "8-12%",
 * "3–4 people", "1-hour SLA", "メンバー8名".
 *
 * <p>A number counts only with a unit (percent, duration, money, size) or a counted noun after it.
 * Not metrics: anything inside a date, a URL, an e-mail, a phone number or a clock time; years;
 * numbers glued to letters (IT1, S3, HTTP/3); numbered-list labels; decimals without a real unit
 * (versions such as MySQL 5.7).
 */
public final class MetricExtractor {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String MAG = "(?:[kKMB](?![A-Za-z])|bn(?![A-Za-z])|mn(?![A-Za-z])|millions?|billions?|thousands?|milliards?|millones|"
            + "mio\\.|mrd\\.|万|億|千|만|억|천)";
    private static final String CUR = "[$€£¥₩]";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<cur>" + CUR + ")?(?<n1>" + NUM + ")\\s?(?<mag1>" + MAG + ")?(?<pct1>\\s?%)?"
            + "(?:\\s?(?:-|–|—|~|〜|～|to)\\s?" + CUR + "?(?<n2>" + NUM + ")\\s?(?<mag2>" + MAG + ")?)?(?<plus>\\+)?");

    private static final Pattern MASKS = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b"
            + "|\\+?\\(?\\d{2,4}\\)?[\\s.-]\\d{2,4}[\\s.-]\\d{3,4}(?:[\\s.-]\\d{3,4})?"
            + "|\\+?\\d{1,4}(?:[ .-]\\d{2,4}){3,5}");

    private static final Map<String, Double> MAGNITUDES = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("B", 1e9), Map.entry("bn", 1e9),
            Map.entry("mn", 1e6), Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("thousand", 1e3),
            Map.entry("millions", 1e6), Map.entry("billions", 1e9), Map.entry("thousands", 1e3), Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9), Map.entry("millones", 1e6), Map.entry("mio.", 1e6), Map.entry("mrd.", 1e9),
            Map.entry("万", 1e4), Map.entry("億", 1e8), Map.entry("千", 1e3), Map.entry("만", 1e4), Map.entry("억", 1e8),
            Map.entry("천", 1e3));

    /** Unit words after a number: written form (lower case) to [unit, kind]. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            u("percent", "percent", "P"), u("per cent", "percent", "P"), u("pct", "percent", "P"), u("pp", "percent", "P"),
            u("percentage points", "percent", "P"), u("퍼센트", "percent", "P"), u("パーセント", "percent", "P"),
            u("ms", "ms", "D"), u("msec", "ms", "D"), u("millisecond", "ms", "D"), u("milliseconds", "ms", "D"),
            u("sec", "seconds", "D"), u("secs", "seconds", "D"), u("second", "seconds", "D"), u("seconds", "seconds", "D"), u("s", "seconds", "D"),
            u("min", "minutes", "D"), u("mins", "minutes", "D"), u("minute", "minutes", "D"), u("minutes", "minutes", "D"),
            u("h", "hours", "D"), u("hr", "hours", "D"), u("hrs", "hours", "D"), u("hour", "hours", "D"), u("hours", "hours", "D"),
            u("day", "days", "D"), u("days", "days", "D"), u("week", "weeks", "D"), u("weeks", "weeks", "D"),
            u("month", "months", "D"), u("months", "months", "D"), u("year", "years", "D"), u("years", "years", "D"),
            u("yrs", "years", "D"), u("minuten", "minutes", "D"), u("stunden", "hours", "D"), u("tage", "days", "D"),
            u("monate", "months", "D"), u("jahre", "years", "D"), u("heures", "hours", "D"), u("jours", "days", "D"),
            u("mois", "months", "D"), u("ans", "years", "D"), u("horas", "hours", "D"), u("días", "days", "D"),
            u("meses", "months", "D"), u("años", "years", "D"),
            u("ミリ秒", "ms", "D"), u("秒", "seconds", "D"), u("分", "minutes", "D"), u("時間", "hours", "D"), u("日", "days", "D"),
            u("日間", "days", "D"), u("週間", "weeks", "D"), u("ヶ月", "months", "D"), u("か月", "months", "D"), u("カ月", "months", "D"),
            u("ヵ月", "months", "D"), u("年間", "years", "D"), u("年", "years", "D"),
            u("밀리초", "ms", "D"), u("초", "seconds", "D"), u("분", "minutes", "D"), u("시간", "hours", "D"), u("일", "days", "D"),
            u("주", "weeks", "D"), u("개월", "months", "D"), u("년", "years", "D"),
            u("kb", "KB", "S"), u("mb", "MB", "S"), u("gb", "GB", "S"), u("tb", "TB", "S"), u("pb", "PB", "S"),
            u("bytes", "bytes", "S"),
            u("usd", "USD", "M"), u("dollars", "USD", "M"), u("円", "JPY", "M"), u("jpy", "JPY", "M"), u("yen", "JPY", "M"),
            u("원", "KRW", "M"), u("krw", "KRW", "M"), u("won", "KRW", "M"), u("eur", "EUR", "M"), u("euros", "EUR", "M"),
            u("€", "EUR", "M"), u("gbp", "GBP", "M"),
            u("x", "times", "C"), u("times", "times", "C"), u("倍", "times", "C"), u("배", "times", "C"),
            u("件", "件", "C"), u("名", "名", "C"), u("人", "人", "C"), u("個", "個", "C"), u("社", "社", "C"), u("台", "台", "C"),
            u("回", "回", "C"), u("本", "本", "C"), u("つ", "つ", "C"), u("명", "명", "C"), u("개", "개", "C"), u("건", "건", "C"),
            u("곳", "곳", "C"), u("회", "회", "C"), u("대", "대", "C"), u("번", "번", "C"), u("인", "인", "C"));

    private static Map.Entry<String, String[]> u(String written, String unit, String kind) {
        return Map.entry(written, new String[] {unit, kind});
    }

    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^(?:\\s?-?\\s?)(percentage points|per cent|percent|pct|pp|퍼센트|パーセント|milliseconds|millisecond|msec|ms|seconds|second|secs|sec"
            + "|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|months|month|years|year|yrs|h|s"
            + "|minuten|stunden|tage|monate|jahre|heures|jours|mois|ans|horas|días|meses|años"
            + "|kb|mb|gb|tb|pb|bytes|usd|dollars|jpy|yen|krw|won|eur|euros|gbp|times|x)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CJK_UNIT_AFTER = Pattern.compile(
            "^\\s?(ミリ秒|週間|ヶ月|か月|カ月|ヵ月|年間|日間|時間|밀리초|개월|시간|秒|分|日|年|초|분|일|주|년|円|원|€|倍|배|件|名|人|個|社|台|回|本|つ|명|개|건|곳|회|대|번|인)");
    private static final Pattern NOUN_AFTER = Pattern.compile("^[ \\t-]?((?:\\p{IsLatin}[\\p{IsLatin}'/-]*[ \\t]?){1,4})");
    private static final Pattern RATE_AFTER = Pattern.compile("^\\s?(?:あたり|当たり|당|마다|毎|ごと)");
    private static final Pattern OF_AFTER_MAGNITUDE = Pattern.compile("^[ \\t]*(?:de|d'|of|an)[ \\t]+");
    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "of", "to", "the", "a", "an", "in", "on", "at", "by",
            "for", "with", "from", "was", "were", "is", "are", "be", "been", "as", "than", "that", "this", "it", "we", "i",
            "he", "she", "they", "our", "my", "am", "pm", "while", "when", "which", "who", "per", "vs", "via", "into",
            "over", "under", "after", "before", "since", "until", "during", "also", "so", "but", "not", "no", "all",
            "more", "less", "plus", "each", "every", "then", "there", "here", "if", "its", "their", "et", "und", "y",
            "de", "la", "le", "el", "der", "die", "das", "à", "en", "st", "nd", "rd", "th", "jan", "feb", "mar",
            "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> TEAM_LABELS = Set.of("team size", "team", "members", "member", "headcount",
            "employees", "employee", "people", "人数", "メンバー", "チーム", "구성원", "인원", "팀원", "規模", "チーム規模");

    private static final String[] INCREASE = {"increas", "improv", "boost", "grew", "grow", "rais", "accelerat", "doubl",
        "tripl", "expand", "gain", "higher", "faster", "向上", "増加", "改善", "拡大", "高速化", "향상", "증가", "개선", "확대",
        "erhöh", "steiger", "verbess", "augment", "amélior", "aument", "mejor"};
    private static final String[] DECREASE = {"reduc", "decreas", "cut", "lower", "sav", "shrank", "shrink", "eliminat",
        "minimi", "drop", "slash", "fewer", "less", "削減", "短縮", "低減", "減少", "削除", "감소", "절감", "단축", "줄", "senk",
        "reduz", "verring", "rédui", "diminu", "reduj", "disminu"};
    private static final Pattern SUBJECT_BEFORE_BY = Pattern.compile(
            "(?:increas|improv|boost|rais|accelerat|reduc|decreas|cut|lower|sav|eliminat|minimi|optimiz|speed(?:ing)? up)\\w*\\s+(?:the\\s+|our\\s+)?(.{2,60}?)\\s+(?:by|to)\\s+(?:about\\s+|approximately\\s+|over\\s+|~)?$",
            Pattern.CASE_INSENSITIVE);

    public List<Quantity> find(String text, List<int[]> excluded) {
        BitSet masked = Spans.addresses(text);
        for (int[] span : excluded) {
            masked.set(span[0], span[1]);
        }
        // Regular expressions with leading alternatives retry at every character; numbers are rare,
        // so both passes only try where a run of digits starts (or a sign or currency just before it).
        Matcher mm = MASKS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher m = QUANTITY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Quantity> out = new ArrayList<>();
        int maskedUpTo = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int from = i;
            while (from > 0 && from > i - 2 && "+($€£¥₩".indexOf(text.charAt(from - 1)) >= 0) {
                from--;
            }
            if (from >= maskedUpTo) {
                mm.region(from, text.length());
                if (mm.lookingAt() && (digits(mm.group()) >= 9 || !mm.group().matches("[\\d\\s().+-]+"))) {
                    masked.set(mm.start(), mm.end());
                    maskedUpTo = mm.end();
                }
            }
            int qs = from < i && "$€£¥₩".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
            m.region(qs, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int s0 = m.start(), e0 = m.end();
            if (masked.get(s0, e0).cardinality() > 0 || gluedToWord(text, s0) || isListLabel(text, s0, e0)) {
                continue;
            }
            Quantity q = interpret(text, m);
            if (q != null) {
                out.add(q);
            }
            i = Math.max(i, e0 - 1);
        }
        return out;
    }

    private static boolean isCjkWordChar(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HANGUL || c == 'ー';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Quantity interpret(String text, Matcher m) {
        String n1 = m.group("n1"), n2 = m.group("n2");
        double v1 = parse(n1) * magnitude(m.group("mag1"));
        Double v2 = n2 == null ? null : parse(n2) * magnitude(m.group("mag2") != null ? m.group("mag2") : m.group("mag1"));
        if (v2 != null && m.group("mag2") != null && m.group("mag1") == null) {
            v1 = parse(n1) * magnitude(m.group("mag2")); // "3-4M": the magnitude applies to both ends
        }
        boolean decimal = n1.contains(".") || (n2 != null && n2.contains("."));
        boolean hasMagnitude = m.group("mag1") != null || m.group("mag2") != null;
        int end = m.end();
        String unit = null;
        Quantity.Kind kind = null;
        String subject = null;
        if (m.group("pct1") != null || startsWithPercent(text, end)) {
            unit = "percent";
            kind = Quantity.Kind.PERCENT;
            end = m.group("pct1") != null && !startsWithPercent(text, end) ? end : skipPercent(text, end);
        } else if (m.group("cur") != null) {
            unit = currency(m.group("cur"));
            kind = Quantity.Kind.MONEY;
        } else {
            String rest = text.substring(end, Math.min(text.length(), end + 40));
            Matcher um = UNIT_AFTER.matcher(rest);
            Matcher cm = CJK_UNIT_AFTER.matcher(rest);
            if (um.find()) {
                String[] def = UNITS.get(um.group(1).toLowerCase(Locale.ROOT));
                if (def != null && !(um.group(1).length() == 1 && "hs".contains(um.group(1).toLowerCase(Locale.ROOT)) && !rest.startsWith(um.group(1)))) {
                    unit = def[0];
                    kind = kindOf(def[1]);
                    end += um.end();
                }
            } else if (cm.find()) {
                String[] def = UNITS.get(cm.group(1));
                unit = def[0];
                kind = kindOf(def[1]);
                end += cm.end();
                if (RATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find()) {
                    return null; // "1日あたり": the denominator of a rate, not a quantity
                }
                if (("years".equals(unit)) && v1 >= 1900) {
                    return null; // "2019年": a date
                }
            }
            if (unit == null) {
                String nounRest = rest;
                if (hasMagnitude) {
                    Matcher of = OF_AFTER_MAGNITUDE.matcher(rest);
                    if (of.find()) {
                        nounRest = rest.substring(of.end()); // "2 millions de clients"
                        end += of.end();
                    }
                }
                Matcher nm = NOUN_AFTER.matcher(nounRest);
                if (nm.find() && !decimal) {
                    String phrase = headPhrase(nm.group(1));
                    if (phrase != null) {
                        subject = phrase;
                        unit = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                        kind = Quantity.Kind.COUNT;
                        end += nm.start(1) + phrase.length();
                    }
                }
            }
            if (unit == null && hasMagnitude && end < text.length() && isCjkWordChar(text.charAt(end))) {
                int e = end;
                while (e < text.length() && e - end < 8 && isCjkWordChar(text.charAt(e)) && "のをにでがはとも".indexOf(text.charAt(e)) < 0) {
                    e++;
                }
                unit = text.substring(end, e); // "1億リクエスト", "500万ユーザー": a counted noun after a CJK magnitude
                kind = Quantity.Kind.COUNT;
                end = e;
            }
            if (unit == null && !decimal && teamLabelBefore(text, m.start())) {
                unit = "people";
                kind = Quantity.Kind.COUNT;
                subject = "team size";
            }
        }
        if (unit == null || (decimal && kind == Quantity.Kind.COUNT && !hasMagnitude)) {
            return null;
        }
        if (isYear(n1) && !hasMagnitude && n2 == null && kind != Quantity.Kind.PERCENT && kind != Quantity.Kind.MONEY && kind != Quantity.Kind.SIZE) {
            return null;
        }
        String sentenceBefore = sentencePrefix(text, m.start());
        Quantity.Direction direction = direction(sentenceBefore);
        String tail = sentenceBefore.stripTrailing();
        if (subject == null && (tail.endsWith(" by") || tail.endsWith(" to") || tail.endsWith("~") || tail.endsWith(" about")
                || tail.endsWith(" approximately") || tail.endsWith(" over"))) {
            String window = sentenceBefore.length() > 120 ? sentenceBefore.substring(sentenceBefore.length() - 120) : sentenceBefore;
            Matcher sm = SUBJECT_BEFORE_BY.matcher(window);
            if (sm.find()) {
                subject = sm.group(1).strip();
            }
        }
        return new Quantity(v1, v2, unit, kind, direction, subject, m.start(), end);
    }

    private static Quantity.Kind kindOf(String code) {
        return switch (code) {
            case "P" -> Quantity.Kind.PERCENT;
            case "D" -> Quantity.Kind.DURATION;
            case "S" -> Quantity.Kind.SIZE;
            case "M" -> Quantity.Kind.MONEY;
            default -> Quantity.Kind.COUNT;
        };
    }

    /** The noun phrase after a number, up to the first function word: "large-scale distributed systems". */
    private static String headPhrase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            String lw = trimDashes(w.toLowerCase(Locale.ROOT));
            if (lw.isEmpty() || NOT_NOUNS.contains(lw) || (lw.endsWith("ly") && lw.length() > 4 && sb.length() > 0)) {
                break; // a function word or an adverb ("nightly") ends the noun phrase
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.startsWith("-") ? w.substring(1) : w);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String trimDashes(String w) {
        int a = w.startsWith("-") ? 1 : 0;
        int b = w.length() - (w.length() > a && (w.endsWith("-") || w.endsWith("'")) ? 1 : 0);
        return w.substring(a, Math.max(a, b));
    }

    private static boolean teamLabelBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(Math.max(lineStart, start - 40), start).toLowerCase(Locale.ROOT)
                .replace('|', ' ').replace(':', ' ').replace('：', ' ').replace('*', ' ').strip();
        for (String label : TEAM_LABELS) {
            if (before.endsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPercent(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '％');
    }

    private static int skipPercent(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i + 1;
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> "KRW";
        };
    }

    private static Quantity.Direction direction(String sentenceBefore) {
        String window = (sentenceBefore.length() > 80 ? sentenceBefore.substring(sentenceBefore.length() - 80) : sentenceBefore)
                .toLowerCase(Locale.ROOT);
        int d = lastOf(window, DECREASE), i = lastOf(window, INCREASE);
        if (d < 0 && i < 0) {
            return null;
        }
        return d > i ? Quantity.Direction.DECREASE : Quantity.Direction.INCREASE;
    }

    private static int lastOf(String s, String[] stems) {
        int best = -1;
        for (String stem : stems) {
            best = Math.max(best, s.lastIndexOf(stem));
        }
        return best;
    }

    static String sentencePrefix(String text, int pos) {
        int s = pos;
        while (s > 0 && ".!?。！？\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return text.substring(s, pos);
    }

    private static boolean gluedToWord(String text, int s) {
        if (s == 0) {
            return false;
        }
        char p = text.charAt(s - 1);
        if ((p < 128 && Character.isLetterOrDigit(p)) || p == '.' || p == '_') {
            return true;
        }
        // "HTTP/3", "v/2": a slash right after letters
        return p == '/' && s >= 2 && Character.isLetter(text.charAt(s - 2));
    }

    /** "1. Description", "(2)", "3)" at the start of a line. */
    private static boolean isListLabel(String text, int s, int e) {
        int lineStart = text.lastIndexOf('\n', s - 1) + 1;
        String before = text.substring(lineStart, s).strip();
        if (!(before.isEmpty() || before.equals("(") || before.chars().allMatch(c -> c == '-' || c == '*' || c == '•' || c == '#'))) {
            return false;
        }
        return e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == ')') && (e + 1 >= text.length() || !Character.isDigit(text.charAt(e + 1)));
    }

    private static boolean isYear(String n) {
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) && Character.isDigit(n.charAt(2)) && Character.isDigit(n.charAt(3));
    }

    private static double parse(String n) {
        return Double.parseDouble(n.replace(",", ""));
    }

    private static double magnitude(String mag) {
        return mag == null ? 1 : MAGNITUDES.getOrDefault(mag, 1.0);
    }

    private static int digits(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                d++;
            }
        }
        return d;
    }
}
