package dev.vitae.enricher.domain;

import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.Direction;
import dev.vitae.schemas.Education;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.Metric;
import dev.vitae.schemas.MetricKind;
import dev.vitae.schemas.Project;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import dev.vitae.schemas.SkillMention;
import dev.vitae.schemas.Span;
import dev.vitae.schemas.SpokenLanguage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to {@link ResumeProfile}: the whole enrichment, pure and deterministic (the clock only
 * stamps {@code enrichedAt}). Sections first, then dates, roles and projects, skills (with months
 * of use from the dated roles they appear in), metrics (attached to the role whose block holds
 * them), education, languages and contact details. Every role, skill mention and metric carries a
 * span of offsets into the extracted text. "Present" means the upload time.
 */
public final class ResumeEnricher {
    private final SkillTaxonomy taxonomy;
    private final SkillMatcher skills;
    private final SkillListReader skillLists;
    private final RoleExtractor roles = new RoleExtractor();
    private final MetricExtractor metrics = new MetricExtractor();
    private final JsonResumeReading jsonResume;
    private final String version;
    private final Clock clock;

    public ResumeEnricher(String version, Clock clock) {
        this.taxonomy = SkillTaxonomy.shipped();
        this.skills = new SkillMatcher(taxonomy);
        this.skillLists = SkillListReader.load(taxonomy);
        this.jsonResume = new JsonResumeReading(taxonomy, skills, metrics);
        this.version = version;
        this.clock = clock;
    }

    public ResumeProfile enrich(ExtractedText in) {
        PartialDate uploadedOn = PartialDate.of(in.getUploadedAt().atZone(ZoneOffset.UTC).toLocalDate());
        JsonResumeReading.Reading json = jsonResume.read(in.getText(), uploadedOn);
        if (json != null) {
            // a JSON Resume document is read field by field, not as prose
            return ResumeProfile.newBuilder()
                    .setDocumentId(in.getDocumentId()).setFileName(in.getFileName()).setLanguage(in.getLanguage())
                    .setCandidate(json.candidate()).setRoles(json.roles()).setSkills(json.skills()).setMetrics(json.metrics())
                    .setEducation(json.education()).setLanguages(json.languages()).setProjects(json.projects())
                    .setExtractorVersion(in.getExtractorVersion()).setEnricherVersion(version)
                    .setUploadedAt(in.getUploadedAt()).setEnrichedAt(clock.instant()).build();
        }
        ResumeText text = new ResumeText(in.getText());
        List<Sections.Section> sections = Sections.of(text);
        List<DateRange> ranges = DateParser.ranges(text.text());
        PartialDate uploaded = PartialDate.of(in.getUploadedAt().atZone(ZoneOffset.UTC).toLocalDate());

        RoleExtractor.Extraction found = roles.extract(text, sections, ranges, in.getLanguage(), PageLayout.of(in.getLayout(), text));
        Candidate candidate = CandidateExtractor.extract(text);
        List<FoundRole> jobs = found.roles();
        List<Role> roleRecords = new ArrayList<>();
        for (FoundRole r : jobs) {
            roleRecords.add(Role.newBuilder()
                    .setTitle(r.title()).setOrganization(r.organization()).setLocation(r.location())
                    .setStart(str(r.start())).setEnd(r.current() ? null : str(r.end())).setCurrent(r.current())
                    .setTeamSize(r.teamSize()).setHighlights(r.highlights())
                    .setEvidence(span(text, r.headerStart(), r.headerEnd())).build());
        }
        List<Project> projects = found.projects().stream().filter(p -> p.name() != null).map(p -> Project.newBuilder()
                .setName(p.name()).setStart(str(p.start())).setEnd(p.current() ? null : str(p.end()))
                .setTeamSize(p.teamSize()).setRole(p.role()).setEvidence(span(text, p.headerStart(), p.headerEnd())).build()).toList();

        return ResumeProfile.newBuilder()
                .setDocumentId(in.getDocumentId())
                .setFileName(in.getFileName())
                .setLanguage(in.getLanguage())
                .setCandidate(candidate)
                .setRoles(roleRecords)
                .setSkills(skills(text, sections, found, uploaded, in.getLanguage(), candidate.getName()))
                .setMetrics(metrics(text, ranges, jobs))
                .setEducation(education(text, sections, ranges))
                .setLanguages(languages(text, sections))
                .setProjects(projects)
                .setExtractorVersion(in.getExtractorVersion())
                .setEnricherVersion(version)
                .setUploadedAt(in.getUploadedAt())
                .setEnrichedAt(clock.instant())
                .build();
    }

    /** The category of a skill read from a skills list that the vocabulary lacks. */
    static final String UNKNOWN = "unknown";
    /** The category of ways of working (Agile, Code Review, Leadership): a skill only where the candidate lists it. */
    static final String PRACTICE = "practice";
    /** Sections naming what was taught or examined: a skill named only there is not reported. */
    private static final java.util.Set<SectionKind> STUDIED = java.util.EnumSet.of(SectionKind.EDUCATION, SectionKind.CERTIFICATIONS);

    private List<Skill> skills(ResumeText text, List<Sections.Section> sections, RoleExtractor.Extraction found, PartialDate uploaded,
                               String language, String person) {
        Map<String, List<SkillMatcher.Mention>> byName = new LinkedHashMap<>();
        java.util.Set<String> employers = new java.util.HashSet<>();
        List<FoundRole> roles = found.roles();
        List<FoundEntry> dated = found.all();
        for (FoundRole r : roles) {
            if (r.organization() != null) {
                employers.add(Lexicon.withoutLegalForm(r.organization()).toLowerCase(Locale.ROOT));
            }
            if (r.location() != null) {
                employers.add(r.location().toLowerCase(Locale.ROOT)); // where a role was is no more a skill than whom it was for
            }
        }
        List<SkillMatcher.Mention> matched = new ArrayList<>(skills.find(text.text(), i -> Sections.kindAt(sections, i) == SectionKind.SKILLS));
        Map<String, String> listed = new java.util.HashMap<>(); // an unknown item's name, folded -> as first written
        // unknown list items in every language; outside English a capitalised word counts only in a list
        // that also names a known tool (no word list tells that language's own nouns), and never in German
        for (SkillListReader.Item item : skillLists.read(text, sections, language, matched)) {
            List<SkillMatcher.Mention> named = text.text().indexOf('\n', item.start()) < item.end()
                    ? skills.find(item.name(), i -> true) : List.of();
            if (!named.isEmpty()) {
                // a name the vocabulary knows, wrapped over two lines ("Microsoft Visual⏎Studio 2010")
                named.forEach(m -> matched.add(new SkillMatcher.Mention(m.alias(), item.name(), item.start(), item.end())));
                continue;
            }
            if (person != null && person.equalsIgnoreCase(item.name())) {
                continue; // the candidate's own name in a skills column
            }
            String known = SkillListReader.knownItem(taxonomy, item.name());
            if (known != null) {
                // a known skill written as the matcher does not take it alone ("excel", "c language")
                matched.add(new SkillMatcher.Mention(new SkillTaxonomy.Alias(item.name(), known, taxonomy.categoryOf(known), false, false),
                        item.name(), item.start(), item.end()));
                continue;
            }
            String name = listed.computeIfAbsent(item.name().toLowerCase(Locale.ROOT), k -> item.name());
            matched.add(new SkillMatcher.Mention(new SkillTaxonomy.Alias(item.name(), name, UNKNOWN, false, false),
                    item.name(), item.start(), item.end()));
        }
        matched.sort(java.util.Comparator.comparingInt(SkillMatcher.Mention::start));
        for (SkillMatcher.Mention m : matched) {
            // an employer's name is not a skill of the candidate, except as an item of the skills section
            // ("Oracle" the employer, and "Oracle" among the databases the candidate lists)
            if ((employers.contains(m.written().toLowerCase(Locale.ROOT)) || namesAnEmployer(m, roles))
                    && Sections.kindAt(sections, m.start()) != SectionKind.SKILLS) {
                continue;
            }
            byName.computeIfAbsent(m.alias().canonical(), k -> new ArrayList<>()).add(m);
        }
        List<Skill> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            List<SkillMention> mentions = new ArrayList<>();
            BitSet months = new BitSet();
            int last = -1;
            for (SkillMatcher.Mention m : e.getValue()) {
                aliases.add(m.written());
                mentions.add(new SkillMention(m.written(), Sections.kindAt(sections, m.start()).label(), span(text, m.start(), m.end())));
                for (FoundEntry r : dated) {
                    if (r.start() != null && m.start() >= r.headerStart() && m.start() < r.blockEnd()) {
                        int from = r.start().monthIndex(false);
                        int to = r.current() || r.end() == null ? uploaded.monthIndex(true) : r.end().monthIndex(true);
                        if (to >= from && to - from < 12 * 60) {
                            months.set(from, to + 1);
                            last = Math.max(last, to);
                        }
                    }
                }
            }
            String category = taxonomy.categoryOf(e.getKey());
            if (PRACTICE.equals(category) && e.getValue().stream().noneMatch(m -> Sections.kindAt(sections, m.start()) == SectionKind.SKILLS
                    && isListItem(text.text(), m.start(), m.end()))) {
                // "led product management", "in an Agile team", "• Monitoring the loading processes" under Skills:
                // a practice named in a sentence describes the work; listed ("Agile, Scrum") it is claimed
                continue;
            }
            if (e.getValue().stream().allMatch(m -> STUDIED.contains(Sections.kindAt(sections, m.start())) && !SkillListReader.followsCategoryLabel(text.text(), m.start()))) {
                continue; // named only as a course or a certificate's subject: what was taught or examined, not a skill claimed
            }
            out.add(Skill.newBuilder().setName(e.getKey()).setCategory(category != null ? category : UNKNOWN)
                    .setAliases(new ArrayList<>(aliases)).setMentions(mentions)
                    .setMonths(months.isEmpty() ? null : months.cardinality())
                    .setLastUsed(last < 0 ? null : String.format("%04d-%02d", last / 12, last % 12 + 1)).build());
        }
        return out;
    }

    /** What ends an item of a list: list separators, bullets, a label's colon, brackets, a line break. */
    private static final String ITEM_ENDS = ",;|•·▪●►✓:()[]、，；\t\n";

    /**
     * Whether a mention is an item of a list rather than a word of a sentence: between the separators
     * around it ("Agile/Scrum Methodologies", "Leadership,") at most two other words.
     */
    static boolean isListItem(String text, int start, int end) {
        int words = 0;
        for (int dir = -1; dir <= 1; dir += 2) {
            int k = dir < 0 ? start - 1 : end;
            boolean inWord = false;
            while (k >= 0 && k < text.length() && ITEM_ENDS.indexOf(text.charAt(k)) < 0 && !isDash(text, k)) {
                boolean space = Character.isWhitespace(text.charAt(k));
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
                if (words > 2) {
                    return false;
                }
                k += dir;
            }
        }
        return true;
    }

    /** " - " or " – " between items. */
    private static boolean isDash(String text, int k) {
        char c = text.charAt(k);
        return (c == '-' || c == '–' || c == '—') && k > 0 && k + 1 < text.length()
                && Character.isWhitespace(text.charAt(k - 1)) && Character.isWhitespace(text.charAt(k + 1));
    }

    /**
     * "Stripe" or "SAP" in "Engineer | SAP SE | Walldorf" names the employer, not a skill: a mention
     * inside a role's header that its organization contains (anywhere else, an employer's whole name
     * is checked by the caller).
     */
    private static boolean namesAnEmployer(SkillMatcher.Mention m, List<FoundRole> roles) {
        String w = m.written().toLowerCase(Locale.ROOT);
        for (FoundRole r : roles) {
            if (m.start() >= r.headerStart() && m.start() < r.headerEnd() && r.organization() != null
                    && r.organization().toLowerCase(Locale.ROOT).contains(w)
                    && (r.title() == null || !r.title().toLowerCase(Locale.ROOT).contains(w))) {
                return true;
            }
        }
        return false;
    }

    private List<Metric> metrics(ResumeText text, List<DateRange> ranges, List<FoundRole> jobs) {
        List<int[]> excluded = new ArrayList<>(DateParser.dateSpans(text.text()));
        ranges.forEach(r -> excluded.add(new int[] {r.start(), r.end()}));
        List<Metric> out = new ArrayList<>();
        for (Quantity q : metrics.find(text.text(), excluded)) {
            Integer roleIndex = null;
            for (int i = 0; i < jobs.size(); i++) {
                if (q.start() >= jobs.get(i).headerStart() && q.start() < jobs.get(i).blockEnd()) {
                    roleIndex = i;
                }
            }
            out.add(Metric.newBuilder()
                    .setValue(q.value()).setValueMax(q.valueMax()).setUnit(q.unit())
                    .setKind(MetricKind.valueOf(q.kind().name().toLowerCase(Locale.ROOT)))
                    .setDirection(q.direction() == null ? null : Direction.valueOf(q.direction().name().toLowerCase(Locale.ROOT)))
                    .setSubject(q.subject())
                    .setSentence(sentence(text.text(), q.start(), q.end()))
                    .setRoleIndex(roleIndex)
                    .setEvidence(span(text, q.start(), q.end())).build());
        }
        return out;
    }

    private static List<Education> education(ResumeText text, List<Sections.Section> sections, List<DateRange> ranges) {
        List<Education> out = new ArrayList<>();
        for (EducationExtractor.Entry e : EducationExtractor.extract(text, sections, ranges)) {
            out.add(Education.newBuilder().setInstitution(e.institution()).setDegree(e.degree()).setField(e.field())
                    .setStart(str(e.start())).setEnd(str(e.end())).setEvidence(span(text, e.from(), e.to())).build());
        }
        return out;
    }

    private static final Pattern LANGUAGE = Pattern.compile("(?<![\\p{L}])(English|Japanese|Korean|Chinese|Mandarin|French|German|Spanish|"
            + "Portuguese|Italian|Russian|Arabic|Hindi|英語|日本語|韓国語|中国語|영어|일본어|한국어|중국어|anglais|japonais|coréen|"
            + "français|allemand|espagnol|Englisch|Japanisch|Deutsch|Französisch|Spanisch|inglés|japonés|alemán|francés|español)(?![\\p{L}])"
            + "\\s*[:：(（\\-–—]?\\s*([^,;/|\\n)）]{0,40})", Pattern.UNICODE_CASE);

    private static List<SpokenLanguage> languages(ResumeText text, List<Sections.Section> sections) {
        List<SpokenLanguage> europass = EuropassLanguages.read(text);
        if (europass != null) {
            return europass; // a Europass grid: mother tongues and five CEFR levels per language
        }
        List<SpokenLanguage> out = new ArrayList<>();
        for (Sections.Section s : sections) {
            if (s.kind() != SectionKind.LANGUAGES) {
                continue;
            }
            Matcher m = LANGUAGE.matcher(text.text().substring(s.start(), s.end()));
            while (m.find()) {
                String level = m.group(2).strip();
                out.add(new SpokenLanguage(m.group(1), level.isEmpty() ? null : level,
                        span(text, s.start() + m.start(), s.start() + m.end())));
            }
        }
        return out;
    }

    private static String sentence(String text, int start, int end) {
        int s = start, e = end;
        while (s > 0 && ".!?。！？\n".indexOf(text.charAt(s - 1)) < 0 && start - s < 300) {
            s--;
        }
        while (e < text.length() && ".!?。！？\n".indexOf(text.charAt(e)) < 0 && e - end < 300) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return text.substring(s, e).strip();
    }

    private static Span span(ResumeText text, int start, int end) {
        int s = text.originalOffset(start);
        int e = end > start ? text.originalEnd(end) : s;
        return new Span(s, e);
    }

    private static String str(PartialDate d) {
        return d == null ? null : d.toString();
    }
}
