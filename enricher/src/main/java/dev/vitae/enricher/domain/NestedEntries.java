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
 *       alone ("### Acme (2015 – 2020)") may list its positions below it, and those stay roles;
 *       but a body line (no heading) there naming another organization, with no title word, is a
 *       client or assignment of that employer ("### 2016年06月～現在 - 個人事業主" / "2021年4月 ～ 現在" /
 *       "株式会社ABC／業務委託"), not a position;</li>
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
            if (parent != null && parent.title() == null && !assignment((FoundRole) e, parent, text)) {
                parent = null;
            }
            out.add(parent != null && within(e, parent) ? FoundEntry.builder().title(((FoundRole) e).title())
                    .organization(((FoundRole) e).organization()).location(((FoundRole) e).location())
                    .period(e.start(), e.end(), e.current()).teamSize(e.teamSize()).header(e.headerStart(), e.headerEnd())
                    .blockEnd(e.blockEnd()).project() : e);
        }
        return out;
    }

    /** The role naming an organization whose header is the nearest heading of a higher rank above {@code role}'s. */
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
                        && p.organization() != null && p.start() != null) {
                    return p;
                }
            }
            return null; // the heading above is no role's: a section or an employer alone
        }
        return null;
    }

    /** Whether {@code role}, under an employer heading with no title, is a body line naming another organization and no title. */
    private static boolean assignment(FoundRole role, FoundRole employer, ResumeText text) {
        String org = role.organization();
        return org != null && RoleLines.headingLevel(text, text.lineAt(role.headerStart())) == 0 && !Lexicon.hasTitleWord(org)
                && (role.title() == null || !Lexicon.hasTitleWord(role.title())) && !sameOrganization(key(org), key(employer.organization()));
    }

    private static boolean sameOrganization(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String key(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
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
