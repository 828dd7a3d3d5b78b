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

    private static String pyStrip(String s) {
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

    static boolean sameValue(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= Math.max(1e-6, 1e-9 * Math.abs(a));
    }
}
