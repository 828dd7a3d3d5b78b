package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every role reading may look at: the prepared text, its sections, date ranges and labelled
 * fields, the document's language (ISO 639-1 as the extractor detected it; null when unknown) and
 * what its pages showed ({@link PageLayout#NONE} when the extractor could not tell).
 */
record RoleContext(ResumeText text, List<Section> sections, List<DateRange> ranges, List<Fields.Field> fields,
                   Set<Integer> fieldLines, boolean hasExperienceSection, String language, PageLayout layout) {

    static RoleContext of(ResumeText text, List<Section> sections, List<DateRange> ranges) {
        return of(text, sections, ranges, null);
    }

    static RoleContext of(ResumeText text, List<Section> sections, List<DateRange> ranges, String language) {
        return of(text, sections, ranges, language, PageLayout.NONE);
    }

    static RoleContext of(ResumeText text, List<Section> sections, List<DateRange> ranges, String language, PageLayout layout) {
        List<Fields.Field> fields = Fields.of(text, layout);
        Set<Integer> fieldLines = new HashSet<>();
        fields.forEach(f -> {
            fieldLines.add(f.line());
            fieldLines.add(f.lastLine());
        });
        boolean experience = sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);
        return new RoleContext(text, sections, ranges, fields, Set.copyOf(fieldLines), experience, language, layout);
    }

    /** The context of a whole résumé text, as the enricher prepares it (for tests and tools). */
    static RoleContext of(String text) {
        ResumeText t = new ResumeText(text);
        return of(t, Sections.of(t), DateParser.ranges(t.text()));
    }

    List<ResumeText.Line> lines() {
        return text.lines();
    }
}
