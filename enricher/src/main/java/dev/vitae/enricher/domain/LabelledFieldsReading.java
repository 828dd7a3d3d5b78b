package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles from labelled fields: "Title:", "| Company |", "Term:" and their equivalents form a role
 * once an organization is known (from a field or the enclosing heading; in a text without Markdown
 * headings, a PDF's, the header-like line that opens the fields' paragraph). Fields are grouped by the
 * Markdown heading they sit under; consecutive groups merge into one role while no label repeats
 * with a different value. A deeper group with neither title nor organization (a project's period
 * and team under a company heading), or a group with a period or team size but no organization,
 * is a project.
 */
final class LabelledFieldsReading implements RoleReading {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    @Override
    public String name() {
        return "labelled-fields";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        ResumeText text = context.text();
        List<FoundEntry> out = new ArrayList<>();
        List<List<Fields.Field>> groups = new ArrayList<>();
        int lastHeading = Integer.MIN_VALUE;
        for (Fields.Field f : context.fields()) {
            if (claims.isClaimed(f.line())) {
                continue; // a table cell read by its column
            }
            int heading = RoleLines.headingLineAbove(text, f.line());
            if (groups.isEmpty() || heading != lastHeading) {
                groups.add(new ArrayList<>());
                lastHeading = heading;
            }
            groups.get(groups.size() - 1).add(f);
        }
        List<Fields.Field> draft = new ArrayList<>();
        int draftLevel = 0;
        for (List<Fields.Field> g : groups) {
            int level = RoleLines.headingLevel(text, RoleLines.headingLineAbove(text, g.get(0).line()));
            boolean identifies = g.stream().anyMatch(f -> f.kind() == Fields.Kind.TITLE || f.kind() == Fields.Kind.ORG);
            if (!draft.isEmpty() && !identifies && level > draftLevel) {
                close(text, g, out, claims, true);
                continue;
            }
            boolean clash = g.stream().anyMatch(f -> draft.stream().anyMatch(d -> d.kind() == f.kind() && !d.value().equalsIgnoreCase(f.value())));
            if (clash) {
                close(text, draft, out, claims, false);
                draft.clear();
            }
            if (draft.isEmpty()) {
                draftLevel = level;
            }
            draft.addAll(g);
        }
        close(text, draft, out, claims, false);
        return out;
    }

    private void claimLines(RoleClaims claims, Fields.Field f) {
        for (int l = f.line(); l <= f.lastLine(); l++) {
            claims.claim(l, this);
        }
    }

    private void close(ResumeText text, List<Fields.Field> draft, List<FoundEntry> out, RoleClaims claims, boolean asProject) {
        if (draft.isEmpty()) {
            return;
        }
        String title = null, org = null, location = null;
        PartialDate start = null, end = null;
        boolean current = false;
        Integer team = null;
        boolean explicitOrgLabel = false;
        for (Fields.Field f : draft) {
            switch (f.kind()) {
                case TITLE -> title = title == null ? HeaderParser.clean(f.value()) : title;
                case ORG -> {
                    explicitOrgLabel = true;
                    if (!f.value().matches("(?i)^(https?://|www\\.).*")) {
                        org = org == null ? HeaderParser.clean(f.value()) : org;
                    }
                }
                case LOCATION -> location = location == null ? f.value() : location;
                case START -> start = start == null ? DateParser.parseDate(f.value()) : start;
                case END -> {
                    if (end == null && !current) {
                        end = DateParser.parseDate(f.value());
                        current = end == null && f.value().matches("(?iu).*(present|current|now|現在|현재|heute|aujourd|actual).*");
                    }
                }
                case PERIOD -> {
                    List<DateRange> r = DateParser.ranges(f.value());
                    if (!r.isEmpty() && start == null) {
                        start = r.get(0).from();
                        end = r.get(0).to();
                        current = r.get(0).current();
                    }
                }
                case TEAM -> {
                    Matcher m = NUMBER.matcher(f.value());
                    if (team == null && m.find()) {
                        team = Integer.parseInt(m.group());
                    }
                }
            }
        }
        int firstLine = draft.get(0).line();
        String heading = RoleLines.enclosingHeading(text, firstLine);
        if (heading == null) {
            heading = RoleLines.plainHeadingAbove(text, firstLine);
        }
        if (org == null && heading != null && (explicitOrgLabel || Lexicon.hasOrgSuffix(heading)) && !Lexicon.hasTitleWord(heading)) {
            org = heading;
        }
        boolean hasDates = start != null || current;
        int headerStart = text.lines().get(firstLine).start();
        int headerEnd = text.lines().get(draft.get(draft.size() - 1).lastLine()).end();
        FoundEntry.Builder b = FoundEntry.builder().title(title).location(location).period(start, end, current)
                .teamSize(team).header(headerStart, headerEnd);
        if (!asProject && org != null && (title != null || hasDates || explicitOrgLabel)) {
            draft.forEach(f -> claimLines(claims, f));
            out.add(b.organization(org).role());
        } else if (hasDates || team != null) {
            draft.forEach(f -> claimLines(claims, f));
            String name = heading != null ? heading : title != null ? title : org;
            if (name != null) {
                out.add(b.organization(name).project());
            }
        }
    }
}
