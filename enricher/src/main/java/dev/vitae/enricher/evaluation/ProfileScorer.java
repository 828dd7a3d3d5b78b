package dev.vitae.enricher.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vitae.schemas.ProfileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores a profile (the JSON {@code vitae parse} writes) against a gold file, with the rules of
 * {@code ../shared/eval/score.py}; for roles, organizations, skills and metrics the counts are
 * exactly score.py's. Every match is greedy and one-to-one: each gold item, in gold order, takes
 * the first still unused predicted item that matches it.
 *
 * <ul>
 *   <li><b>roles</b> (strict): organization, title (where the gold gives one) and start and end (to
 *       the gold's precision) all agree. tp = matched roles, fp = other predicted roles, fn = other
 *       gold roles.
 *   <li><b>organizations</b> ({@code roles_detected}): the organization (or one of the gold's
 *       {@code aliases}) alone.
 *   <li><b>titles</b>: counted only over the organization-matched pairs whose gold gives a title
 *       (unfound organizations are already counted above). A pair whose titles agree is a tp;
 *       otherwise it is a fn, and also a fp when the prediction gave a (wrong) title.
 *   <li><b>dates</b>: likewise over the organization-matched pairs whose gold gives a start or an
 *       end. Both dates agreeing is a tp; otherwise a fn, and also a fp when the prediction gave a
 *       start or an end.
 *   <li><b>skills</b>, <b>metrics</b>: gold {@code required} items missed are fn; predicted items
 *       that match neither a required nor an {@code optional} item are fp.
 * </ul>
 *
 * <p>Contact and education follow {@code ../shared/eval/score_extra.py} (same counts): every value
 * not matched one-to-one is a fp or a fn, and a gold file without a field makes every predicted
 * value of it a fp.
 * <ul>
 *   <li><b>name</b>: {@code candidate.name}, equal after NFKC, case folding and punctuation removed.
 *   <li><b>emails</b>: equal ignoring case; <b>phones</b>: by digits, or a common ending of ten or more.
 *   <li><b>education_institution</b>: loosely, as organizations.
 *   <li><b>education_degree</b>: the predicted {@code degree}, with {@code field} appended ("B.S. in
 *       Computer Science") when the degree does not contain it; levels must agree where both name
 *       one and fields match loosely where both name one.
 *   <li><b>education_pair</b>: institution and degree in one entry (a gold degree of null needs the
 *       institution only), over predicted entries with an institution or a degree.
 * </ul>
 */
public final class ProfileScorer {
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    /** Scores one profile; {@code profile} null counts as an empty profile (as score.py does). */
    public DocumentScore score(GoldFile goldFile, JsonNode profile) {
        JsonNode gold = goldFile.gold(), pred = profile == null ? EMPTY : profile;
        DocumentScore score = new DocumentScore(goldFile.document());
        scoreRoles(list(gold.get("roles")), list(pred.get("roles")), score);
        JsonNode skills = gold.path("skills");
        scoreSet(names(skills.get("required")), names(skills.get("optional")), list(pred.get("skills")),
                (g, p) -> Matching.skillKey(text(g, "name")).equals(Matching.skillKey(text(p, "name"))),
                score, Field.SKILLS, n -> text(n, "name"));
        JsonNode metrics = gold.path("metrics");
        scoreSet(list(metrics.get("required")), list(metrics.get("optional")), list(pred.get("metrics")),
                ProfileScorer::metricMatches, score, Field.METRICS, ProfileScorer::describeMetric);
        scoreContact(gold.path("candidate"), pred.path("candidate"), score);
        scoreEducation(list(gold.get("education")), list(pred.get("education")), score);
        return score;
    }

    /** Scores the profiles in {@code predDir} ({@code <document>.json}, as {@code vitae parse --out} writes). */
    public Report scorePredictions(List<GoldFile> golds, Path predDir) throws IOException {
        Report report = new Report();
        for (GoldFile gold : golds) {
            Path path = predDir.resolve(gold.document() + ".json");
            boolean exists = Files.exists(path);
            DocumentScore score = score(gold, exists ? ProfileJson.mapper().readTree(path.toFile()) : null);
            if (!exists) {
                score.note("no prediction");
            }
            report.add(score);
        }
        return report;
    }

    private static void scoreRoles(List<JsonNode> golds, List<JsonNode> preds, DocumentScore score) {
        List<int[]> detected = matchOneToOne(golds, preds, ProfileScorer::organizationOk);
        List<int[]> strict = matchOneToOne(golds, preds, ProfileScorer::strictOk);
        score.tally(Field.ORGANIZATIONS).add(detected.size(), preds.size() - detected.size(), golds.size() - detected.size());
        score.tally(Field.ROLES).add(strict.size(), preds.size() - strict.size(), golds.size() - strict.size());
        List<String> wrongTitles = new ArrayList<>(), wrongDates = new ArrayList<>();
        for (int[] pair : detected) {
            JsonNode g = golds.get(pair[0]), p = preds.get(pair[1]);
            List<String> titles = asList(g.get("title"));
            if (!titles.isEmpty()) {
                boolean ok = Matching.anySimilar(titles, text(p, "title"));
                score.tally(Field.TITLES).add(ok ? 1 : 0, !ok && !blank(text(p, "title")) ? 1 : 0, ok ? 0 : 1);
                if (!ok) {
                    wrongTitles.add(titles + " got " + text(p, "title"));
                }
            }
            if (text(g, "start") != null || text(g, "end") != null) {
                boolean ok = datesOk(g, p);
                boolean gave = !blank(text(p, "start")) || !blank(text(p, "end"));
                score.tally(Field.DATES).add(ok ? 1 : 0, !ok && gave ? 1 : 0, ok ? 0 : 1);
                if (!ok) {
                    wrongDates.add(describeRole(g) + " got " + text(p, "start") + ".." + text(p, "end"));
                }
            }
        }
        score.miss("organizations missed", unmatched(golds, detected, 0, r -> asList(r.get("organization")).toString()));
        score.miss("titles wrong", wrongTitles);
        score.miss("dates wrong", wrongDates);
        score.miss("roles missed", unmatched(golds, strict, 0, ProfileScorer::describeRole));
        score.miss("roles extra", unmatched(preds, strict, 1, ProfileScorer::describeRole));
    }

    private static void scoreContact(JsonNode gold, JsonNode pred, DocumentScore score) {
        scoreStrings(present(List.of(nullToEmpty(text(gold, "name")))), present(List.of(nullToEmpty(text(pred, "name")))),
                (g, p) -> Matching.nameKey(g).equals(Matching.nameKey(p)), score, Field.NAME);
        scoreStrings(strings(gold.get("emails")), strings(pred.get("emails")),
                (g, p) -> Matching.pyStrip(g).toLowerCase(Locale.ROOT).equals(Matching.pyStrip(p).toLowerCase(Locale.ROOT)),
                score, Field.EMAILS);
        scoreStrings(strings(gold.get("phones")), strings(pred.get("phones")), Matching::phoneOk, score, Field.PHONES);
    }

    private static void scoreEducation(List<JsonNode> golds, List<JsonNode> preds, DocumentScore score) {
        scoreStrings(present(golds.stream().map(e -> nullToEmpty(text(e, "institution"))).toList()),
                present(preds.stream().map(e -> nullToEmpty(text(e, "institution"))).toList()),
                Matching::similar, score, Field.EDUCATION_INSTITUTION);
        scoreStrings(present(golds.stream().map(e -> nullToEmpty(text(e, "degree"))).toList()),
                present(preds.stream().map(ProfileScorer::predictedDegree).toList()),
                Matching::degreeOk, score, Field.EDUCATION_DEGREE);
        List<JsonNode> entries = preds.stream()
                .filter(e -> !nullToEmpty(text(e, "institution")).isEmpty() || !predictedDegree(e).isEmpty()).toList();
        List<int[]> pairs = matchOneToOne(golds, entries, ProfileScorer::educationOk);
        score.tally(Field.EDUCATION_PAIR).add(pairs.size(), entries.size() - pairs.size(), golds.size() - pairs.size());
        score.miss("education missed", unmatched(golds, pairs, 0, e -> text(e, "institution") + " / " + text(e, "degree")));
        score.miss("education extra", unmatched(entries, pairs, 1, e -> text(e, "institution") + " / " + predictedDegree(e)));
    }

    private static boolean educationOk(JsonNode g, JsonNode p) {
        if (!Matching.similar(nullToEmpty(text(g, "institution")), nullToEmpty(text(p, "institution")))) {
            return false;
        }
        String degree = nullToEmpty(text(g, "degree"));
        return degree.isEmpty() || !predictedDegree(p).isEmpty() && Matching.degreeOk(degree, predictedDegree(p));
    }

    /** score_extra.py's {@code pred_degree}: the degree, with the field appended when it does not already contain it; "" for none. */
    static String predictedDegree(JsonNode e) {
        String d = Matching.pyStrip(nullToEmpty(text(e, "degree"))), f = Matching.pyStrip(nullToEmpty(text(e, "field")));
        if (!d.isEmpty() && !f.isEmpty() && !d.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT))) {
            return d + " in " + f;
        }
        return d.isEmpty() ? f : d;
    }

    /** One-to-one over plain strings: matched are tp, other predicted fp, other gold fn. */
    private static void scoreStrings(List<String> golds, List<String> preds, BiPredicate<String, String> ok,
            DocumentScore score, Field field) {
        List<int[]> pairs = matchOneToOne(golds, preds, ok);
        score.tally(field).add(pairs.size(), preds.size() - pairs.size(), golds.size() - pairs.size());
        score.miss(field.key() + " missed", unmatchedStrings(golds, pairs, 0));
        score.miss(field.key() + " extra", unmatchedStrings(preds, pairs, 1));
    }

    private static List<String> unmatchedStrings(List<String> items, List<int[]> pairs, int side) {
        Set<Integer> matched = new HashSet<>();
        pairs.forEach(p -> matched.add(p[side]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!matched.contains(i)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** The non-empty strings of a JSON list (nulls skipped). */
    private static List<String> strings(JsonNode n) {
        return present(list(n).stream().filter(x -> !x.isNull()).map(JsonNode::asText).toList());
    }

    /** The non-empty values (Python's truthiness filter). */
    private static List<String> present(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isEmpty()).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean organizationOk(JsonNode g, JsonNode p) {
        List<String> names = asList(g.get("organization"));
        names.addAll(asList(g.get("aliases")));
        return Matching.anySimilar(names, text(p, "organization"));
    }

    private static boolean strictOk(JsonNode g, JsonNode p) {
        if (!organizationOk(g, p)) {
            return false;
        }
        List<String> titles = asList(g.get("title"));
        return (titles.isEmpty() || Matching.anySimilar(titles, text(p, "title"))) && datesOk(g, p);
    }

    private static boolean datesOk(JsonNode g, JsonNode p) {
        JsonNode current = p.get("current");
        Boolean cur = current != null && current.isBoolean() ? current.asBoolean() : null;
        return Matching.dateOk(text(g, "start"), text(p, "start"), cur) && Matching.dateOk(text(g, "end"), text(p, "end"), cur);
    }

    private static boolean metricMatches(JsonNode g, JsonNode p) {
        if (!Matching.unitClass(text(g, "unit")).equals(Matching.unitClass(text(p, "unit")))) {
            return false;
        }
        Double gv = number(g.get("value")), gmax = number(g.get("valueMax"));
        Double pv = number(p.get("value")), pmax = number(p.get("valueMax"));
        return Matching.sameValue(gv, pv) || gmax != null && (Matching.sameValue(gmax, pmax) || Matching.sameValue(gmax, pv));
    }

    private static void scoreSet(List<JsonNode> required, List<JsonNode> optional, List<JsonNode> preds,
            BiPredicate<JsonNode, JsonNode> ok, DocumentScore score, Field field, Function<JsonNode, String> describe) {
        List<int[]> pairs = matchOneToOne(required, preds, ok);
        Set<Integer> used = second(pairs);
        List<JsonNode> rest = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            if (!used.contains(i)) {
                rest.add(preds.get(i));
            }
        }
        List<int[]> optionalPairs = matchOneToOne(optional, rest, ok);
        score.tally(field).add(pairs.size(), rest.size() - optionalPairs.size(), required.size() - pairs.size());
        score.miss(field.key() + " missed", unmatched(required, pairs, 0, describe));
        score.miss(field.key() + " extra", unmatched(rest, optionalPairs, 1, describe));
    }

    /** score.py's {@code match_one_to_one}: pairs of (gold index, predicted index). */
    private static <T> List<int[]> matchOneToOne(List<T> golds, List<T> preds, BiPredicate<T, T> ok) {
        Set<Integer> used = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                if (!used.contains(pi) && ok.test(golds.get(gi), preds.get(pi))) {
                    used.add(pi);
                    pairs.add(new int[] {gi, pi});
                    break;
                }
            }
        }
        return pairs;
    }

    private static Set<Integer> second(List<int[]> pairs) {
        Set<Integer> out = new HashSet<>();
        pairs.forEach(p -> out.add(p[1]));
        return out;
    }

    private static List<String> unmatched(List<JsonNode> items, List<int[]> pairs, int side,
            Function<JsonNode, String> describe) {
        Set<Integer> matched = new HashSet<>();
        pairs.forEach(p -> matched.add(p[side]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!matched.contains(i)) {
                out.add(describe.apply(items.get(i)));
            }
        }
        return out;
    }

    private static String describeRole(JsonNode r) {
        return text(r, "organization") + " / " + asList(r.get("title")) + " / " + text(r, "start") + ".." + text(r, "end");
    }

    private static String describeMetric(JsonNode m) {
        String quote = text(m, "quote") != null ? text(m, "quote") : text(m, "sentence");
        if (quote != null && quote.length() > 60) {
            quote = quote.substring(0, 57) + "…";
        }
        return text(m, "value") + " " + text(m, "unit") + (quote == null ? "" : " «" + quote + "»");
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    /** Gold skills are plain names; wrap them so that both sides read {@code name}. */
    private static List<JsonNode> names(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : list(n)) {
            out.add(JsonNodeFactory.instance.objectNode().put("name", x.asText()));
        }
        return out;
    }

    /** score.py's {@code as_list}: null is none, a list its items, anything else itself. */
    private static List<String> asList(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            if (n.isArray()) {
                n.forEach(x -> out.add(x.asText()));
            } else {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Python's {@code float(x)}, or null where it would raise. */
    private static Double number(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? 1.0 : 0.0;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        String s = n.asText().strip().replace("_", "");
        if (!s.matches("(?i)[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?|[+-]?(inf|infinity|nan)")) {
            return null;
        }
        return Double.parseDouble(s.replaceAll("(?i)inf(inity)?$", "Infinity").replaceAll("(?i)nan", "NaN"));
    }
}
