package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles from a chronology of dated events, as Japanese and Korean résumés list a career: joining a
 * company ("2014年4月 株式会社NTTデータ 入社", 입사) starts a role, leaving it (退社, 퇴사) ends it,
 * "現在に至る" makes it current. The title is the "…として" of the lines in between.
 */
final class ChronologyReading implements RoleReading {
    private static final Pattern JOINED = Pattern.compile("^\\s*(?<date>.+?[月월]|\\d{4}[./-]\\d{1,2})\\s+(?<org>.+?)\\s*(?:入社|入行|入庁|入職|に入社|입사)\\s*$");
    private static final Pattern LEFT = Pattern.compile("^\\s*(?<date>.+?[月월]|\\d{4}[./-]\\d{1,2})\\s+(?<org>.+?)\\s*(?:退社|退職|퇴사|퇴직)(?:\\s|（|\\(|$).*");
    private static final Pattern AS_TITLE = Pattern.compile("^[\\s・]*(?<title>[^、。\\s]{2,30}?)として");
    private static final Pattern PRESENT_LINE = Pattern.compile("^\\s*(?:現在に至る|現在まで|현재\\s*재직\\s*중|現職)");

    @Override
    public String name() {
        return "chronology";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        List<FoundEntry> out = new ArrayList<>();
        List<ResumeText.Line> lines = context.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher j = JOINED.matcher(lines.get(i).content());
            if (claims.isClaimed(i) || !j.matches()) {
                continue;
            }
            PartialDate start = DateParser.parseDate(j.group("date").strip());
            String org = j.group("org").strip();
            if (start == null) {
                continue;
            }
            claims.claim(i, this);
            PartialDate end = null;
            boolean current = false;
            String title = null;
            int last = i;
            for (int k = i + 1; k < lines.size(); k++) {
                String c = lines.get(k).content();
                if (JOINED.matcher(c).matches()) {
                    break;
                }
                Matcher t = AS_TITLE.matcher(c);
                if (title == null && t.find()) {
                    title = t.group("title");
                }
                Matcher l = LEFT.matcher(c);
                if (l.matches()) {
                    end = DateParser.parseDate(l.group("date").strip());
                    claims.claim(k, this);
                    last = k;
                    break;
                }
                if (PRESENT_LINE.matcher(c).find()) {
                    current = true;
                    last = k;
                    break;
                }
            }
            out.add(FoundEntry.builder().title(title).organization(org).period(start, end, current)
                    .header(lines.get(i).start(), lines.get(i).end()).blockEnd(lines.get(last).end()).role());
        }
        return out;
    }
}
