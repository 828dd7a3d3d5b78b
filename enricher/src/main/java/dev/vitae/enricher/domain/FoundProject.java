package dev.vitae.enricher.domain;

/**
 * A project found in the text (a dated entry in a projects section, or a period and team under a
 * company heading): its {@code name}, the candidate's {@code role} in it, period and team size.
 */
public record FoundProject(String name, String role, String location, PartialDate start, PartialDate end,
                           boolean current, Integer teamSize, int headerStart, int headerEnd, int blockEnd)
        implements FoundEntry {

    FoundProject withBlock(int blockEnd, Integer teamSize) {
        return new FoundProject(name, role, location, start, end, current, teamSize, headerStart, headerEnd, blockEnd);
    }
}
