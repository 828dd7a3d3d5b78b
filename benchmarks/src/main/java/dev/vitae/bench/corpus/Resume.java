package dev.vitae.bench.corpus;

import java.util.List;

/**
 * The content of one synthetic résumé, before it is rendered into a file format: a header, then
 * sections in order. Every string is already in the résumé's language, dates included.
 */
record Resume(String language, String documentTitle, String name, String headline, List<String> contact,
              String summaryHeading, String summary,
              String experienceHeading, List<Role> roles,
              String skillsHeading, List<SkillGroup> skills,
              String educationHeading, List<Education> education,
              Labels labels) {

    /** One position: "Senior Data Engineer, Kestrel Payments, Austin, TX, Jan 2019 – Present" and its achievements. */
    record Role(String title, String company, String city, String period, List<String> achievements) {}

    /** A labelled group of skills ("Languages: Java, Go, SQL"). */
    record SkillGroup(String label, List<String> skills) {}

    record Education(String degree, String school, String period) {}

    /** Column headers of the tables a DOCX résumé writes, in the résumé's language. */
    record Labels(String period, String company, String role, String category, String skills, String degree, String school) {}
}
