package dev.vitae.enricher.evaluation;

import java.util.Locale;

/** The fields a profile is scored on, with the names the report and {@code --min} use. */
public enum Field {
    /** Organization, title (where the gold gives one) and dates must all agree. */
    ROLES,
    /** Organization alone ({@code roles_detected} in {@code score.py}). */
    ORGANIZATIONS,
    /** Title, among roles whose organization matched and whose gold gives a title. */
    TITLES,
    /** Start and end, among roles whose organization matched and whose gold gives a date. */
    DATES,
    SKILLS,
    METRICS,
    /** The candidate's name: equal after NFKC, case folding and punctuation removed. */
    NAME,
    /** E-mail addresses, equal ignoring case. */
    EMAILS,
    /** Phone numbers by their digits (a trailing match of ten or more digits suffices). */
    PHONES,
    /** Education institutions, matched loosely as organizations are. */
    EDUCATION_INSTITUTION,
    /** Degrees: level (bachelor, master, doctor, associate) and field of study must agree where both give one. */
    EDUCATION_DEGREE,
    /** An education entry whose institution and degree both match (a gold degree of null needs the institution only). */
    EDUCATION_PAIR;

    /** The lower-case name: {@code roles}, {@code organizations}, … {@code education_pair} (score_extra.py's names). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named {@code key} (case ignored), or an exception naming the known ones. */
    public static Field of(String key) {
        for (Field f : values()) {
            if (f.key().equalsIgnoreCase(key.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key.strip() + "' (known: "
                + java.util.Arrays.stream(values()).map(Field::key).collect(java.util.stream.Collectors.joining(", ")) + ")");
    }
}
