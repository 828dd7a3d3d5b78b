package dev.vitae.enricher.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A Java port of {@code ../shared/eval/score.py}, so the quality gate runs where only a JDK is
 * installed. Same matching rules: loose organization/title similarity, dates to the gold's
 * precision, folded skill names, metric value and unit class.
 */
final class GoldScorer {
    static final class Tally {
        int tp, fp, fn;

        void add(int tp, int fp, int fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }

        double f1() {
            double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "F1=%.3f (tp=%d fp=%d fn=%d)", f1(), tp, fp, fn);
        }
    }

    final Tally roles = new Tally(), rolesDetected = new Tally(), skills = new Tally(), metrics = new Tally();
    final List<String> misses = new ArrayList<>();

    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "gmbh", "plc",
            "company", "kk", "株式会社", "주식회사", "(주)");
    private static final String[] PREFIXES = {"apache ", "amazon ", "aws ", "microsoft ", "azure ", "google ", "gcp "};
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
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    static List<String> words(String s) {
        String t = nfkc(s).replaceAll("[()（）\\[\\]【】「」,.:;!?/\\\\|&'\"`·・~〜\\-–—_]", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && !SUFFIXES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String orgKey(String s) {
        return String.join(" ", words((s == null ? "" : s).replaceAll("株式会社|주식회사|\\(주\\)|（株）|\\(株\\)", " ")));
    }

    static boolean similar(String a, String b) {
        String ka = orgKey(a), kb = orgKey(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb) || ka.replace(" ", "").equals(kb.replace(" ", ""))) {
            return true;
        }
        if (ka.length() >= 3 && kb.length() >= 3 && (ka.contains(kb) || kb.contains(ka))) {
            return true;
        }
        Set<String> wa = new HashSet<>(List.of(ka.split(" "))), wb = new HashSet<>(List.of(kb.split(" ")));
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size() >= 0.5;
    }

    static List<String> asList(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean dateOk(String gold, String pred, JsonNode current) {
        if (gold == null) {
            return true;
        }
        if (gold.equals("present")) {
            boolean predEmpty = pred == null || pred.isEmpty() || pred.equals("present");
            boolean curFalse = current != null && current.isBoolean() && !current.asBoolean();
            return predEmpty && (!curFalse || pred == null || pred.isEmpty());
        }
        if (pred == null || pred.isEmpty() || pred.equals("present")) {
            return false;
        }
        return pred.startsWith(gold);
    }

    static String skillKey(String s) {
        String t = nfkc(s).replaceAll("\\s+", " ");
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
        String k = t.replaceAll("[^0-9a-z+#\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]", "");
        return SKILL_ALIASES.getOrDefault(k, k);
    }

    static String unitClass(String u) {
        String t = nfkc(u).replace(" ", "");
        if (PERCENT.contains(t)) {
            return "percent";
        }
        if (DURATION.contains(t)) {
            return "duration";
        }
        if (MONEY.contains(t)) {
            return "money";
        }
        if (BYTES.contains(t)) {
            return "bytes";
        }
        return "count";
    }

    static Double num(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() && !n.isTextual() ? null : n.isNumber() ? n.asDouble() : parse(n.asText());
    }

    private static Double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean same(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= Math.max(1e-6, 1e-9 * Math.abs(a));
    }

    static boolean metricMatches(JsonNode g, JsonNode p) {
        if (!unitClass(text(g, "unit")).equals(unitClass(text(p, "unit")))) {
            return false;
        }
        Double gv = num(g.get("value")), gmax = num(g.get("valueMax")), pv = num(p.get("value")), pmax = num(p.get("valueMax"));
        return same(gv, pv) || (gmax != null && (same(gmax, pmax) || same(gmax, pv)));
    }

    static int[] matchOneToOne(List<JsonNode> golds, List<JsonNode> preds, BiPredicate<JsonNode, JsonNode> ok, Set<Integer> usedOut) {
        int matched = 0;
        for (JsonNode g : golds) {
            for (int pi = 0; pi < preds.size(); pi++) {
                if (!usedOut.contains(pi) && ok.test(g, preds.get(pi))) {
                    usedOut.add(pi);
                    matched++;
                    break;
                }
            }
        }
        return new int[] {matched};
    }

    void score(String document, JsonNode gold, JsonNode pred) {
        List<JsonNode> goldRoles = list(gold.get("roles")), predRoles = list(pred.get("roles"));
        BiPredicate<JsonNode, JsonNode> orgOk = (g, p) -> {
            List<String> names = asList(g.get("organization"));
            names.addAll(asList(g.get("aliases")));
            String po = text(p, "organization");
            return names.stream().anyMatch(n -> similar(n, po == null ? "" : po));
        };
        BiPredicate<JsonNode, JsonNode> strictOk = (g, p) -> {
            if (!orgOk.test(g, p)) {
                return false;
            }
            List<String> titles = asList(g.get("title"));
            String pt = text(p, "title");
            if (!titles.isEmpty() && titles.stream().noneMatch(t -> similar(t, pt == null ? "" : pt))) {
                return false;
            }
            JsonNode cur = p.get("current");
            return dateOk(text(g, "start"), text(p, "start"), cur) && dateOk(text(g, "end"), text(p, "end"), cur);
        };
        int det = matchOneToOne(goldRoles, predRoles, orgOk, new HashSet<>())[0];
        rolesDetected.add(det, predRoles.size() - det, goldRoles.size() - det);
        Set<Integer> used = new HashSet<>();
        int strict = matchOneToOne(goldRoles, predRoles, strictOk, used)[0];
        roles.add(strict, predRoles.size() - strict, goldRoles.size() - strict);
        if (strict < goldRoles.size() || strict < predRoles.size()) {
            misses.add(document + " roles:\n  gold=" + brief(goldRoles) + "\n  pred=" + brief(predRoles));
        }
        scoreSet(document + " skills", gold.path("skills"), list(pred.get("skills")),
                (g, p) -> skillKey(text(g, "name")).equals(skillKey(text(p, "name"))), skills, true);
        scoreSet(document + " metrics", gold.path("metrics"), list(pred.get("metrics")), GoldScorer::metricMatches, metrics, false);
    }

    private void scoreSet(String what, JsonNode goldSet, List<JsonNode> preds, BiPredicate<JsonNode, JsonNode> ok, Tally tally, boolean names) {
        List<JsonNode> required = names ? named(goldSet.get("required")) : list(goldSet.get("required"));
        List<JsonNode> optional = names ? named(goldSet.get("optional")) : list(goldSet.get("optional"));
        Set<Integer> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int tp = 0;
        for (JsonNode g : required) {
            boolean hit = false;
            for (int pi = 0; pi < preds.size(); pi++) {
                if (!used.contains(pi) && ok.test(g, preds.get(pi))) {
                    used.add(pi);
                    tp++;
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                missed.add(names ? text(g, "name") : g.toString());
            }
        }
        List<JsonNode> rest = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            if (!used.contains(i)) {
                rest.add(preds.get(i));
            }
        }
        Set<Integer> optUsed = new HashSet<>();
        matchOneToOne(optional, rest, ok, optUsed);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (!optUsed.contains(i)) {
                JsonNode p = rest.get(i);
                extra.add(names ? text(p, "name") : text(p, "value") + " " + text(p, "unit") + " «" + text(p, "sentence") + "»");
            }
        }
        tally.add(tp, extra.size(), required.size() - tp);
        if (!missed.isEmpty() || !extra.isEmpty()) {
            misses.add(what + " missed=" + missed + " extra=" + extra);
        }
    }

    private static List<String> brief(List<JsonNode> roles) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : roles) {
            out.add(asList(r.get("organization")) + "/" + asList(r.get("title")) + "/" + text(r, "start") + ".." + text(r, "end"));
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<JsonNode> named(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
            n.forEach(x -> out.add(f.objectNode().put("name", x.asText())));
        }
        return out;
    }
}
