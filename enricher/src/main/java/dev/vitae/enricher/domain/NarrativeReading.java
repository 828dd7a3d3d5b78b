package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles told as prose: in a block between horizontal rules (or recurring opening headings, see
 * {@link #blocks}) where no earlier reading found a role,
 * "worked as a Data Engineer at Acme" gives both, "myself as the Senior Engineer" gives the title
 * and "At Acme Corporation," (starting a sentence) or "Acme Corporation's data" (a possessive name
 * with an organization word) the organization.
 */
final class NarrativeReading implements RoleReading {
    private static final Pattern MYSELF_AS = Pattern.compile(
            "(?:myself|me)\\s+as\\s+(?:the|a|an)\\s+((?:[\\p{L}.]+[\\s-]?){1,6}?)(?=\\s*[,.;(]|\\s+(?:overseeing|responsible|leading|who|and|in|with|for|on|to)\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORKED_AS = Pattern.compile(
            "(?:worked|served|joined|hired|employed)\\s+as\\s+(?:the|a|an)\\s+((?:[\\p{L}.]+\\s?){1,6}?)\\s+(?:at|for|with)\\s+(\\p{Lu}[\\p{L}&.'-]*(?:\\s+\\p{Lu}[\\p{L}&.'-]*){0,4})",
            Pattern.UNICODE_CASE);
    private static final Pattern AT_ORG = Pattern.compile(
            "(?:At|While at|During my time at)\\s+(\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'-]*){0,4}),");
    private static final Pattern POSSESSIVE_ORG = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,4})(?:'s|’s|'|’)\\s+\\p{Ll}");

    @Override
    public String name() {
        return "narrative";
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        ResumeText text = context.text();
        List<FoundEntry> out = new ArrayList<>();
        List<int[]> blocks = blocks(text);
        for (int[] b : blocks) {
            if (claims.found().stream().anyMatch(r -> r.headerStart() >= b[0] && r.headerStart() < b[1])) {
                continue;
            }
            String block = text.text().substring(b[0], b[1]);
            // the lead words are looked for across line breaks too: a PDF wraps "myself" / "as the Engineer"
            String flat = block.replace('\n', ' ');
            if (!flat.contains(" as ")) {
                continue; // every narrative reading needs "as the <title>"
            }
            String title = null, org = null;
            int at = -1;
            // Each pattern is tried only where its leading words occur: a regular expression starting
            // with alternatives would otherwise retry at every character of a long narrative.
            Matcher w = WORKED_AS.matcher(flat);
            int wi = firstOf(flat, "worked as", "served as", "joined as", "hired as", "employed as");
            if (wi >= 0 && w.region(wi, flat.length()).find()) {
                title = w.group(1);
                org = w.group(2);
                at = w.start();
            }
            Matcher m = MYSELF_AS.matcher(flat);
            int mi = firstOf(flat, "myself as", "me as");
            if (title == null && mi >= 0 && m.region(mi, flat.length()).find()) {
                title = m.group(1);
                at = m.start();
            }
            if (title == null) {
                continue;
            }
            Matcher a = AT_ORG.matcher(block);
            for (String lead : new String[] {"At ", "While at ", "During my time at "}) {
                for (int i = block.indexOf(lead); org == null && i >= 0; i = block.indexOf(lead, i + 1)) {
                    if (startsSentence(block, i) && a.region(i, block.length()).lookingAt()) {
                        org = a.group(1);
                        at = at < 0 ? a.start(1) : at;
                    }
                }
            }
            if (org == null) {
                org = possessiveOrganization(block);
            }
            if (org != null && title != null) {
                int s = b[0] + Math.max(0, at);
                claims.claim(text.lineAt(s), this);
                out.add(FoundEntry.builder().title(titleCase(title.strip())).organization(org.strip())
                        .header(b[0], Math.min(b[1], s + 1)).blockEnd(b[1]).role());
            }
        }
        return out;
    }

    /**
     * The narrative blocks: the text between horizontal rules; in a text without rules (a PDF drops
     * them), between the occurrences of its opening heading when that heading recurs — entries
     * written to one template each start with the same line ("Project Narratives", "Project").
     */
    static List<int[]> blocks(ResumeText text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        for (ResumeText.Line line : text.lines()) {
            if (RoleLines.isRule(line.content())) {
                blocks.add(new int[] {blockStart, line.start()});
                blockStart = line.end();
            }
        }
        if (blocks.isEmpty()) {
            String opener = recurringOpener(text);
            for (ResumeText.Line line : text.lines()) {
                if (opener != null && line.start() > blockStart && line.trimmed().equals(opener)) {
                    blocks.add(new int[] {blockStart, line.start()});
                    blockStart = line.start();
                }
            }
        }
        blocks.add(new int[] {blockStart, text.text().length()});
        return blocks;
    }

    /** The first non-blank line when it is header-like, has at most four words and recurs as a whole line; else null. */
    private static String recurringOpener(ResumeText text) {
        String first = null;
        int count = 0;
        for (ResumeText.Line line : text.lines()) {
            String t = line.trimmed();
            if (first == null && !t.isEmpty()) {
                if (!RoleLines.isHeaderLike(t) && Sections.kindOf(Sections.clean(t)) == null || t.split("\\s+").length > 4) {
                    return null;
                }
                first = t;
            }
            if (first != null && t.equals(first)) {
                count++;
            }
        }
        return count >= 2 ? first : null;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean startsSentence(String s, int i) {
        int p = i - 1;
        while (p >= 0 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || s.charAt(p) == '\n' || ".!?".indexOf(s.charAt(p)) >= 0;
    }

    /** "…migration of Truist Financial Corporation's data…": a possessive name with an organization word. */
    private static String possessiveOrganization(String block) {
        Matcher p = POSSESSIVE_ORG.matcher(block).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c != '\'' && c != '’') {
                continue;
            }
            p.region(Math.max(0, i - 80), Math.min(block.length(), i + 4));
            while (p.find()) {
                if (p.end(1) == i && Lexicon.hasOrgSuffix(p.group(1))) {
                    return p.group(1);
                }
            }
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
