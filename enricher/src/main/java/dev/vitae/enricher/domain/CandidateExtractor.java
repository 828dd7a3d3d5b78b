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
    private static final Pattern PHONE = Pattern.compile("[+(\\d][\\d \\t().-]{7,20}\\d(?![\\w])");
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
        LinkedHashSet<String> emails = new LinkedHashSet<>(), links = new LinkedHashSet<>();
        java.util.BitSet addresses = Spans.addresses(head);
        for (int s = addresses.nextSetBit(0); s >= 0; s = addresses.nextSetBit(s)) {
            int e = addresses.nextClearBit(s);
            String a = trimTrailingPunctuation(head.substring(s, e));
            (a.contains("@") && !a.contains("/") ? emails : links).add(a);
            s = e;
        }
        List<String> phones = phones(head, addresses);
        return Candidate.newBuilder().setName(name).setEmails(new ArrayList<>(emails)).setPhones(phones).setLocation(location)
                .setLinks(new ArrayList<>(links)).build();
    }

    private static String trimTrailingPunctuation(String s) {
        int e = s.length();
        while (e > 0 && ".,;:".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /** Phone numbers, tried only where a number starts outside addresses. */
    private static List<String> phones(String head, java.util.BitSet addresses) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = PHONE.matcher(head).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if ((c != '+' && c != '(' && !Character.isDigit(c)) || addresses.get(i) || (i > 0 && Character.isLetterOrDigit(head.charAt(i - 1)))) {
                continue;
            }
            m.region(i, head.length());
            if (m.lookingAt()) {
                String found = m.group().strip();
                if (isPhone(found)) {
                    out.add(found);
                    i = m.end();
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** 9 to 15 digits, not a date range such as "2019 - 2021" and not a bare number. */
    private static boolean isPhone(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits >= 9 && digits <= 15 && DateParser.ranges(s).isEmpty() && (s.contains(" ") || s.contains("-") || s.startsWith("+") || s.startsWith("("));
    }
}
