package dev.vitae.enricher.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code ../shared/eval/score.py}, ported literally so that both give the same
 * numbers. Names are compared after NFKC, lower case, punctuation and company suffixes removed:
 * equal, equal without spaces, one containing the other (both at least three characters), or half
 * the words in common. Skills are compared by a folded key (vendor prefixes and a few aliases);
 * metric units by class (percent, duration, money, bytes, count).
 *
 * <p>Whitespace is Python's ({@code str.isspace}), not Java's, so that splitting and stripping agree.
 */
final class Matching {
    private Matching() {
    }

    private static final String SPACE = "[\\p{IsWhite_Space}\\x1c-\\x1f]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern PUNCTUATION = Pattern.compile("[()（）\\[\\]【】「」,.:;!?/\\\\|&'\"`·・~〜\\-–—_]");
    private static final Pattern COMPANY_FORMS = Pattern.compile("株式会社|주식회사|\\(주\\)|（株）|\\(株\\)");
    private static final Pattern NOT_SKILL_CHAR = Pattern.compile("[^0-9a-z+#\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]");

    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "gmbh", "plc",
            "company", "kk", "株式会社", "주식회사", "(주)");
    private static final List<String> PREFIXES = List.of("apache ", "amazon ", "aws ", "microsoft ", "azure ", "google ", "gcp ");
    private static final Map<String, String> SKILL_SPECIAL = Map.of("google cloud", "gcp", "google cloud platform", "gcp",
            "gcp", "gcp", "aws", "aws", "amazon web services", "aws", "azure", "azure", "microsoft azure", "azure", "apache", "apache");
    private static final Map<String, String> SKILL_ALIASES = Map.ofEntries(Map.entry("postgres", "postgresql"),
            Map.entry("golang", "go"), Map.entry("k8s", "kubernetes"), Map.entry("node", "nodejs"), Map.entry("js", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("netcore", "dotnet"), Map.entry("net", "dotnet"), Map.entry("dotnetcore", "dotnet"),
            Map.entry("aspnetcore", "dotnet"), Map.entry("mongo", "mongodb"), Map.entry("hyperledger", "hyperledgerfabric"),
            Map.entry("beanstalk", "elasticbeanstalk"), Map.entry("firebasecloudmessaging", "fcm"), Map.entry("confluentkafka", "kafka"),
            Map.entry("reactjs", "react"), Map.entry("vuejs", "vue"), Map.entry("nextjs", "nextjs"), Map.entry("githubaction", "githubactions"),
            Map.entry("cicd", "cicd"), Map.entry("amazons3", "s3"), Map.entry("simplestorageservice", "s3"),
            Map.entry("elasticcomputecloud", "ec2"), Map.entry("relationaldatabaseservice", "rds"), Map.entry("sqlalchemyorm", "sqlalchemy"),
            Map.entry("http3quic", "http3"), Map.entry("gcs", "cloudstorage"), Map.entry("vertexaipipelines", "vertexai"),
            Map.entry("pyspark", "pyspark"), Map.entry("stepfunction", "stepfunctions"), Map.entry("lambdafunctions", "lambda"));
    private static final Set<String> DURATION = Set.of("ms", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds",
            "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "duration");
    private static final Set<String> PERCENT = Set.of("percent", "%", "pct", "percentage", "percentagepoints", "pp");
    private static final Set<String> MONEY = Set.of("usd", "jpy", "krw", "eur", "gbp", "cny", "money", "currency", "$", "¥", "₩", "€", "£");
    private static final Set<String> BYTES = Set.of("b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bytes", "byte");

    static String nfkc(String s) {
        return pyStrip(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    static String pyStrip(String s) {
        return s.replaceAll("^" + SPACE + "+|" + SPACE + "+$", "");
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(PUNCTUATION.matcher(nfkc(s)).replaceAll(" "))) {
            if (!w.isEmpty() && !SUFFIXES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String orgKey(String s) {
        return String.join(" ", words(COMPANY_FORMS.matcher(s == null ? "" : s).replaceAll(" ")));
    }

    /** True when two names plausibly denote the same thing ({@code similar} in score.py). */
    static boolean similar(String a, String b) {
        String ka = orgKey(a), kb = orgKey(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb) || ka.replace(" ", "").equals(kb.replace(" ", ""))) {
            return true;
        }
        if (length(ka) >= 3 && length(kb) >= 3 && (ka.contains(kb) || kb.contains(ka))) {
            return true;
        }
        Set<String> wa = new HashSet<>(List.of(ka.split(" "))), wb = new HashSet<>(List.of(kb.split(" ")));
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) common.size() / union.size() >= 0.5;
    }

    static boolean anySimilar(List<String> golds, String pred) {
        return golds.stream().anyMatch(g -> similar(g, pred == null ? "" : pred));
    }

    /** Python counts code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * A gold date agrees when the prediction starts with it (so "2021" accepts "2021-04"); a gold
     * "present" wants no end (or "present") and a role not marked as ended.
     */
    static boolean dateOk(String gold, String pred, Boolean current) {
        if (gold == null) {
            return true;
        }
        boolean predEmpty = pred == null || pred.isEmpty();
        if (gold.equals("present")) {
            return (predEmpty || pred.equals("present")) && (!Boolean.FALSE.equals(current) || predEmpty);
        }
        if (predEmpty || pred.equals("present")) {
            return false;
        }
        return pred.startsWith(gold);
    }

    static String skillKey(String s) {
        String t = SPACES.matcher(nfkc(s)).replaceAll(" ");
        if (SKILL_SPECIAL.containsKey(t)) {
            return SKILL_SPECIAL.get(t);
        }
        for (String p : PREFIXES) {
            if (t.startsWith(p) && t.length() > p.length()) {
                t = t.substring(p.length());
                break;
            }
        }
        if (SKILL_SPECIAL.containsKey(t)) {
            return SKILL_SPECIAL.get(t);
        }
        String k = NOT_SKILL_CHAR.matcher(t).replaceAll("");
        return SKILL_ALIASES.getOrDefault(k, k);
    }

    static String unitClass(String unit) {
        String u = nfkc(unit).replace(" ", "");
        if (PERCENT.contains(u)) {
            return "percent";
        }
        if (DURATION.contains(u)) {
            return "duration";
        }
        if (MONEY.contains(u)) {
            return "money";
        }
        if (BYTES.contains(u)) {
            return "bytes";
        }
        return "count";
    }

    // --- score_extra.py: name, phones, degrees ---------------------------------------------------

    private static final int UNICODE = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\w\\s]", UNICODE);
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D", UNICODE);
    private static final Pattern PHD = Pattern.compile("\\bph\\.?\\s?d\\b\\.?", UNICODE);
    private static final Pattern LETTER_DOT = Pattern.compile("\\b([a-z])\\.", UNICODE);
    private static final Pattern NOT_DEGREE_CHAR = Pattern.compile("[^\\w\\s+#]", UNICODE);
    private static final Map<String, String> TOKEN_LEVEL = tokenLevels(Map.of(
            "bachelor", List.of("bs", "bsc", "ba", "bfa", "beng", "btech", "bba", "bse", "bsba", "bachelor", "bachelors"),
            "master", List.of("ms", "msc", "ma", "meng", "mba", "mfa", "mphil", "mse", "master", "masters"),
            "doctor", List.of("phd", "dphil", "doctor", "doctorate", "doctoral"),
            "associate", List.of("associate", "associates", "aa", "aas")));
    /** Words naming the kind of degree right after the level ("Bachelor of <i>Science</i>"). */
    private static final Set<String> DEGREE_KIND = Set.of("science", "sciences", "arts", "art", "fine", "engineering", "technology");
    private static final Set<String> DEGREE_STOP = Set.of("of", "in", "and", "degree", "with", "a", "the", "honors", "honours", "hons");

    private static Map<String, String> tokenLevels(Map<String, List<String>> levels) {
        Map<String, String> out = new java.util.HashMap<>();
        levels.forEach((level, tokens) -> tokens.forEach(t -> out.put(t, level)));
        return out;
    }

    /** Python's {@code str.split()}: runs of whitespace, none empty. */
    private static List<String> pySplit(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A person's name for comparison: NFKC, case folded, punctuation as space, spaces collapsed; diacritics kept. */
    static String nameKey(String s) {
        String folded = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return String.join(" ", pySplit(NOT_WORD_OR_SPACE.matcher(folded).replaceAll(" ")));
    }

    static String digits(String s) {
        return NOT_DIGIT.matcher(s == null ? "" : s).replaceAll("");
    }

    /** Same digits, or one ends with the other when both have ten or more ("+1 312…" and "(312)…"). */
    static boolean phoneOk(String gold, String pred) {
        String a = digits(gold), b = digits(pred);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || Math.min(a.length(), b.length()) >= 10 && (a.endsWith(b) || b.endsWith(a));
    }

    /** A degree's level (bachelor, master, doctor, associate or null) and its field of study as words. */
    record Degree(String level, String field) {
    }

    static Degree parseDegree(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replace("\u2019", "'").replace("'s", "s");
        t = PHD.matcher(t).replaceAll("phd");
        t = LETTER_DOT.matcher(t).replaceAll("$1");
        t = NOT_DEGREE_CHAR.matcher(t).replaceAll(" ");
        String level = null;
        List<String> field = new ArrayList<>();
        boolean skipping = false;
        for (String w : pySplit(t)) {
            String lv = TOKEN_LEVEL.get(w);
            if (lv != null) {
                level = level == null ? lv : level;
                skipping = true;
                continue;
            }
            if (skipping && (DEGREE_KIND.contains(w) || DEGREE_STOP.contains(w))) {
                continue;
            }
            skipping = false;
            if (!DEGREE_STOP.contains(w)) {
                field.add(w);
            }
        }
        return new Degree(level, String.join(" ", field));
    }

    /** Levels agree when both name one; fields match loosely when both name one; a bare agreeing level suffices. */
    static boolean degreeOk(String gold, String pred) {
        Degree g = parseDegree(gold), p = parseDegree(pred);
        if (g.level() != null && p.level() != null && !g.level().equals(p.level())) {
            return false;
        }
        if (!g.field().isEmpty() && !p.field().isEmpty()) {
            return similar(g.field(), p.field());
        }
        return g.level() != null && p.level() != null;
    }

    static boolean sameValue(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= Math.max(1e-6, 1e-9 * Math.abs(a));
    }
}
