package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roles of a Europass CV (the Cedefop editor's PDF or Word output, old and new), read the way that
 * layout sets them.
 *
 * <p>Recognised by the layout's own markers: a work-experience heading line ("WORK EXPERIENCE") and
 * either two of Europass's other section labels ("EDUCATION AND TRAINING", "PERSONAL INFORMATION",
 * "LANGUAGE SKILLS", "MOTHER TONGUE(S)" …, as printed, in capitals; alone on their line or leading
 * it, as the old editor sets its left column) or its footer (naming Europass, or "© European Union").
 *
 * <p>Between the work-experience heading and the next Europass section, every line that starts
 * with a date range opens one role. The old editor writes the title after the dates on that line
 * ("18/06/2017–31/08/2017 Tutor") and the employer with its place on the next ("Acme Ltd, Leeds
 * (United Kingdom)"); the new one puts the dates alone (a place may follow: "10/2019 – CURRENT –
 * Ilmenau, Germany"), then the title, then the employer; dates may stand in brackets ("[ 01/2018 – 07/2018 ]"), and a
 * "City: … | Country: …" line is a place, not an employer. The employer's place ("…, City
 * (Country)", "… – City, Country") is split off as the location. Header lines are claimed.
 */
final class EuropassReading implements LayoutReading {
    private static final Set<String> EXPERIENCE = LayoutWords.lowerSet("europass", "experience");
    private static final Set<String> END = LayoutWords.lowerSet("europass", "end");
    private static final List<String> MARKERS = LayoutWords.of("europass", "marker");
    private static final Pattern FOOTER = Pattern.compile("(?iu)(?<!\\p{L})" + LayoutWords.alternation("europass", "footer") + "(?!\\p{L})");
    /** "Acme Ltd, Leeds (United Kingdom)": the place in the old editor's employer line. */
    private static final Pattern PLACE_IN_BRACKETS = Pattern.compile(",\\s*[^,()]{2,40}\\([^()]{2,40}\\)\\s*$");
    /** "Acme GmbH – Berlin, Germany": the place after a dash. */
    private static final Pattern PLACE_AFTER_DASH = Pattern.compile("\\s+[–—-]\\s+([^–—]{2,60})$");
    private static final Pattern PLACE_LABEL = Pattern.compile("(?iu)^(?:city|country|ville|pays|stadt|land|ciudad|país)\\s*:");
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s–—-]+");

    @Override
    public String name() {
        return "europass";
    }

    @Override
    public boolean recognises(RoleContext context) {
        return isEuropass(context.lines());
    }

    /** Whether these lines are a Europass CV, by the markers above. */
    static boolean isEuropass(List<ResumeText.Line> lines) {
        boolean experience = false, footer = false;
        Set<String> markers = new java.util.HashSet<>();
        for (ResumeText.Line l : lines) {
            String lower = l.trimmed().toLowerCase(Locale.ROOT);
            if (!experience) {
                for (String e : EXPERIENCE) {
                    experience |= lower.equals(e) || opensWith(lower, e, ' ');
                }
            }
            String t = l.trimmed();
            for (String m : MARKERS) {
                if (t.equals(m) || opensWith(t, m, ' ') || opensWith(t, m, ':')) {
                    markers.add(m);
                }
            }
            // the footer: Europass named, or the Union's copyright ("© European Union, 2002-2018")
            footer |= lower.length() < 200 && (lower.contains("europass") || lower.contains("©") && FOOTER.matcher(lower).find());
        }
        return experience && (markers.size() >= 2 || footer);
    }

    /** {@code s} starts with {@code prefix} then {@code sep} (without building {@code prefix + sep} per line: this runs on every line). */
    private static boolean opensWith(String s, String prefix, char sep) {
        return s.length() > prefix.length() && s.charAt(prefix.length()) == sep && s.startsWith(prefix);
    }

    @Override
    public List<FoundEntry> read(RoleContext context, RoleClaims claims) {
        if (!recognises(context)) {
            return List.of();
        }
        List<ResumeText.Line> lines = context.lines();
        List<FoundEntry> out = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            String lower = t.toLowerCase(Locale.ROOT);
            if (EXPERIENCE.contains(lower)) {
                inside = true;
                continue;
            }
            if (inside && isEnd(lower)) {
                inside = false;
            }
            if (!inside || claims.isClaimed(i)) {
                continue;
            }
            List<DateRange> ranges = DateParser.ranges(t);
            if (ranges.isEmpty() || !t.substring(0, ranges.get(0).start()).matches("[\\[(\\s]*")) {
                continue;
            }
            DateRange range = ranges.get(0);
            // "[ 01/2018 – 07/2018 ]": the newer editor brackets the dates
            String rest = LEADING_DASH.matcher(t.substring(range.end()).replaceFirst("^\\s*[\\])]", "")).replaceFirst("").strip();
            String title = null, location = null;
            if (!rest.isEmpty()) {
                if (Lexicon.isLocation(rest)) {
                    location = rest;
                } else {
                    title = HeaderParser.clean(rest);
                }
            }
            int last = i;
            if (title == null) {
                int titleLine = next(lines, last);
                if (titleLine < 0 || !isHeaderLine(lines.get(titleLine).trimmed())) {
                    continue;
                }
                title = HeaderParser.clean(lines.get(titleLine).trimmed());
                last = titleLine;
            }
            String org = null;
            int orgLine = next(lines, last);
            if (orgLine >= 0 && isHeaderLine(lines.get(orgLine).trimmed()) && !isEnd(lines.get(orgLine).trimmed().toLowerCase(Locale.ROOT))) {
                String o = lines.get(orgLine).trimmed();
                java.util.regex.Matcher bracket = PLACE_IN_BRACKETS.matcher(o);
                java.util.regex.Matcher dash = PLACE_AFTER_DASH.matcher(o);
                if (bracket.find()) {
                    location = o.substring(bracket.start() + 1).strip();
                    o = o.substring(0, bracket.start());
                } else if (dash.find() && (Lexicon.isLocation(dash.group(1)) || dash.group(1).contains(","))) {
                    location = dash.group(1).strip();
                    o = o.substring(0, dash.start());
                }
                org = HeaderParser.clean(o);
                last = orgLine;
            }
            for (int j = i; j <= last; j++) {
                claims.claim(j, this);
            }
            out.add(FoundEntry.builder().title(title).organization(org).location(location).period(range)
                    .header(lines.get(i).start(), lines.get(last).end()).role());
        }
        return out;
    }

    private static boolean isEnd(String lower) {
        return END.contains(lower) || END.stream().anyMatch(e -> lower.startsWith(e + " "));
    }

    /** A title or employer line: not a bullet, not dated, not a footer, not a sentence, not a "City: …" place. */
    private static boolean isHeaderLine(String t) {
        return !PLACE_LABEL.matcher(t).find() && !t.isEmpty() && t.length() <= 120 && !RoleLines.startsWithBullet(t) && DateParser.ranges(t).isEmpty()
                && !FOOTER.matcher(t).find() && !t.endsWith(".");
    }

    /** The next non-blank line after {@code i}, or -1. */
    private static int next(List<ResumeText.Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
