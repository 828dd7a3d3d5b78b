package dev.vitae.enricher.domain;

import dev.vitae.schemas.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact details from the top of a résumé: a name (a first-lines heading that reads as a person's
 * name, not a company or a title), e-mails, phone numbers, links and a location line.
 */
final class CandidateExtractor {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}[\\s.-]\\d{3,4}[\\s.-]\\d{3,4}(?![\\w])");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]]+|(?<![\\w/])(?:www\\.|github\\.com/|linkedin\\.com/)[^\\s)>\\]]+");
    private static final Pattern NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'.-]+)(?:\\s+\\p{Lu}[\\p{L}'.-]+){1,3}$|^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,6}(?:\\s[\\p{IsHan}\\p{IsKatakana}]{1,6})?$|^[\\p{IsHangul}]{2,4}$");

    private CandidateExtractor() {}

    static Candidate extract(ResumeText text) {
        String head = text.text().substring(0, Math.min(text.text().length(), 1500));
        String name = null, location = null;
        int seen = 0;
        for (ResumeText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > 6) {
                break;
            }
            String t = HeaderParser.clean(line.content());
            if (name == null && NAME.matcher(t).matches() && !Lexicon.hasTitleWord(t) && !Lexicon.hasOrgSuffix(t)
                    && Sections.kindOf(t) == null) {
                name = t;
            } else if (location == null && t.length() <= 60 && Lexicon.isLocation(t)) {
                location = t;
            }
        }
        List<String> emails = all(EMAIL, head), phones = all(PHONE, head);
        List<String> links = new ArrayList<>();
        for (String u : all(URL, head)) {
            if (!u.contains("@")) {
                links.add(u.replaceAll("[.,;]+$", ""));
            }
        }
        return Candidate.newBuilder().setName(name).setEmails(emails).setPhones(phones).setLocation(location)
                .setLinks(links).build();
    }

    private static List<String> all(Pattern p, String s) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group().strip());
        }
        return new ArrayList<>(out);
    }
}
