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
    METRICS;

    /** The lower-case name: {@code roles}, {@code organizations}, … */
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
        throw new IllegalArgumentException("unknown field '" + key.strip() + "' (known: roles, organizations, titles, dates, skills, metrics)");
    }
}
