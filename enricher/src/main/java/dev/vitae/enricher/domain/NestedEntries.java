package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Dated entries inside a Markdown role heading's block, which are what the candidate did in that
 * job, not more jobs: under "### Acme | Frontend Developer (2022.06 ~ 2025.11)" the sub-headings
 * "#### Page load 78% faster" with periods of their own inside the role's are its projects. A role
 * proposed at such a place becomes a project when
 * <ol>
 *   <li>the nearest Markdown heading above its header, of a higher rank than its own header (fewer
 *       '#'; any heading when its header is no heading), is the header line of another role;</li>
 *   <li>that role names both an organization and a title and has a start: an employer heading
 *       alone ("### Acme (2015 – 2020)") may list its positions below it, and those stay roles;</li>
 *   <li>its period lies within that role's.</li>
 * </ol>
 * Positions listed as headings of the same rank stay roles, and so does an undated entry.
 */
final class NestedEntries {
    private NestedEntries() {}

    /** {@code entries} in the same order, with the roles nested in a role heading's block made projects. */
    static List<FoundEntry> demote(List<FoundEntry> entries, ResumeText text) {
        List<FoundEntry> out = new ArrayList<>(entries.size());
        for (FoundEntry e : entries) {
            FoundRole parent = e instanceof FoundRole r && r.start() != null ? headingRoleAbove(r, entries, text) : null;
            out.add(parent != null && within(e, parent) ? FoundEntry.builder().title(((FoundRole) e).title())
                    .organization(((FoundRole) e).organization()).location(((FoundRole) e).location())
                    .period(e.start(), e.end(), e.current()).teamSize(e.teamSize()).header(e.headerStart(), e.headerEnd())
                    .blockEnd(e.blockEnd()).project() : e);
        }
        return out;
    }

    /** The role with both an organization and a title whose header is the nearest heading of a higher rank above {@code role}'s. */
    private static FoundRole headingRoleAbove(FoundRole role, List<FoundEntry> entries, ResumeText text) {
        int line = text.lineAt(role.headerStart());
        int rank = RoleLines.headingLevel(text, line);
        for (int i = line - 1; i >= 0; i--) {
            int level = RoleLines.headingLevel(text, i);
            if (level == 0 || rank > 0 && level >= rank) {
                continue;
            }
            for (FoundEntry o : entries) {
                if (o != role && o instanceof FoundRole p && text.lineAt(p.headerStart()) == i
                        && p.title() != null && p.organization() != null && p.start() != null) {
                    return p;
                }
            }
            return null; // the heading above is no role's: a section or an employer alone
        }
        return null;
    }

    private static boolean within(FoundEntry e, FoundRole parent) {
        if (e.start().compareTo(parent.start()) < 0) {
            return false;
        }
        if (parent.current()) {
            return true;
        }
        if (e.current() || parent.end() == null) {
            return false;
        }
        PartialDate end = e.end() != null ? e.end() : e.start();
        return end.monthIndex(true) <= parent.end().monthIndex(true);
    }
}
