package dev.vitae.enricher.domain;

import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.Direction;
import dev.vitae.schemas.Education;
import dev.vitae.schemas.Metric;
import dev.vitae.schemas.MetricKind;
import dev.vitae.schemas.Project;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import dev.vitae.schemas.SkillMention;
import dev.vitae.schemas.Span;
import dev.vitae.schemas.SpokenLanguage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON Resume document (schema 1.0, {@code resume.json}) read field by field, without guessing:
 * the text is a JSON object with a {@code basics} object or a {@code work} array (or a {@code
 * $schema} naming JSON Resume), and each of its fields goes where the schema says.
 *
 * <ul>
 *   <li>{@code basics}: name, email, phone, url and {@code profiles[].url} as links, location as
 *       "city, region, countryCode" (or its address);</li>
 *   <li>{@code work[]}: one role each — {@code name} (older documents: {@code company}), {@code
 *       position}, {@code location}, {@code startDate}, {@code endDate} (none: current),
 *       {@code highlights}; the team size and metrics from its summary and highlights (metrics also from
 *       {@code basics.summary});</li>
 *   <li>{@code education[]}: institution, {@code studyType} as degree, {@code area} as field, dates;</li>
 *   <li>{@code skills[]}: an entry whose keywords repeat its name (or that has none) is one skill
 *       with the keywords as aliases; otherwise its name is a group ("Cloud") and each keyword a
 *       skill. Names are put in the vocabulary's spelling where it knows them ("unknown" category
 *       otherwise); skills the vocabulary finds in summaries, descriptions and highlights are added, with months
 *       of use from the role they are written in;</li>
 *   <li>{@code languages[]} (language, fluency) and {@code projects[]} (name, dates, first role).</li>
 * </ul>
 * Every piece of evidence is the offsets of the JSON value it was read from.
 */
final class JsonResumeReading {
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    /** Everything a JSON Resume document gives a profile. */
    record Reading(Candidate candidate, List<Role> roles, List<Skill> skills, List<Metric> metrics, List<Education> education,
                   List<SpokenLanguage> languages, List<Project> projects) {}

    private final SkillTaxonomy taxonomy;
    private final SkillMatcher matcher;
    private final MetricExtractor metrics;

    JsonResumeReading(SkillTaxonomy taxonomy, SkillMatcher matcher, MetricExtractor metrics) {
        this.taxonomy = taxonomy;
        this.matcher = matcher;
        this.metrics = metrics;
    }

    /** The JSON Resume document {@code text} is, or null when it is none. */
    static JsonTree document(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '/') {
            i = Math.max(i, text.indexOf('{', i)); // a comment before the object
        }
        if (i < 0 || i >= text.length() || text.charAt(i) != '{') {
            return null;
        }
        JsonTree root = JsonTree.parse(text.replace('\uFEFF', ' ')); // same length: offsets stay the text's
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonTree basics = root.get("basics"), work = root.get("work");
        String schema = root.text("$schema");
        boolean named = schema != null && schema.toLowerCase(Locale.ROOT).contains("jsonresume");
        return named || (basics != null && basics.isObject()) || (work != null && work.value() instanceof List) ? root : null;
    }

    /** Reads {@code text} as JSON Resume; null when it is not such a document. {@code uploaded} ends a current role. */
    Reading read(String text, PartialDate uploaded) {
        JsonTree root = document(text);
        if (root == null) {
            return null;
        }
        List<Role> roles = new ArrayList<>();
        List<Metric> found = new ArrayList<>();
        List<int[]> periods = new ArrayList<>(); // per role: object start, object end, first month, last month
        List<JsonTree> work = root.get("work") == null ? List.of() : root.get("work").items();
        JsonTree meta = root.get("meta") == null ? null : root.get("meta").get("vitae");
        List<JsonTree> extras = meta == null || meta.get("work") == null ? List.of() : meta.get("work").items();
        for (int wi = 0; wi < work.size(); wi++) {
            JsonTree w = work.get(wi);
            if (!w.isObject()) {
                continue;
            }
            String org = w.text("name") != null ? w.text("name") : w.text("company");
            PartialDate start = date(w.text("startDate")), end = date(w.text("endDate"));
            // the schema's convention: no end date, still there; Vitae's own export says so outright under meta.vitae
            JsonTree said = wi < extras.size() ? extras.get(wi).get("current") : null;
            boolean current = said != null && said.value() instanceof Boolean b ? b : start != null && end == null;
            List<String> highlights = new ArrayList<>();
            List<JsonTree> prose = new ArrayList<>();
            if (w.get("summary") != null && w.get("summary").value() instanceof String) {
                prose.add(w.get("summary"));
            }
            for (JsonTree h : w.get("highlights") == null ? List.<JsonTree>of() : w.get("highlights").items()) {
                if (h.value() instanceof String s && !s.isBlank()) {
                    highlights.add(s.strip());
                    prose.add(h);
                }
            }
            Integer team = null;
            for (JsonTree p : prose) {
                team = team != null ? team : RoleExtractor.teamSize((String) p.value());
                for (Quantity q : metrics.find((String) p.value(), DateParser.dateSpans((String) p.value()))) {
                    found.add(metric(q, p, text, roles.size()));
                }
            }
            roles.add(Role.newBuilder().setOrganization(org).setTitle(w.text("position")).setLocation(w.text("location"))
                    .setStart(str(start)).setEnd(current ? null : str(end)).setCurrent(current).setTeamSize(team)
                    .setHighlights(highlights).setEvidence(evidence(w, "name", "company", "position", "startDate", "endDate")).build());
            int from = start == null ? -1 : start.monthIndex(false);
            int to = current ? uploaded.monthIndex(true) : end == null ? -1 : end.monthIndex(true);
            periods.add(new int[] {w.start(), w.end(), from, to});
        }
        JsonTree basics = root.get("basics");
        JsonTree summary = basics == null ? null : basics.get("summary");
        if (summary != null && summary.value() instanceof String s) {
            for (Quantity q : metrics.find(s, DateParser.dateSpans(s))) {
                found.add(metric(q, summary, text, null));
            }
        }
        return new Reading(candidate(basics), roles, skills(root, text, periods), found, education(root),
                languages(root), projects(root));
    }

    private static Candidate candidate(JsonTree basics) {
        Candidate.Builder c = Candidate.newBuilder().setEmails(new ArrayList<>()).setPhones(new ArrayList<>()).setLinks(new ArrayList<>());
        if (basics == null || !basics.isObject()) {
            return c.build();
        }
        c.setName(basics.text("name"));
        if (basics.text("email") != null) {
            c.getEmails().add(basics.text("email"));
        }
        if (basics.text("phone") != null) {
            c.getPhones().add(basics.text("phone"));
        }
        LinkedHashSet<String> links = new LinkedHashSet<>();
        if (basics.text("url") != null) {
            links.add(basics.text("url"));
        }
        for (JsonTree p : basics.get("profiles") == null ? List.<JsonTree>of() : basics.get("profiles").items()) {
            if (p.text("url") != null) {
                links.add(p.text("url"));
            }
        }
        c.getLinks().addAll(links);
        JsonTree loc = basics.get("location");
        if (loc != null && loc.isObject()) {
            List<String> parts = new ArrayList<>();
            for (String k : List.of("city", "region", "countryCode")) {
                if (loc.text(k) != null) {
                    parts.add(loc.text(k));
                }
            }
            c.setLocation(!parts.isEmpty() ? String.join(", ", parts) : loc.text("address"));
        }
        return c.build();
    }

    private List<Skill> skills(JsonTree root, String text, List<int[]> periods) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (JsonTree s : root.get("skills") == null ? List.<JsonTree>of() : root.get("skills").items()) {
            String name = s.text("name");
            List<JsonTree> keywords = s.get("keywords") == null ? List.of() : s.get("keywords").items().stream()
                    .filter(k -> k.value() instanceof String v && !v.isBlank()).toList();
            boolean repeated = name != null && keywords.stream().anyMatch(k -> ((String) k.value()).strip().equalsIgnoreCase(name));
            if (name != null && (keywords.isEmpty() || repeated || isKnown(name))) {
                Entry e = add(byName, name, s.get("name"), SectionKind.SKILLS);
                for (JsonTree k : keywords) {
                    String kw = ((String) k.value()).strip();
                    String canonical = taxonomy.canonicalOf(kw).orElse(null);
                    if (canonical != null && !canonical.equals(e.name)) {
                        add(byName, kw, k, SectionKind.SKILLS); // a keyword that is another known skill
                    } else {
                        e.mention(kw, k, SectionKind.SKILLS);
                    }
                }
            } else {
                for (JsonTree k : keywords) {
                    add(byName, ((String) k.value()).strip(), k, SectionKind.SKILLS);
                }
            }
        }
        // skills named in what the work entries and projects say
        List<JsonTree> prose = new ArrayList<>();
        JsonTree basics = root.get("basics");
        if (basics != null && basics.get("summary") != null && basics.get("summary").value() instanceof String) {
            prose.add(basics.get("summary"));
        }
        for (String list : List.of("work", "projects", "volunteer")) {
            for (JsonTree w : root.get(list) == null ? List.<JsonTree>of() : root.get(list).items()) {
                for (String field : List.of("summary", "description")) {
                    if (w.get(field) != null && w.get(field).value() instanceof String) {
                        prose.add(w.get(field));
                    }
                }
                for (String field : List.of("highlights", "keywords")) {
                    for (JsonTree h : w.get(field) == null ? List.<JsonTree>of() : w.get(field).items()) {
                        if (h.value() instanceof String) {
                            prose.add(h);
                        }
                    }
                }
            }
        }
        for (JsonTree p : prose) {
            String v = (String) p.value();
            for (SkillMatcher.Mention m : matcher.find(v, i -> false)) {
                JsonTree at = p.isVerbatimIn(text) ? new JsonTree(m.written(), p.start() + m.start(), p.start() + m.end()) : p;
                byName.computeIfAbsent(m.alias().canonical(), Entry::new).mention(m.written(), at, SectionKind.EXPERIENCE);
            }
        }
        List<Skill> out = new ArrayList<>();
        for (Entry e : byName.values()) {
            BitSet months = new BitSet();
            int last = -1;
            for (int[] span : e.spans) {
                for (int[] p : periods) {
                    if (span[0] >= p[0] && span[0] < p[1] && p[2] >= 0 && p[3] >= p[2] && p[3] - p[2] < 12 * 60) {
                        months.set(p[2], p[3] + 1);
                        last = Math.max(last, p[3]);
                    }
                }
            }
            String category = taxonomy.categoryOf(e.name);
            if (ResumeEnricher.PRACTICE.equals(category) && e.mentions.stream().noneMatch(m -> SectionKind.SKILLS.label().equals(m.getSection()))) {
                continue; // as in a text résumé: a practice named only in what the work says is not claimed
            }
            out.add(Skill.newBuilder().setName(e.name).setCategory(category != null ? category : ResumeEnricher.UNKNOWN)
                    .setAliases(new ArrayList<>(e.aliases)).setMentions(e.mentions)
                    .setMonths(months.isEmpty() ? null : months.cardinality())
                    .setLastUsed(last < 0 ? null : String.format("%04d-%02d", last / 12, last % 12 + 1)).build());
        }
        return out;
    }

    private boolean isKnown(String name) {
        return taxonomy.canonicalOf(name).isPresent();
    }

    /** The skill {@code written} names (the vocabulary's spelling when it knows it), with this mention. */
    private Entry add(Map<String, Entry> byName, String written, JsonTree at, SectionKind section) {
        String canonical = taxonomy.canonicalOf(written).orElse(written);
        Entry e = byName.computeIfAbsent(canonical, Entry::new);
        e.mention(written, at, section);
        return e;
    }

    /** One skill being gathered: its aliases as written and its mentions. */
    private static final class Entry {
        final String name;
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        final List<SkillMention> mentions = new ArrayList<>();
        final List<int[]> spans = new ArrayList<>();

        Entry(String name) {
            this.name = name;
        }

        void mention(String written, JsonTree at, SectionKind section) {
            aliases.add(written);
            mentions.add(new SkillMention(written, section.label(), new Span(at.start(), at.end())));
            spans.add(new int[] {at.start(), at.end()});
        }
    }

    private static List<Education> education(JsonTree root) {
        List<Education> out = new ArrayList<>();
        for (JsonTree e : root.get("education") == null ? List.<JsonTree>of() : root.get("education").items()) {
            if (!e.isObject()) {
                continue;
            }
            out.add(Education.newBuilder().setInstitution(e.text("institution")).setDegree(e.text("studyType"))
                    .setField(e.text("area")).setStart(str(date(e.text("startDate"))))
                    .setEnd(str(date(e.text("endDate"))))
                    .setEvidence(evidence(e, "institution", "studyType", "area", "startDate", "endDate")).build());
        }
        return out;
    }

    private static List<SpokenLanguage> languages(JsonTree root) {
        List<SpokenLanguage> out = new ArrayList<>();
        for (JsonTree l : root.get("languages") == null ? List.<JsonTree>of() : root.get("languages").items()) {
            if (l.text("language") != null) {
                out.add(new SpokenLanguage(l.text("language"), l.text("fluency"), evidence(l, "language", "fluency")));
            }
        }
        return out;
    }

    private static List<Project> projects(JsonTree root) {
        List<Project> out = new ArrayList<>();
        for (JsonTree p : root.get("projects") == null ? List.<JsonTree>of() : root.get("projects").items()) {
            if (p.text("name") == null) {
                continue;
            }
            List<JsonTree> roles = p.get("roles") == null ? List.of() : p.get("roles").items();
            String role = roles.isEmpty() || !(roles.get(0).value() instanceof String r) || r.isBlank() ? null : r.strip();
            PartialDate start = date(p.text("startDate")), end = date(p.text("endDate"));
            out.add(Project.newBuilder().setName(p.text("name")).setStart(str(start)).setEnd(str(end)).setRole(role)
                    .setTeamSize(null).setEvidence(evidence(p, "name", "startDate", "endDate")).build());
        }
        return out;
    }

    private static Metric metric(Quantity q, JsonTree in, String text, Integer roleIndex) {
        boolean verbatim = in.isVerbatimIn(text);
        Span at = verbatim ? new Span(in.start() + q.start(), in.start() + q.end()) : new Span(in.start(), in.end());
        return Metric.newBuilder().setValue(q.value()).setValueMax(q.valueMax()).setUnit(q.unit())
                .setKind(MetricKind.valueOf(q.kind().name().toLowerCase(Locale.ROOT)))
                .setDirection(q.direction() == null ? null : Direction.valueOf(q.direction().name().toLowerCase(Locale.ROOT)))
                .setSubject(q.subject()).setSentence(((String) in.value()).strip()).setRoleIndex(roleIndex).setEvidence(at).build();
    }

    /** From the first to the last of the named fields present (the whole object when none is). */
    private static Span evidence(JsonTree object, String... fields) {
        int from = Integer.MAX_VALUE, to = -1;
        for (String f : fields) {
            JsonTree v = object.get(f);
            if (v != null && v.value() instanceof String) {
                from = Math.min(from, v.start());
                to = Math.max(to, v.end());
            }
        }
        return to < 0 ? new Span(object.start(), object.end()) : new Span(from, to);
    }

    /** An ISO 8601 date as written ("2021", "2021-03", "2021-03-14"); null when absent or malformed. */
    static PartialDate date(String iso) {
        if (iso == null) {
            return null;
        }
        java.util.regex.Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String str(PartialDate d) {
        return d == null ? null : d.toString();
    }
}
