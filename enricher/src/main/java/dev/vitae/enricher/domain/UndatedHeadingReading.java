package dev.vitae.enricher.domain;

import dev.vitae.enricher.domain.Sections.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Roles from undated headings in experience sections: a Markdown heading or a line standing alone
 * between blank lines, of exactly two parts that read as a title and an organization
 * ("Title（Org）", "Org — Title"), the title with a title word.
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
}
