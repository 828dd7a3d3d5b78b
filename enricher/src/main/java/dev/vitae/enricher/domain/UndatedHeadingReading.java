package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Roles from undated headings in experience sections: a Markdown heading or a line standing alone
 * between blank lines, of exactly two parts that read as a title and an organization
 * ("Title（Org）", "Org — Title"), the title with a title word; or a title line and an employer line
 * stacked one above the other, each standing alone.
 */
final class UndatedHeadingReading implements RoleReading {
    @Override
    public String name() {
        return "undated-heading";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        ResumeText text = context.text();
        List<FoundEntry> out = new ArrayList<>();
        for (Section s : context.sections()) {
            if (s.kind() != SectionKind.EXPERIENCE) {
                continue;
            }
            for (int i = text.lineAt(s.start()); i < text.lines().size() && text.lines().get(i).start() < s.end(); i++) {
                ResumeText.Line line = text.lines().get(i);
                if (claims.isClaimed(i) || i == s.headingLine() || !RoleLines.isHeaderLike(line.content())) {
                    continue;
                }
                boolean heading = line.content().startsWith("#");
                boolean standalone = (i == 0 || text.lines().get(i - 1).isBlank())
                        && (i + 1 >= text.lines().size() || text.lines().get(i + 1).isBlank() || heading);
                if (!heading && !standalone) {
                    continue;
                }
                List<String> segs = HeaderParser.segments(HeaderParser.clean(line.content()));
                if (segs.size() == 1 && !heading) {
                    FoundEntry stacked = stacked(context, s, i, claims);
                    if (stacked != null) {
                        out.add(stacked);
                    }
                    continue;
                }
                if (segs.size() != 2) {
                    continue;
                }
                HeaderParser.Header h = HeaderParser.parse(List.of(line.content()));
                if (h.title() != null && h.organization() != null && Lexicon.hasTitleWord(h.title())) {
                    claims.claim(i, this);
                    out.add(FoundEntry.builder().title(h.title()).organization(h.organization()).location(h.location())
                            .header(line.start(), line.end()).role());
                }
            }
        }
        return out;
    }

    /**
     * "Software Developer", blank, "Microsoft - Patna, Bihar" (or "Amazon"), blank: a title line
     * and an employer line standing alone one above the other, no dates (Indeed's layout when the
     * dates are left out). The title line needs a title word, the employer line none.
     */
    private FoundEntry stacked(RoleContext context, Section s, int i, RoleClaims claims) {
        List<ResumeText.Line> lines = context.lines();
        int j = i + 2;
        if (j >= lines.size() || !lines.get(i + 1).isBlank() || lines.get(j).start() >= s.end() || claims.isClaimed(j)
                || lines.get(j).content().startsWith("#") || !RoleLines.isHeaderLike(lines.get(j).content())
                || (j + 1 < lines.size() && !lines.get(j + 1).isBlank())) {
            return null;
        }
        String titleLine = lines.get(i).content(), orgLine = lines.get(j).content();
        HeaderParser.Header t = HeaderParser.parse(List.of(titleLine));
        HeaderParser.Header o = HeaderParser.parse(List.of(orgLine));
        if (t.title() == null || t.organization() != null || !Lexicon.hasTitleWord(t.title()) || o.organization() == null
                || o.title() != null || !context.text().text().substring(lines.get(i).start(), lines.get(j).end()).chars().noneMatch(Character::isDigit)) {
            return null;
        }
        claims.claim(i, this);
        claims.claim(j, this);
        return FoundEntry.builder().title(t.title()).organization(o.organization()).location(o.location())
                .header(lines.get(i).start(), lines.get(j).end()).role();
    }
}
