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

    /** The same role with a title (one its description states). */
    FoundRole titled(String newTitle) {
        return new FoundRole(newTitle, organization, location, start, end, current, teamSize, highlights, headerStart, headerEnd, blockEnd);
    }

    /** The same role under another employer (a title listed under the company named above it). */
    FoundRole under(String employer, String employerLocation) {
        return new FoundRole(title, employer, location != null ? location : employerLocation, start, end, current,
                teamSize, highlights, headerStart, headerEnd, blockEnd);
    }

    /**
     * The same role with title and organization exchanged, when the reading took one for the other:
     * "Integration Aide⏎Hillside Primary School" read as the organization "Integration Aide" under
     * the title "Hillside Primary School". The title must name a school or carry an organization word
     * and no title word; the organization a title word and no organization or school word.
     */
    FoundRole withTitleAndOrganizationSorted() {
        if (title == null || organization == null) {
            return this;
        }
        boolean titleIsOrg = (Lexicon.isSchool(title) || Lexicon.hasOrgSuffix(title)) && !Lexicon.hasTitleWord(title);
        boolean orgIsTitle = Lexicon.hasTitleWord(organization) && !Lexicon.hasOrgSuffix(organization) && !Lexicon.isSchool(organization);
        return titleIsOrg && orgIsTitle
                ? new FoundRole(organization, title, location, start, end, current, teamSize, highlights, headerStart, headerEnd, blockEnd)
                : this;
    }
}
