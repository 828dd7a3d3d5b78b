package dev.vitae.enricher.domain;

/** What a part of a résumé is about, judged from its heading. */
public enum SectionKind {
    HEADER, SUMMARY, EXPERIENCE, PROJECTS, SKILLS, EDUCATION, LANGUAGES, CERTIFICATIONS, OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
