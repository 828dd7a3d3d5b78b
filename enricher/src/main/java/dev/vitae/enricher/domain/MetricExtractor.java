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
 * "3–4 people", "1-hour SLA", "メンバー8名", "600 million", "2 milliards d'euros", "4.2x", "nine years".
 *
 * <p>A number counts only with a unit (percent, duration, money, size, multiplier), a magnitude word
 * (thousand/million/billion, mille/million/milliard, Tausend/Million/Milliarde, mil/millón, 万/億, 만/억),
 * or a counted noun after it. A counted noun is what the number counts only when it is a plural ("200
 * merchants", "7 Entwicklern" in German context, "30 member team"); a singular or a proper name after a
 * number makes it a label, a place or a product ("98693 Ilmenau", "Licence 2 Informatique", "1099
 * contractor"). Numbers written as English words count with a duration or a magnitude word. "From 3 to 28"
 * gives two values, before and after; "3-4" gives a range.
 *
 * <p>Not metrics: anything inside a date, a URL, an e-mail, a phone number, a clock time, HTML/CSS markup
 * or a run of bare numbers (coordinates); years; numbers glued to letters (IT1, S3, HTTP/3, 3D, 6th,
 * GPT-4, COVID-19); numbers after a label or a sign of a series ("Grade 10", "Page 4", "#109", "第6回");
 * street addresses and postcodes; ages ("mit 15 Jahren", a birth-date line); family data; numbered-list
 * labels; decimals without a real unit (versions such as MySQL 5.7); the bars of a skill or language chart
 * (two or more "Python 90%" clauses in a row).
 */
public final class MetricExtractor {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** Magnitude words: letters (case matters: "M" is a million, "m" a metre) and words in six languages. */
    private static final String MAG = "(?:[kKMB](?![A-Za-z])|bn(?![A-Za-z])|mn(?![A-Za-z])"
            + "|(?iu:mil millones|milliarden|milliarde|milliards?|millionen|millions?|millones|millón|billions?|thousands?"
            + "|tausend|mille|mil|mio\\.?|mrd\\.?)(?![\\p{L}])|万|億|千|만|억|천)";
    private static final String CUR = "[$€£¥₩]";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<cur>" + CUR + ")?(?<n1>" + NUM + ")(?:\\s?(?<mag1>" + MAG + "))?(?<pct1>\\s?%)?"
            + "(?:(?<sep>\\s?(?:-|–|—|~|〜|～|to)\\s?|\\s(?:à|a|bis|auf|al|hasta)\\s)" + CUR + "?(?<n2>" + NUM + ")(?:\\s?(?<mag2>" + MAG + "))?)?"
            + "(?<plus>\\+)?");

    private static final Pattern MASKS = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b"
            + "|\\+?\\(?\\d{2,4}\\)?[\\s.-]\\d{2,4}[\\s.-]\\d{3,4}(?:[\\s.-]\\d{3,4})?"
            + "|\\+?\\d{1,4}(?:[ .-]\\d{2,4}){3,5}"
            + "|\\(?\\+\\d{1,3}\\)?[\\s.-]?\\(?\\d{1,4}\\)?[\\s.-]?\\d{5,}" // "+57-3105508171", "(+49) 0176…"
            + "|\\d{9,}");
    /** Four or more bare numbers in a row: coordinates, an SVG path, a table of figures without units. */
    private static final Pattern NUMBER_RUN = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:(?:, ?| )-?\\d+(?:\\.\\d+)?){3,}+(?![\\d.,]*\\s?[%\\p{L}])");

    private static final Map<String, Double> MAGNITUDES = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("B", 1e9), Map.entry("bn", 1e9),
            Map.entry("mn", 1e6), Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("thousand", 1e3),
            Map.entry("millions", 1e6), Map.entry("billions", 1e9), Map.entry("thousands", 1e3), Map.entry("milliard", 1e9),
            Map.entry("milliards", 1e9), Map.entry("millones", 1e6), Map.entry("millón", 1e6), Map.entry("mil", 1e3),
            Map.entry("mil millones", 1e9), Map.entry("mille", 1e3), Map.entry("tausend", 1e3), Map.entry("millionen", 1e6),
            Map.entry("milliarde", 1e9), Map.entry("milliarden", 1e9), Map.entry("mio", 1e6), Map.entry("mrd", 1e9),
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
            u("meses", "months", "D"), u("años", "years", "D"), u("jahr", "years", "D"), u("jahren", "years", "D"),
            u("monat", "months", "D"), u("monaten", "months", "D"), u("wochen", "weeks", "D"), u("woche", "weeks", "D"),
            u("tagen", "days", "D"), u("stunde", "hours", "D"), u("an", "years", "D"), u("semaines", "weeks", "D"),
            u("semaine", "weeks", "D"), u("heure", "hours", "D"), u("año", "years", "D"), u("mes", "months", "D"),
            u("semanas", "weeks", "D"), u("hora", "hours", "D"),
            u("ミリ秒", "ms", "D"), u("秒", "seconds", "D"), u("分", "minutes", "D"), u("時間", "hours", "D"), u("日", "days", "D"),
            u("日間", "days", "D"), u("週間", "weeks", "D"), u("ヶ月", "months", "D"), u("か月", "months", "D"), u("カ月", "months", "D"),
            u("ヵ月", "months", "D"), u("年間", "years", "D"), u("年", "years", "D"),
            u("밀리초", "ms", "D"), u("초", "seconds", "D"), u("분", "minutes", "D"), u("시간", "hours", "D"), u("일", "days", "D"),
            u("주", "weeks", "D"), u("개월", "months", "D"), u("년", "years", "D"),
            u("kb", "KB", "S"), u("mb", "MB", "S"), u("gb", "GB", "S"), u("tb", "TB", "S"), u("pb", "PB", "S"),
            u("bytes", "bytes", "S"),
            u("usd", "USD", "M"), u("dollars", "USD", "M"), u("円", "JPY", "M"), u("jpy", "JPY", "M"), u("yen", "JPY", "M"),
            u("원", "KRW", "M"), u("krw", "KRW", "M"), u("won", "KRW", "M"), u("eur", "EUR", "M"), u("euros", "EUR", "M"),
            u("€", "EUR", "M"), u("gbp", "GBP", "M"), u("euro", "EUR", "M"), u("dollar", "USD", "M"),
            u("x", "times", "C"), u("×", "times", "C"), u("times", "times", "C"), u("倍", "times", "C"), u("배", "times", "C"),
            u("件", "件", "C"), u("名", "名", "C"), u("人", "人", "C"), u("個", "個", "C"), u("社", "社", "C"), u("台", "台", "C"),
            u("回", "回", "C"), u("本", "本", "C"), u("つ", "つ", "C"), u("명", "명", "C"), u("개", "개", "C"), u("건", "건", "C"),
            u("곳", "곳", "C"), u("회", "회", "C"), u("대", "대", "C"), u("번", "번", "C"), u("인", "인", "C"));

    private static Map.Entry<String, String[]> u(String written, String unit, String kind) {
        return Map.entry(written, new String[] {unit, kind});
    }

    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^(?:\\s?-?\\s?)(percentage points|per cent|percent|pct|pp|퍼센트|パーセント|milliseconds|millisecond|msec|ms|seconds|second|secs|sec"
            + "|minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|months|month|years|year|yrs|h|s"
            + "|minuten|stunden|stunde|tagen|tage|monaten|monate|monat|jahren|jahre|jahr|wochen|woche|heures|heure|jours"
            + "|semaines|semaine|mois|ans|an|horas|hora|días|semanas|meses|mes|años|año"
            + "|kb|mb|gb|tb|pb|bytes|usd|dollars|dollar|jpy|yen|krw|won|eur|euros|euro|gbp|times|x|×)(?![\\p{IsLatin}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // up to three spaces: a justified PDF line spreads "約 6  分", "15  개" apart
    private static final Pattern CJK_UNIT_AFTER = Pattern.compile(
            "^(?:[ \\u00A0]{1,3}|\\s)?(ミリ秒|週間|ヶ月|か月|カ月|ヵ月|年間|日間|時間|밀리초|개월|시간|秒|分|日|年|초|분|일|주|년|円|원|€|倍|배|件|名|人|個|社|台|回|本|つ|명|개\\s?월|개|건|곳|회|대|번(?![길지])|인)");
    /**
     * A counted noun after a number: separated by one space or a hyphen ("3D", "6th", "9XW" are not), or on the
     * next line when that line goes on in lower case (a wrapped sentence).
     */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^(?:(?<hyphen>[ \\t]?-)|[ \\t]|[ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll}))(?<words>(?:\\p{IsLatin}[\\p{IsLatin}'/-]*[ \\t]?){1,4})");
    private static final Pattern RATE_AFTER = Pattern.compile("^\\s?(?:あたり|当たり|당|마다|毎|ごと)");
    private static final Pattern OF_AFTER_MAGNITUDE = Pattern.compile("^[ \\t]*(?:(?:de|of|an)(?=[ \\t])|d['’])");
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
        maskMarkup(text, masked);
        maskLevels(text, masked);
        // Regular expressions with leading alternatives retry at every character; numbers are rare,
        // so both passes only try where a run of digits starts (or a sign or currency just before it).
        Matcher mm = MASKS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher m = QUANTITY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher rm = NUMBER_RUN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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
                } else if (rm.region(i, text.length()).lookingAt()) {
                    masked.set(rm.start(), rm.end());
                    maskedUpTo = rm.end();
                }
            }
            int qs = from < i && "$€£¥₩".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
            m.region(qs, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int s0 = m.start(), e0 = m.end();
            if (masked.get(s0, e0).cardinality() > 0 || gluedToWord(text, s0) || isListLabel(text, s0, e0) || labelBefore(text, s0)) {
                i = Math.max(i, e0 - 1);
                continue;
            }
            Quantity q = interpret(text, m);
            if (q != null) {
                if (q.valueMax() != null && isChange(text, m)) {
                    // "from 3 to 28 engineers": a before and an after, not a range
                    out.add(new Quantity(q.value(), null, q.unit(), q.kind(), q.direction(), q.subject(), q.start(), m.end("n1")));
                    out.add(new Quantity(q.valueMax(), null, q.unit(), q.kind(), q.direction(), q.subject(), m.start("n2"), q.end()));
                } else {
                    out.add(q);
                }
                e0 = Math.max(e0, q.end());
            }
            i = Math.max(i, e0 - 1);
        }
        spelledNumbers(text, masked, out);
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private static Map<String, Integer> numberWords() {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 1; i < small.length; i++) {
            out.put(small[i], i);
        }
        for (int t = 0; t < tens.length; t++) {
            out.put(tens[t], 20 + 10 * t);
            for (int u = 1; u < 10; u++) {
                out.put(tens[t] + "-" + small[u], 20 + 10 * t + u);
            }
        }
        out.put("a", 1);
        out.put("an", 1);
        out.put("a dozen", 12);
        return Map.copyOf(out);
    }

    private static final Pattern SPELLED = Pattern.compile(
            "(?iu)(?<lead>a dozen|an?|[a-z]+(?:-[a-z]+)?)(?: (?<hundred>hundred))?(?: (?<mag>thousand|million|billion))?(?![\\p{L}-])");

    /**
     * Numbers written as words (English): "nine years", "a hundred thousand users", "a million". A small number
     * counts only with a duration, percent or money unit; with "hundred", "thousand", "million" or "billion" it is
     * a quantity by itself.
     */
    private void spelledNumbers(String text, BitSet masked, List<Quantity> out) {
        Matcher sp = SPELLED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("aotfsenhAOTFSENH".indexOf(c) < 0 || (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-'))) {
                continue;
            }
            int w = i;
            while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-')) {
                w++;
            }
            String word = text.substring(i, w).toLowerCase(Locale.ROOT);
            int hyphen = word.indexOf('-');
            if (w - i > 13 || !(NUMBER_WORDS.containsKey(word) || hyphen > 0 && NUMBER_WORDS.containsKey(word.substring(0, hyphen)))
                    || !sp.region(i, text.length()).lookingAt()) {
                i = w;
                continue;
            }
            String leadWord = sp.group("lead").toLowerCase(Locale.ROOT);
            Integer lead = NUMBER_WORDS.get(leadWord);
            boolean magnitude = sp.group("hundred") != null || sp.group("mag") != null;
            int end = sp.end();
            if (lead == null && leadWord.indexOf('-') > 0) {
                leadWord = leadWord.substring(0, leadWord.indexOf('-')); // "two-month internship"
                lead = NUMBER_WORDS.get(leadWord);
                magnitude = false;
                end = i + leadWord.length();
            }
            boolean article = lead != null && lead == 1 && leadWord.startsWith("a");
            if (lead == null || (article && !magnitude) || masked.get(i)) {
                i = w;
                continue;
            }
            double value = magnitude ? lead * (sp.group("hundred") != null ? 100 : 1) * magnitude(sp.group("mag")) : lead;
            String rest = text.substring(end, Math.min(text.length(), end + 40));
            Matcher um = UNIT_AFTER.matcher(rest);
            String unit = null;
            Quantity.Kind kind = null;
            String subject = null;
            if (um.find() && um.group(1).length() > 2) {
                String[] def = UNITS.get(um.group(1).toLowerCase(Locale.ROOT));
                if (def != null && !"C".equals(def[1]) && !"S".equals(def[1])) {
                    unit = def[0];
                    kind = kindOf(def[1]);
                    end += um.end();
                }
            }
            if (unit == null && magnitude) {
                Matcher of = OF_AFTER_MAGNITUDE.matcher(rest);
                int skip = of.find() ? of.end() : 0;
                Matcher nm = NOUN_AFTER.matcher(rest.substring(skip));
                String phrase = nm.find() && nm.group("hyphen") == null ? headPhrase(nm.group("words"), false) : null;
                phrase = phrase == null ? null : countedPhrase(phrase, false, true, "0", value, false, false, false);
                if (phrase != null) {
                    subject = phrase;
                    unit = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                    end += skip + nm.start("words") + phrase.length();
                } else {
                    unit = "count";
                }
                kind = Quantity.Kind.COUNT;
            }
            if (unit == null || (value < 2 && !magnitude) || ("years".equals(unit) && isAge(text, i, end))) {
                i = w;
                continue;
            }
            out.add(new Quantity(value, null, unit, kind, direction(sentencePrefix(text, i)), subject, i, end));
            i = end - 1;
        }
    }

    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?iu)\\b(?:from|de|du|von|desde)\\s*$");

    /** "from 3 to 28", "de 2 à 15", "von 3 auf 28": two values of one thing, before and after. */
    private static boolean isChange(String text, Matcher m) {
        String sep = m.group("sep").strip();
        if (sep.equals("-") || sep.equals("–") || sep.equals("—") || sep.equals("~") || sep.equals("〜") || sep.equals("～")) {
            return false;
        }
        return CHANGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
    }

    /** Words that make the number after them a label, an index or an identifier: "Grade 10", "Page 4 of 6", "Vol. 12". */
    private static final Set<String> LABELS = Set.of("grade", "class", "level", "licence", "license", "semester", "sem",
            "stage", "tier", "phase", "step", "part", "chapter", "section", "vol", "volume", "no", "nr", "nº", "n°", "num",
            "number", "issue", "page", "pagina", "página", "seite", "edition", "season", "episode", "room", "suite", "apt",
            "apartment", "unit", "floor", "box", "lot", "gen", "generation", "version", "release", "v", "rev", "iso", "issn",
            "isbn", "doi", "id", "sprint", "round", "batch", "cohort", "track", "route", "klasse", "classe", "niveau", "nivel",
            "grado", "teil", "kapitel", "band", "heft", "jahrgang", "layer", "ages", "age");

    private static boolean labelBefore(String text, int s) {
        int e = s;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.' || text.charAt(e - 1) == ':')) {
            e--;
        }
        if (e > 0 && text.charAt(e - 1) == '#' || e == s && e > 0 && (text.charAt(e - 1) == '第' || text.charAt(e - 1) == '제')) {
            return true; // "#109", "PMP #1342546", "第6回", "제6회": a number in a series
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && e - b <= 12 && LABELS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /** "Python 90%", "Anglais : 80 %": a name and a percentage, nothing else — one bar of a skill or language chart. */
    private static final Pattern LEVEL_CLAUSE = Pattern.compile(
            "(?U)^\\s*(?:[^:：\\n%]{1,30}[:：]\\s*)?(?<name>\\p{L}[\\p{L}\\p{N}+#./'’ -]{0,40}?)\\s*[:：]?\\s*(?<n>\\d{1,3})\\s?[%％]\\s*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\n|[,;|·•、]");
    private static final Set<String> LEVEL_BLOCKERS = Set.of("by", "to", "of", "at", "de", "du", "del", "des", "von", "um", "auf",
            "à", "a", "al", "en", "por", "para", "bis", "than", "over", "under", "top");
    /** A level or a language named in a clause makes its percentage a level even alone ("Nivel de inglés: 85 %", "Anglais 80%"). */
    private static final Pattern LEVEL_NAME = Pattern.compile("(?iu)(?<!\\p{L})(?:level|niveau|nivel|kenntnisse|sprachkenntnisse"
            + "|english|englisch|anglais|inglés|ingles|french|français|francés|französisch|spanish|español|espagnol|spanisch"
            + "|german|deutsch|allemand|alemán|japanese|japonais|japonés|japanisch|korean|coréen|coreano|koreanisch|chinese|chinois"
            + "|chino|chinesisch|mandarin|italian|italien|italiano|italienisch|portuguese|portugais|portugués|russian|russe|ruso|russisch"
            + "|arabic|arabe|árabe|arabisch)(?!\\p{L})|英語|日本語|韓国語|中国語|영어|일본어|한국어|중국어|レベル|수준|語学");

    /**
     * Skill and language charts ("Python 90%" / "Java 75%", "Anglais 80%, Espagnol 60%"): two or more clauses in a row,
     * each a name of at most three words and a bare percentage, are levels, not results. A clause whose last word
     * before the number is a preposition ("reduced by 20%") or which names a change is never one. A clause naming a
     * language or a level ("Anglais 80%", "Nivel de inglés: 85 %") is a level on its own.
     */
    private static void maskLevels(String text, BitSet masked) {
        if (text.indexOf('%') < 0 && text.indexOf('％') < 0) {
            return;
        }
        List<int[]> run = new ArrayList<>();
        int from = 0;
        Matcher brk = CLAUSE_BREAK.matcher(text);
        while (from <= text.length()) {
            int to = brk.find(from) ? brk.start() : text.length();
            String clause = text.substring(from, to);
            Matcher lm = LEVEL_CLAUSE.matcher(clause);
            boolean level = false;
            // the pattern backtracks over every clause it fails on: only a short clause holding a percent sign can be a bar
            if (clause.length() <= 200 && (clause.indexOf('%') >= 0 || clause.indexOf('％') >= 0) && lm.matches()) {
                String[] words = lm.group("name").strip().split("\\s+");
                String last = words[words.length - 1].toLowerCase(Locale.ROOT);
                level = words.length <= 3 && !LEVEL_BLOCKERS.contains(last) && direction(lm.group("name")) == null;
            }
            if (level && LEVEL_NAME.matcher(clause).find()) {
                masked.set(from + lm.start("n"), to);
            } else if (level) {
                run.add(new int[] {from + lm.start("n"), to});
            } else if (!clause.isBlank() || clause.contains("\n") || to < text.length() && text.charAt(to) == '\n' && run.size() > 0
                    && from == to) {
                closeRun(run, masked);
            }
            if (to >= text.length()) {
                break;
            }
            from = to + 1;
        }
        closeRun(run, masked);
    }

    private static void closeRun(List<int[]> run, BitSet masked) {
        if (run.size() >= 2) {
            for (int[] r : run) {
                masked.set(r[0], r[1]);
            }
        }
        run.clear();
    }

    private static final Pattern MARKUP = Pattern.compile("(?is)<style\\b.*?</style>|<script\\b.*?</script>|<[a-z!/][^<>\\n]{0,500}>");

    /** HTML or XML inside a document (Markdown with tags, a style sheet): attributes and CSS are not prose. */
    private static void maskMarkup(String text, BitSet masked) {
        int lt = text.indexOf('<');
        if (lt < 0) {
            return;
        }
        Matcher mk = MARKUP.matcher(text);
        while (lt >= 0) {
            if (mk.region(lt, text.length()).lookingAt()) {
                masked.set(mk.start(), mk.end());
                lt = text.indexOf('<', mk.end());
            } else {
                lt = text.indexOf('<', lt + 1);
            }
        }
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
                boolean dimension = "times".equals(def == null ? null : def[0]) && (um.group(1).equals("X") && decimal && um.start(1) == 0
                        || rest.substring(um.end()).matches("(?s)^\\s*\\d.*")); // "802.1X", "2 × 2 tables"
                if (def != null && !dimension
                        && !(um.group(1).length() == 1 && "hs".contains(um.group(1).toLowerCase(Locale.ROOT)) && !rest.startsWith(um.group(1)))) {
                    unit = def[0];
                    kind = kindOf(def[1]);
                    end += um.end();
                }
            } else if (cm.find()) {
                String[] def = UNITS.get(cm.group(1).replace(" ", "")); // "6개 월": a space from the PDF
                unit = def[0];
                kind = kindOf(def[1]);
                end += cm.end();
                if (RATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find()) {
                    return null; // "1日あたり": the denominator of a rate, not a quantity
                }
                if (("years".equals(unit)) && (v1 >= 1900 || JAPANESE_ERA_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()
                        || YEAR_ORDINAL_AFTER.matcher(text.substring(end - 1, Math.min(text.length(), end + 2))).lookingAt())) {
                    return null; // "2019年", "平成30年", "令和2年度": a date; "3年次": a year of study
                }
            }
            if (unit == null) {
                String nounRest = rest;
                if (hasMagnitude) {
                    Matcher of = OF_AFTER_MAGNITUDE.matcher(rest);
                    if (of.find()) {
                        // "2 millions de clients", "2 milliards d'euros": the noun (or currency) after "of"
                        nounRest = " " + rest.substring(of.end()).stripLeading();
                        end += rest.length() - nounRest.length() + 1;
                        Matcher money = UNIT_AFTER.matcher(nounRest);
                        if (money.find() && "M".equals(UNITS.get(money.group(1).toLowerCase(Locale.ROOT))[1])) {
                            unit = UNITS.get(money.group(1).toLowerCase(Locale.ROOT))[0];
                            kind = Quantity.Kind.MONEY;
                            end += money.end();
                        }
                    }
                }
                Matcher nm = NOUN_AFTER.matcher(nounRest);
                if (unit == null && nm.find() && (!decimal || hasMagnitude)) {
                    String phrase = headPhrase(nm.group("words"), false);
                    if (phrase != null) {
                        // null for "98693 Ilmenau", "1012 Green Oak Dr", "Licence 2 Informatique", "8 bits"
                        phrase = countedPhrase(phrase, nm.group("hyphen") != null, hasMagnitude, n1, v1, n2 != null, letterMagnitude(m),
                                GERMAN_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find());
                    }
                    if (phrase != null) {
                        subject = phrase;
                        unit = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                        kind = Quantity.Kind.COUNT;
                        end += nm.start("words") + phrase.length();
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
            if (unit == null && wordMagnitude(m.group("mag1")) || unit == null && wordMagnitude(m.group("mag2"))) {
                unit = "count"; // "600 million", "3.6 Millionen": a magnitude word makes a bare number a quantity
                kind = Quantity.Kind.COUNT;
            }
        }
        if (unit == null || (decimal && kind == Quantity.Kind.COUNT && !hasMagnitude && !"times".equals(unit))) {
            return null;
        }
        if (v1 == 0 && (v2 == null || v2 == 0) && (kind == Quantity.Kind.COUNT || kind == Quantity.Kind.DURATION)) {
            return null; // "총 경력 기간: 0년 0개월", "0 projects": nothing was counted
        }
        if (kind == Quantity.Kind.COUNT && subject != null && !hasMagnitude && productBefore(text, m.start())) {
            return null; // "Windows 10 laptops", "Office 365 users", "Java 8 streams": a product's version or edition
        }
        if (n1.length() > 1 && n1.charAt(0) == '0' && n1.charAt(1) != '.') {
            return null; // "007", "42, 000 people" cut apart: a leading zero is a code or a fragment
        }
        if ("years".equals(unit) && (isAge(text, m.start(), end) || SCHOOL_TYPE_BEFORE.matcher(
                text.substring(Math.max(0, m.start() - 6), m.start())).find() || programmeLength(text, m.start()))) {
            return null; // "mit 15 Jahren", "(53 años)" on a birth-date line, "대학교(4년)", "Licenciatura (5 años)": a kind of school
        }
        if (kind == Quantity.Kind.COUNT && onFamilyLine(text, m.start())) {
            return null; // "verheiratet, 2 Kinder"
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

    /**
     * Whether the noun phrase after a number is what the number counts. A count of more than one names a plural
     * ("200 merchants", "7 Entwicklern", "3 Projects"); a singular or a proper name after a number is a label, a
     * place or a product ("98693 Ilmenau", "Licence 2 Informatique", "1099 contractor"). Hyphenated compounds
     * ("10-engineer team") and magnitudes ("12M+ SAR") need no plural. Returns the phrase up to its last plural
     * ("5,000 secure daily transactions", "1M records nightly"), or null when the number counts nothing.
     */
    private static String countedPhrase(String phrase, boolean hyphen, boolean hasMagnitude, String n1, double v1, boolean range,
                                        boolean letterMagnitude, boolean german) {
        String[] words = phrase.split(" ");
        for (String w : words) {
            if (STREET_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return null; // "12 Rue des Lilas", "4633 Old Ironsides Dr"
            }
        }
        if (hyphen) {
            // "4-point grid", "5-star", "64-bit" measure; "10-engineer team" counts; "03/15-Present" is a date
            return MEASURE_NOUNS.contains(words[0].toLowerCase(Locale.ROOT)) || Character.isUpperCase(words[0].charAt(0))
                    ? null : headPhrase(phrase, true);
        }

        if (!hasMagnitude && Character.isUpperCase(words[0].charAt(0)) && n1.matches("\\d{4,5}")) {
            return null; // "75001 Paris", "10115 Berlin": a postcode and its city
        }
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (isPlural(words[i], german) || (i > 0 && COLLECTIVES.contains(words[i].toLowerCase(Locale.ROOT)))) {
                last = i; // "30 member team": a singular before a collective noun
            }
        }
        if (hasMagnitude && last < 0 && letterMagnitude) {
            // "12M+ SAR" counts money in a currency code; "104B Hubbard Hall" is a room
            return words[0].length() <= 4 && words[0].chars().allMatch(Character::isUpperCase) ? words[0] : null;
        }
        if (hasMagnitude) {
            return last >= 0 ? String.join(" ", java.util.Arrays.copyOf(words, last + 1)) : headPhrase(phrase, true);
        }
        if (last < 0 || (v1 == 1 && !range)) {
            return null; // "1 on 1 meetings", "1 patent": one of something is no measure
        }
        return String.join(" ", java.util.Arrays.copyOf(words, last + 1));
    }

    private static boolean isPlural(String word, boolean german) {
        int slash = word.indexOf('/');
        if (slash > 0) { // "requests/day", "req/s", "A/B tests"
            String per = word.substring(slash + 1).toLowerCase(Locale.ROOT);
            return isPlural(word.substring(0, slash), german) || Set.of("s", "sec", "min", "h", "hr", "day", "week", "month", "mo",
                    "year", "yr").contains(per);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (MEASURE_NOUNS.contains(lower) || lower.isEmpty()) {
            return false;
        }
        boolean capitalized = Character.isUpperCase(word.charAt(0));
        return PLURALS.contains(lower) || (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 1) || lower.endsWith("x")
                || (german && capitalized && (lower.endsWith("n") || lower.endsWith("er") || lower.endsWith("e")));
    }

    /** German around a number: its plurals ("7 Entwicklern", "5 Mitarbeiter", "3 Projekte") end in -n, -er, -e. */
    private static final Pattern GERMAN_CONTEXT = Pattern.compile(
            "(?u)\\b(?:von|mit|für|und|bei|über|aus|im|zu|seit|der|die|das|den|dem|ein|eine|einem|einer|rund|insgesamt)\\b"
            + "|[äöüß]");
    private static final Set<String> COLLECTIVES = Set.of("team", "group", "squad", "crew", "department", "division",
            "organization", "organisation", "org", "office", "unit", "lab");

    private static final Set<String> PLURALS = Set.of("people", "staff", "children", "men", "women", "data", "personnel",
            "media", "alumni", "criteria", "feet", "crew", "cattle", "personas", "personnes", "leute", "personal");
    /** Nouns a number measures rather than counts: "8 bits", "4-point grid", "5-star rating", "3-tier". */
    private static final Set<String> MEASURE_NOUNS = Set.of("bit", "bits", "point", "star", "tier", "layer", "core",
            "factor", "way", "step", "stage", "phase", "dimensional", "d", "px", "pt", "em", "rem", "dpi");
    private static final Set<String> STREET_WORDS = Set.of("st", "street", "ave", "avenue", "rd", "road", "dr", "drive",
            "blvd", "boulevard", "ln", "lane", "ct", "court", "pl", "pkwy", "parkway", "hwy", "highway", "terrace", "cir",
            "rue", "calle", "avenida", "av", "str", "strasse", "straße", "weg", "gasse", "allee", "platz", "chemin", "via",
            "apt", "suite", "floor", "piso", "étage", "stock");

    /** "104B Hubbard Hall", "3M": a letter after a number is a magnitude only before a plural or a currency code. */
    private static boolean letterMagnitude(Matcher m) {
        String mag = m.group("mag1") != null ? m.group("mag1") : m.group("mag2");
        return mag != null && mag.length() == 1 && Character.isLetter(mag.charAt(0));
    }

    private static boolean wordMagnitude(String mag) {
        return mag != null && mag.length() > 2 || "万".equals(mag) || "億".equals(mag) || "만".equals(mag) || "억".equals(mag);
    }

    /** Birth-date lines and age phrasing in the languages read: the years of a person, not of experience. */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "(?iu)(?:\\b(?:mit|aged?|âge de|l'âge de|alter von|edad de|a los|at the age of)|\\b(?:age|alter|âge|edad)\\s?:?)\\s*$");
    private static final Pattern AGE_AFTER = Pattern.compile("(?iu)^[\\s-]*(?:olds?\\b|of age\\b|alt\\b|de edad\\b|d'âge\\b)");
    /** An era name before a year ("平成30年", "令和2年"): a date in the Japanese calendar. */
    private static final Pattern JAPANESE_ERA_BEFORE = Pattern.compile("(?:明治|大正|昭和|平成|令和)\\s?$");
    /** "年度" (a fiscal or school year), "年次" and "学年" (a year of study) after a number: which year, not how long. */
    private static final Pattern YEAR_ORDINAL_AFTER = Pattern.compile("年(?:度|次)|学年");
    private static final Pattern SCHOOL_TYPE_BEFORE = Pattern.compile("(?:대학교|대학|大学|短大)\\(\\s*$");
    private static final Pattern EXPERIENCE_AFTER = Pattern.compile(
            "(?iu)^\\s*(?:of\\s+|d'|de\\s+)?\\p{L}*(?:erfahrung|experience|expérience|experiencia|berufs)");
    private static final Pattern BIRTH_LINE = Pattern.compile(
            "(?iu)geburt|geboren|naissance|\\bnée?\\b|nacimiento|nacid[oa]|\\bborn\\b|birth|生年月日|생년월일");

    private static boolean isAge(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        if (EXPERIENCE_AFTER.matcher(after).find()) {
            return false; // "mit 5 Jahren Berufserfahrung": with, not at
        }
        return AGE_BEFORE.matcher(text.substring(Math.max(lineStart, start - 24), start)).find()
                || AGE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10))).find()
                || BIRTH_LINE.matcher(line).find()
                || (start < 600 && line.strip().length() == end - start); // "27 ans" alone on a line of the header
    }

    /** Marital status and children: personal data, not achievements. */
    private static final Pattern FAMILY_LINE = Pattern.compile(
            "(?iu)familienstand|verheiratet|ledig|\\bkinder\\b|marié|célibataire|\\benfants?\\b|casad[oa]|solter[oa]"
            + "|divorciad[oa]|\\bhij[oa]s?\\b|married|\\bchildren\\b|marital");

    private static boolean onFamilyLine(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.length() < 120 && FAMILY_LINE.matcher(line).find();
    }

    /** The noun phrase after a number, up to the first function word: "large-scale distributed systems". */
    private static String headPhrase(String words, boolean adverbEnds) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            String lw = trimDashes(w.toLowerCase(Locale.ROOT));
            if (lw.isEmpty() || NOT_NOUNS.contains(lw) || (adverbEnds && lw.endsWith("ly") && lw.length() > 4 && sb.length() > 0)) {
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
        if ((p < 128 && Character.isLetterOrDigit(p)) || p == '.') {
            return true;
        }
        if (p == '_') {
            return s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2)); // "var_2"; "_6개 전략_" is Markdown emphasis
        }
        // "HTTP/3", "v/2": a slash right after letters; "GPT-4", "COVID-19": a hyphen after a capital
        if (p == '-' && s >= 2 && Character.isLetter(text.charAt(s - 2))) {
            int b = s - 1;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            return Character.isUpperCase(text.charAt(b));
        }
        // "14/8/12", "4/5 marks", "24/7": the second part of a date or a fraction
        return p == '/' && s >= 2 && (Character.isLetter(text.charAt(s - 2)) || isDigit(text.charAt(s - 2)));
    }

    /** "Licenciatura (5 años)", "Bachelor of Science (4 years)": the length of a degree programme in brackets after it. */
    private static boolean programmeLength(String text, int s) {
        int b = s;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0 || text.charAt(b - 1) != '(') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', b - 1) + 1;
        String before = text.substring(Math.max(lineStart, b - 80), b - 1).strip();
        return !before.isEmpty() && EducationExtractor.isDegree(before);
    }

    /** A capitalised name right before a number inside a sentence: "with Windows 10", "for Office 365", "on Cisco 3550". */
    private static final Pattern PRODUCT_BEFORE = Pattern.compile("(?<=[\\p{Ll},] )\\p{Lu}[\\p{L}\\d.+#-]*\\s$");

    private static boolean productBefore(String text, int s) {
        String before = text.substring(Math.max(0, s - 40), s);
        int nl = before.lastIndexOf('\n');
        before = nl >= 0 ? before.substring(nl + 1) : before;
        return PRODUCT_BEFORE.matcher(before).find()
                && !GERMAN_CONTEXT.matcher(before).find(); // German capitalises every noun: "in Summe 20 Projekte"
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
        if (mag == null) {
            return 1;
        }
        Double exact = MAGNITUDES.get(mag); // "M" and "m" differ; words do not
        return exact != null ? exact : MAGNITUDES.getOrDefault(mag.toLowerCase(Locale.ROOT).replace(".", ""), 1.0);
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
