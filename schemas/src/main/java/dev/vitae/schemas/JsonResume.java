package dev.vitae.schemas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * A {@link ResumeProfile} as JSON Resume (schema 1.0): basics, work, education, skills, languages,
 * projects. What JSON Resume has no place for — metrics, evidence offsets, team sizes, months of
 * skill use — goes under {@code meta.vitae}, since the schema allows extra properties only in
 * {@code meta}. Absent values are left out rather than written as null, as the schema wants strings.
 */
public final class JsonResume {
    public static final String SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    private static final Pattern ISO_DATE = Pattern.compile("[12]\\d{3}(-[01]\\d(-[0-3]\\d)?)?");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonResume() {}

    public static ObjectNode of(ResumeProfile p) {
        ObjectNode root = F.objectNode();
        root.put("$schema", SCHEMA);
        ObjectNode basics = root.putObject("basics");
        Candidate c = p.getCandidate();
        put(basics, "name", c.getName());
        if (!c.getEmails().isEmpty()) {
            basics.put("email", c.getEmails().get(0));
        }
        if (!c.getPhones().isEmpty()) {
            basics.put("phone", c.getPhones().get(0));
        }
        if (c.getLocation() != null) {
            basics.putObject("location").put("address", c.getLocation());
        }
        ArrayNode profiles = basics.putArray("profiles");
        for (String link : c.getLinks()) {
            ObjectNode pr = profiles.addObject().put("url", link.startsWith("http") ? link : "https://" + link);
            String host = link.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
            pr.put("network", host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
        }
        ArrayNode work = root.putArray("work");
        ArrayNode workExtras = F.arrayNode();
        for (Role r : p.getRoles()) {
            ObjectNode w = work.addObject();
            put(w, "name", r.getOrganization());
            put(w, "position", r.getTitle());
            put(w, "location", r.getLocation());
            date(w, "startDate", r.getStart());
            if (!r.getCurrent()) {
                date(w, "endDate", r.getEnd());
            }
            ArrayNode h = w.putArray("highlights");
            r.getHighlights().forEach(h::add);
            ObjectNode extra = workExtras.addObject().put("current", r.getCurrent());
            if (r.getTeamSize() != null) {
                extra.put("teamSize", r.getTeamSize());
            }
            extra.set("evidence", span(r.getEvidence()));
        }
        ArrayNode education = root.putArray("education");
        for (Education e : p.getEducation()) {
            ObjectNode ed = education.addObject();
            put(ed, "institution", e.getInstitution());
            put(ed, "studyType", e.getDegree());
            put(ed, "area", e.getField());
            date(ed, "startDate", e.getStart());
            date(ed, "endDate", e.getEnd());
        }
        ArrayNode skills = root.putArray("skills");
        ArrayNode skillExtras = F.arrayNode();
        for (Skill s : p.getSkills()) {
            ObjectNode sk = skills.addObject().put("name", s.getName());
            ArrayNode kw = sk.putArray("keywords");
            s.getAliases().forEach(kw::add);
            ObjectNode extra = skillExtras.addObject().put("name", s.getName()).put("category", s.getCategory());
            if (s.getMonths() != null) {
                extra.put("months", s.getMonths());
            }
            put(extra, "lastUsed", s.getLastUsed());
            ArrayNode ev = extra.putArray("evidence");
            s.getMentions().forEach(m -> ev.add(span(m.getEvidence()).put("section", m.getSection())));
        }
        ArrayNode languages = root.putArray("languages");
        for (SpokenLanguage l : p.getLanguages()) {
            ObjectNode lang = languages.addObject().put("language", l.getName());
            put(lang, "fluency", l.getLevel());
        }
        ArrayNode projects = root.putArray("projects");
        for (Project pr : p.getProjects()) {
            ObjectNode o = projects.addObject().put("name", pr.getName());
            date(o, "startDate", pr.getStart());
            date(o, "endDate", pr.getEnd());
            if (pr.getRole() != null) {
                o.putArray("roles").add(pr.getRole());
            }
        }
        ObjectNode meta = root.putObject("meta").put("version", "v1.0.0");
        ObjectNode vitae = meta.putObject("vitae");
        vitae.put("documentId", p.getDocumentId());
        put(vitae, "language", p.getLanguage());
        vitae.put("extractorVersion", p.getExtractorVersion()).put("enricherVersion", p.getEnricherVersion());
        vitae.set("work", workExtras);
        vitae.set("skills", skillExtras);
        ArrayNode metrics = vitae.putArray("metrics");
        p.getMetrics().forEach(m -> metrics.add(ProfileJson.toTree(m)));
        return root;
    }

    private static ObjectNode span(Span s) {
        return F.objectNode().put("start", s.getStart()).put("end", s.getEnd());
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    private static void date(ObjectNode o, String field, String value) {
        if (value != null && ISO_DATE.matcher(value).matches()) {
            o.put(field, value);
        }
    }
}
