package dev.vitae.enricher.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML that a Markdown or plain-text résumé carries as a browser shows it: GitHub renders
 * {@code <div class="duration">May 2024 – Present | Grenoble</div>} as the line "May 2024 – Present |
 * Grenoble", and a résumé written that way must read the same. HTML elements' tags and comments are
 * removed; a block element's tag between two pieces of text on one line ({@code </li><li>},
 * {@code <br>}, {@code </p><p>}) becomes a line break; the character entities of a text that holds such
 * tags ({@code &amp;}, {@code &nbsp;}, {@code &#8211;}) are decoded. Only names of HTML elements count
 * as tags, so "C<T>" or an address in angle brackets stays, and a Markdown table row ("| … |") is left
 * as it is: its cells may hold lists, and a line break would split the row.
 */
final class MarkupTags {
    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|</?([A-Za-z][A-Za-z0-9]{0,9})(?:\\s[^<>]{0,500}?)?/?>|&(#\\d{1,6}|#[xX][0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});", Pattern.DOTALL);
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "center", "cite", "code", "em", "font", "i", "img", "kbd",
            "mark", "picture", "q", "s", "small", "source", "span", "strong", "sub", "sup", "time", "u");
    private static final java.util.Map<String, Character> ENTITIES = java.util.Map.of("amp", '&', "lt", '<', "gt", '>', "quot", '"',
            "apos", '\'', "nbsp", ' ', "ndash", '–', "mdash", '—', "middot", '·', "bull", '•');

    private MarkupTags() {}

    /** {@code s} as a browser shows its HTML, mapped to {@code s}; null when it holds no HTML element's tag outside a table row. */
    static MappedText strip(String s) {
        if (s.indexOf('<') < 0 || !hasTag(s)) {
            return null;
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        Matcher m = MARKUP.matcher(s);
        int copied = 0;
        boolean lineHasText = false;
        while (m.find()) {
            String tag = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            boolean comment = m.group(1) == null && m.group(2) == null;
            Character entity = m.group(2) == null ? null : entity(m.group(2));
            boolean element = tag != null && (BLOCK.contains(tag) || INLINE.contains(tag));
            if (!comment && !element && entity == null || inTableRow(s, m.start())) {
                continue;
            }
            lineHasText = copy(out, s, copied, m.start(), lineHasText);
            copied = m.end();
            if (entity != null) {
                out.append(entity, m.start(), m.end());
                lineHasText |= !Character.isWhitespace(entity);
            } else if (element && BLOCK.contains(tag) && lineHasText && textFollowsOnLine(s, m.end())) {
                out.append('\n', m.start(), m.end());
                lineHasText = false;
            }
        }
        copy(out, s, copied, s.length(), lineHasText);
        return out.build();
    }

    private static boolean hasTag(String s) {
        Matcher m = MARKUP.matcher(s);
        while (m.find()) {
            if (m.group(1) != null && (BLOCK.contains(m.group(1).toLowerCase(Locale.ROOT)) || INLINE.contains(m.group(1).toLowerCase(Locale.ROOT)))
                    && !inTableRow(s, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Copies {@code s[from, to)}; whether the output's last line then holds text. */
    private static boolean copy(MappedText.Builder out, String s, int from, int to, boolean lineHasText) {
        out.copy(s, from, to);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            lineHasText = c == '\n' ? false : lineHasText || !Character.isWhitespace(c);
        }
        return lineHasText;
    }

    /** Whether text other than tags follows {@code at} before the line ends. */
    private static boolean textFollowsOnLine(String s, int at) {
        for (int i = at; i < s.length() && s.charAt(i) != '\n'; i++) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = s.indexOf('>', i);
                int nl = s.indexOf('\n', i);
                if (close > 0 && (nl < 0 || close < nl)) {
                    i = close;
                    continue;
                }
            }
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holding {@code at} is a Markdown table row: it opens with '|'. */
    private static boolean inTableRow(String s, int at) {
        int i = s.lastIndexOf('\n', at - 1) + 1;
        while (i < at && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '|';
    }

    private static Character entity(String name) {
        if (name.charAt(0) != '#') {
            return ENTITIES.get(name);
        }
        int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return code > 0 && code < 0xD800 ? (char) code : null;
    }
}
