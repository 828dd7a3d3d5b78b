package dev.vitae.enricher.domain;

import java.util.List;

/**
 * A role (or, with {@code project} set, a project) found in the text, before it becomes Avro.
 * {@code headerStart}/{@code headerEnd} cover where title, organization and dates were read;
 * {@code blockEnd} is where the role's description ends.
 */
public record FoundRole(String title, String organization, String location, PartialDate start, PartialDate end,
                        boolean current, Integer teamSize, List<String> highlights, int headerStart, int headerEnd,
                        int blockEnd, boolean project) {

    FoundRole withBlock(int blockEnd, Integer teamSize, List<String> highlights) {
        return new FoundRole(title, organization, location, start, end, current, teamSize, highlights, headerStart,
                headerEnd, blockEnd, project);
    }
}
