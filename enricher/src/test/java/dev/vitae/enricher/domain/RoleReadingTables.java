package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** Runs one role reading alone on a small text and compares its first find with a table row. */
final class RoleReadingTables {
    private RoleReadingTables() {}

    /** Table cells write line breaks as "\n" (backslash, n). */
    static List<FoundEntry> read(RoleReading reading, String text) {
        return reading.read(RoleContext.of(text.replace("\\n", "\n")), new RoleClaims());
    }

    /** {@code end} is "present" for a current role; "-" cells arrive as null. */
    static void assertFirst(RoleReading reading, String text, String title, String org, String start, String end) {
        List<FoundEntry> found = read(reading, text);
        assertFalse(found.isEmpty(), reading.name() + " found nothing in: " + text);
        FoundEntry e = found.get(0);
        String what = reading.name() + " on " + text + " -> " + e;
        String gotTitle = e instanceof FoundRole r ? r.title() : ((FoundProject) e).role();
        String gotOrg = e instanceof FoundRole r ? r.organization() : ((FoundProject) e).name();
        assertEquals(title, gotTitle, what);
        assertEquals(org, gotOrg, what);
        assertEquals(start, e.start() == null ? null : e.start().toString(), what);
        assertEquals(end, e.current() ? "present" : e.end() == null ? null : e.end().toString(), what);
    }
}
