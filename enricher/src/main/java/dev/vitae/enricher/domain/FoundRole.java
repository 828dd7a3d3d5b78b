package dev.vitae.enricher.domain;

import java.util.List;

/** A job found in the text, before it becomes Avro; see {@link FoundEntry} for the offsets. */
public record FoundRole(String title, String organization, String location, PartialDate start, PartialDate end,
                        boolean current, Integer teamSize, List<String> highlights, int headerStart, int headerEnd,
                        int blockEnd) implements FoundEntry {

    FoundRole withBlock(int blockEnd, Integer teamSize, List<String> highlights) {
        return new FoundRole(title, organization, location, start, end, current, teamSize, highlights, headerStart,
                headerEnd, blockEnd);
    }

    /** The same role under another employer (a title listed under the company named above it). */
    FoundRole under(String employer, String employerLocation) {
        return new FoundRole(title, employer, location != null ? location : employerLocation, start, end, current,
                teamSize, highlights, headerStart, headerEnd, blockEnd);
    }
}
