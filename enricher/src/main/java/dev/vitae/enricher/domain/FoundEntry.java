package dev.vitae.enricher.domain;

import java.util.List;

/**
 * What a role reading finds: a {@link FoundRole} (a job) or a {@link FoundProject}. Both have a
 * period and a header: {@code headerStart}/{@code headerEnd} cover where name, title and dates were
 * read; {@code blockEnd} is where the description ends (set by {@link RoleExtractor} once every
 * reading has run).
 */
public sealed interface FoundEntry permits FoundRole, FoundProject {
    PartialDate start();

    PartialDate end();

    boolean current();

    Integer teamSize();

    int headerStart();

    int headerEnd();

    int blockEnd();

    /** Starts a role or project; the readings build both through this, naming every field they set. */
    static Builder builder() {
        return new Builder();
    }

    /** Named fields for a found role or project; finish with {@link #role()} or {@link #project()}. */
    final class Builder {
        private String title, organization, location;
        private PartialDate start, end;
        private boolean current;
        private Integer teamSize;
        private int headerStart, headerEnd, blockEnd;

        private Builder() {}

        public Builder title(String v) {
            title = v;
            return this;
        }

        /** The employer of a role, the name of a project; never a length of time ("1 Year 3 Months") read beside the dates. */
        public Builder organization(String v) {
            organization = Durations.isDuration(v) ? null : v;
            return this;
        }

        public Builder location(String v) {
            location = v;
            return this;
        }

        public Builder period(PartialDate from, PartialDate to, boolean isCurrent) {
            start = from;
            end = to;
            current = isCurrent;
            return this;
        }

        public Builder period(DateRange r) {
            return period(r.from(), r.to(), r.current());
        }

        public Builder teamSize(Integer v) {
            teamSize = v;
            return this;
        }

        /** Header offsets; the block ends where the header does until the extractor widens it. */
        public Builder header(int from, int to) {
            headerStart = from;
            headerEnd = to;
            blockEnd = to;
            return this;
        }

        public Builder blockEnd(int v) {
            blockEnd = v;
            return this;
        }

        public FoundRole role() {
            return new FoundRole(title, organization, location, start, end, current, teamSize, List.of(), headerStart,
                    headerEnd, blockEnd);
        }

        /** A project; one read from a header with a role but no name is named by the role. */
        public FoundProject project() {
            return new FoundProject(organization != null ? organization : title, title, location, start, end, current, teamSize, headerStart, headerEnd,
                    blockEnd);
        }
    }
}
