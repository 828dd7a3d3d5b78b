package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled fields: "**Title:** CTO", "| Company | Acme Inc. |", "- 기간: 2023.05 ~ 2023.07",
 * "会社名：株式会社ABC". Only labels Vitae knows are kept, each mapped to what it labels.
 */
final class Fields {
    enum Kind { TITLE, ORG, START, END, PERIOD, TEAM, LOCATION }

    /**
     * A field on line {@code line}, its value running on to line {@code lastLine} (a PDF wrapped it;
     * else the same line); value offsets are prepared-text offsets.
     */
    record Field(Kind kind, String label, String value, int line, int valueStart, int valueEnd, int lastLine) {
        Field(Kind kind, String label, String value, int line, int valueStart, int valueEnd) {
            this(kind, label, value, line, valueStart, valueEnd, line);
        }

        Field wrappedOnto(ResumeText.Line next) {
            return new Field(kind, label, value + " " + next.trimmed(), line, valueStart, next.end(), next.index());
        }
    }

    private static final Pattern BOLD_KV = Pattern.compile("^\\s*(?:[-*•]\\s*)?\\*\\*([^*]{1,30}?)\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*(.*?)\\s*$");
    private static final Pattern TABLE_KV = Pattern.compile("^\\s*\\|\\s*([^|]{1,30}?)\\s*\\|\\s*([^|]*?)\\s*\\|");
    private static final Pattern PLAIN_KV = Pattern.compile("^\\s*(?:[-*•・]\\s*)?([^:：|]{1,20}?)\\s*[:：]\\s*(.+?)\\s*$");

    private static final Map<String, Kind> LABELS = Map.<String, Kind>ofEntries(
            Map.entry("title", Kind.TITLE), Map.entry("job title", Kind.TITLE), Map.entry("position", Kind.TITLE),
            Map.entry("role", Kind.TITLE), Map.entry("designation", Kind.TITLE), Map.entry("役職", Kind.TITLE),
            Map.entry("職種", Kind.TITLE), Map.entry("ポジション", Kind.TITLE), Map.entry("직책", Kind.TITLE),
            Map.entry("직위", Kind.TITLE), Map.entry("직급", Kind.TITLE), Map.entry("포지션", Kind.TITLE),
            Map.entry("poste", Kind.TITLE), Map.entry("fonction", Kind.TITLE), Map.entry("funktion", Kind.TITLE),
            Map.entry("stelle", Kind.TITLE), Map.entry("cargo", Kind.TITLE), Map.entry("puesto", Kind.TITLE),
            Map.entry("company", Kind.ORG), Map.entry("company name", Kind.ORG), Map.entry("employer", Kind.ORG),
            Map.entry("organization", Kind.ORG), Map.entry("organisation", Kind.ORG), Map.entry("client", Kind.ORG),
            Map.entry("会社", Kind.ORG), Map.entry("会社名", Kind.ORG), Map.entry("企業", Kind.ORG), Map.entry("企業名", Kind.ORG),
            Map.entry("所属", Kind.ORG), Map.entry("勤務先", Kind.ORG), Map.entry("회사", Kind.ORG), Map.entry("회사명", Kind.ORG),
            Map.entry("회사 정보", Kind.ORG), Map.entry("소속", Kind.ORG), Map.entry("직장", Kind.ORG),
            Map.entry("entreprise", Kind.ORG), Map.entry("société", Kind.ORG), Map.entry("employeur", Kind.ORG),
            Map.entry("unternehmen", Kind.ORG), Map.entry("arbeitgeber", Kind.ORG), Map.entry("firma", Kind.ORG),
            Map.entry("empresa", Kind.ORG), Map.entry("empleador", Kind.ORG),
            Map.entry("start", Kind.START), Map.entry("start date", Kind.START), Map.entry("from", Kind.START),
            Map.entry("入社", Kind.START), Map.entry("開始", Kind.START), Map.entry("입사", Kind.START), Map.entry("시작", Kind.START),
            Map.entry("début", Kind.START), Map.entry("beginn", Kind.START), Map.entry("inicio", Kind.START),
            Map.entry("end", Kind.END), Map.entry("end date", Kind.END), Map.entry("to", Kind.END), Map.entry("until", Kind.END),
            Map.entry("退社", Kind.END), Map.entry("終了", Kind.END), Map.entry("퇴사", Kind.END), Map.entry("종료", Kind.END),
            Map.entry("fin", Kind.END), Map.entry("ende", Kind.END),
            Map.entry("term", Kind.PERIOD), Map.entry("period", Kind.PERIOD), Map.entry("dates", Kind.PERIOD),
            Map.entry("duration", Kind.PERIOD), Map.entry("tenure", Kind.PERIOD), Map.entry("期間", Kind.PERIOD),
            Map.entry("在籍期間", Kind.PERIOD), Map.entry("기간", Kind.PERIOD), Map.entry("재직 기간", Kind.PERIOD),
            Map.entry("재직기간", Kind.PERIOD), Map.entry("근무 기간", Kind.PERIOD), Map.entry("근무기간", Kind.PERIOD),
            Map.entry("période", Kind.PERIOD), Map.entry("zeitraum", Kind.PERIOD), Map.entry("período", Kind.PERIOD),
            Map.entry("team size", Kind.TEAM), Map.entry("team", Kind.TEAM), Map.entry("members", Kind.TEAM),
            Map.entry("人数", Kind.TEAM), Map.entry("チーム規模", Kind.TEAM), Map.entry("メンバー", Kind.TEAM),
            Map.entry("구성원", Kind.TEAM), Map.entry("인원", Kind.TEAM), Map.entry("팀 규모", Kind.TEAM),
            Map.entry("taille de l'équipe", Kind.TEAM), Map.entry("teamgröße", Kind.TEAM), Map.entry("tamaño del equipo", Kind.TEAM),
            Map.entry("location", Kind.LOCATION), Map.entry("勤務地", Kind.LOCATION), Map.entry("所在地", Kind.LOCATION),
            Map.entry("근무지", Kind.LOCATION), Map.entry("위치", Kind.LOCATION), Map.entry("lieu", Kind.LOCATION),
            Map.entry("ort", Kind.LOCATION), Map.entry("standort", Kind.LOCATION), Map.entry("ubicación", Kind.LOCATION),
            Map.entry("職位", Kind.TITLE), Map.entry("役割", Kind.TITLE), Map.entry("rolle", Kind.TITLE), Map.entry("rol", Kind.TITLE), Map.entry("titre", Kind.TITLE), Map.entry("intitulé du poste", Kind.TITLE), Map.entry("직무", Kind.TITLE),
            Map.entry("社名", Kind.ORG), Map.entry("근무처", Kind.ORG), Map.entry("직장명", Kind.ORG), Map.entry("compañía", Kind.ORG),
            Map.entry("入社日", Kind.START), Map.entry("입사일", Kind.START), Map.entry("입사일자", Kind.START), Map.entry("desde", Kind.START),
            Map.entry("退社日", Kind.END), Map.entry("退職日", Kind.END), Map.entry("퇴사일", Kind.END), Map.entry("퇴사일자", Kind.END), Map.entry("hasta", Kind.END),
            Map.entry("在職期間", Kind.PERIOD), Map.entry("勤務期間", Kind.PERIOD), Map.entry("periodo", Kind.PERIOD), Map.entry("fechas", Kind.PERIOD), Map.entry("durée", Kind.PERIOD), Map.entry("dauer", Kind.PERIOD), Map.entry("근속기간", Kind.PERIOD));

    private Fields() {}

    /** What a label names ("Company", "役職", "기간"), or null for a label Vitae does not know. */
    static Kind kindOf(String label) {
        return LABELS.get(label.replace("*", "").strip().toLowerCase(Locale.ROOT));
    }

    static List<Field> of(ResumeText text) {
        return of(text, PageLayout.NONE);
    }

    /**
     * The fields of {@code text}; on a PDF page ({@code layout} with geometry) the last value of a
     * line that the page wrapped goes on with the next line ("Title: CTO / Software⏎Engineer
     * (Backend)"), see {@link #wrapsOnto}.
     */
    static List<Field> of(ResumeText text, PageLayout layout) {
        List<Field> out = new ArrayList<>();
        List<ResumeText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            ResumeText.Line line = lines.get(i);
            List<Field> found = parseSeveral(line);
            if (found.isEmpty()) {
                Field f = parse(line);
                found = f == null ? List.of() : List.of(f);
            }
            if (found.isEmpty()) {
                continue;
            }
            if (i + 1 < lines.size() && wrapsOnto(text, layout, i)) {
                found = new ArrayList<>(found);
                found.set(found.size() - 1, found.get(found.size() - 1).wrappedOnto(lines.get(i + 1)));
                out.addAll(found);
                i++; // the next line is the value's end, no line of its own
                continue;
            }
            out.addAll(found);
        }
        return out;
    }

    /** How near the right margin a wrapped line ends, in points: about one long word. */
    private static final int WRAP_SLACK = 60;

    /**
     * Whether PDF line {@code i} wrapped onto line {@code i + 1}: it ends within {@value #WRAP_SLACK}
     * points of the page's right text margin (the furthest right any line of that page ends), and
     * the next line starts at its left edge, in the same font size and weight, right below it (no
     * paragraph gap), holding no label, bullet or heading of its own. False without geometry: a
     * text file's lines are as its author broke them.
     */
    static boolean wrapsOnto(ResumeText text, PageLayout layout, int i) {
        if (!layout.hasGeometry()) {
            return false;
        }
        List<PageLayout.Line> here = layout.on(i), next = layout.on(i + 1);
        if (here.isEmpty() || next.isEmpty() || here.get(0).box() == null || next.get(0).box() == null) {
            return false;
        }
        PageLayout.Line first = here.get(0), nextFirst = next.get(0), last = first;
        for (PageLayout.Line l : here) {
            // the runs beside the first one on the page; a run mapped here from elsewhere (a footer) is not
            if (l.box() != null && l.page() == first.page() && Math.abs(l.box().y() - first.box().y()) <= 2 && l.box().right() > last.box().right()) {
                last = l;
            }
        }
        if (nextFirst.page() != last.page() || nextFirst.column() != first.column()) {
            return false;
        }
        int margin = 0;
        for (PageLayout.Line l : layout.lines()) {
            if (l.page() == last.page() && l.column() == last.column() && l.box() != null) {
                margin = Math.max(margin, l.box().right());
            }
        }
        PageLayout.Box b = last.box(), n = nextFirst.box();
        float size = Math.max(1f, last.fontSize());
        boolean atMargin = b.right() >= margin - WRAP_SLACK;
        boolean sameLeft = Math.abs(n.x() - first.box().x()) <= 3;
        boolean below = n.y() > b.y() && n.y() - b.y() <= size * 1.8f;
        boolean sameStyle = Math.abs(nextFirst.fontSize() - last.fontSize()) < 0.5f && nextFirst.bold() == last.bold()
                && nextFirst.heading() == 0;
        if (!atMargin || !sameLeft || !below || !sameStyle) {
            return false;
        }
        ResumeText.Line nextLine = text.lines().get(i + 1);
        String c = nextLine.trimmed();
        return !c.isEmpty() && !RoleLines.startsWithBullet(nextLine.content()) && parseSeveral(nextLine).isEmpty() && parse(nextLine) == null
                && Sections.kindOf(c) == null;
    }

    /** "Label:" after the start of a line or a space: one to three words, then a colon (not a URL's "://"). */
    // possessive inside a word: a word never ends before a letter, and backtracking into it was most of this pattern's time
    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=^|\\s)((?:[\\p{L}][\\p{L}'’]*+\\s?+){1,3}?)\\s*[:：](?!//)\\s*");

    /**
     * The fields of a line holding several ("Start: April 1, 2019 End: September 30, 2024 Title:
     * CTO"): a word processor or a PDF joins the short field lines of one paragraph into one line.
     * The line must open with a label and name two or more labels Vitae knows; each value runs to the
     * next label. Empty when the line is not such a line.
     */
    static List<Field> parseSeveral(ResumeText.Line line) {
        String c = line.content();
        if (c.indexOf(':') < 0 && c.indexOf('：') < 0 || c.indexOf('|') >= 0) {
            return List.of();
        }
        int first = 0;
        while (first < c.length() && " \t\n\u000B\f\r*•・-".indexOf(c.charAt(first)) >= 0) {
            first++;
        }
        // the line must open with a label (after bullets): tried there only, not searched for along a sentence
        Matcher m = INLINE_LABEL.matcher(c).region(first, c.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return List.of();
        }
        List<int[]> labels = new ArrayList<>(); // label start, label end (before the colon), value start
        List<Kind> kinds = new ArrayList<>();
        int known = 0;
        do {
            String label = m.group(1).strip();
            Kind kind = null;
            int ls = m.start(1);
            // the label is the longest known tail of the words before the colon ("Project Start" -> "start")
            String[] words = label.split("\\s+");
            for (int w = 0; w < words.length && kind == null; w++) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, w, words.length));
                kind = LABELS.get(tail.toLowerCase(Locale.ROOT));
                if (kind != null) {
                    ls = m.start(1) + label.lastIndexOf(tail);
                }
            }
            if (kind == null && !labels.isEmpty()) {
                continue; // "Summary: Built X. Result: …" — an unknown word with a colon inside a value stays in it
            }
            labels.add(new int[] {ls, m.end(1), m.end()});
            kinds.add(kind);
            known += kind == null ? 0 : 1;
        } while (m.find());
        if (known < 2) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            int vs = labels.get(k)[2];
            int ve = k + 1 < labels.size() ? labels.get(k + 1)[0] : c.length();
            String value = c.substring(vs, ve).strip();
            if (kinds.get(k) != null && !value.isEmpty()) {
                int valueStart = c.indexOf(value, vs);
                out.add(new Field(kinds.get(k), c.substring(labels.get(k)[0], labels.get(k)[1]).strip().toLowerCase(Locale.ROOT),
                        value, line.index(), line.start() + valueStart, line.start() + valueStart + value.length()));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    static Field parse(ResumeText.Line line) {
        String c = line.content();
        if (c.indexOf(':') < 0 && c.indexOf('：') < 0 && c.indexOf('|') < 0) {
            return null;
        }
        String lead = c.stripLeading();
        for (Pattern p : new Pattern[] {BOLD_KV, TABLE_KV, PLAIN_KV}) {
            if ((p == BOLD_KV && !c.contains("**")) || (p == TABLE_KV && !lead.startsWith("|"))
                    || (p == PLAIN_KV && c.indexOf(':') < 0 && c.indexOf('：') < 0)) {
                continue;
            }
            Matcher m = p.matcher(c);
            if (m.find()) {
                String label = m.group(1).replace("*", "").strip().toLowerCase(Locale.ROOT);
                Kind kind = LABELS.get(label);
                String value = m.group(2).replace("**", "").strip();
                if (kind != null && !value.isEmpty() && !value.matches("-+")) {
                    int vs = line.start() + m.start(2);
                    return new Field(kind, label, value, line.index(), vs, line.start() + m.end(2));
                }
                return null;
            }
        }
        return null;
    }
}
