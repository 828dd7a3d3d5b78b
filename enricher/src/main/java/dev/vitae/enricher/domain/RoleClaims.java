package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines the role readings have taken, each with the reading that took it, and what they have
 * found so far. A line read as one role's header is not read again by a later reading.
 */
final class RoleClaims {
    private final Map<Integer, String> byLine = new HashMap<>();
    private final List<FoundEntry> found = new ArrayList<>();

    void claim(int line, RoleReading by) {
        byLine.putIfAbsent(line, by.name());
    }

    boolean isClaimed(int line) {
        return byLine.containsKey(line);
    }

    /** The name of the reading that took {@code line}, or null. */
    String claimedBy(int line) {
        return byLine.get(line);
    }

    void addFound(List<FoundEntry> entries) {
        found.addAll(entries);
    }

    /** Everything the readings before have found, in their order. */
    List<FoundEntry> found() {
        return Collections.unmodifiableList(found);
    }
}
