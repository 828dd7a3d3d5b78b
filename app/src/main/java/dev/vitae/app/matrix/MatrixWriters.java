package dev.vitae.app.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.app.matrix.MatrixSources.Doc;
import dev.vitae.app.matrix.MatrixSources.Entry;
import dev.vitae.app.matrix.MatrixSources.Line;

/**
 * One matrix résumé ({@link MatrixSources.Doc}) written out: as Markdown (the plain-text baseline), as
 * HTML with one of the layouts' style sheets, as LaTeX for the {@code matrixcv} class, and as the
 * laid-out lines the ReportLab and pdf-lib renderers draw. Every form holds the same lines in the same
 * order; only where the dates stand and how the page is divided change with the layout:
 * {@code one-column} (dates on their own line below the head), {@code dates-right} (flush right on the
 * head line), {@code dates-gutter} (a narrow left column), {@code two-column} (experience beside the
 * skills under a full-width name) and {@code sidebar} (contact and skills in a narrow shaded column).
 */
final class MatrixWriters {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatrixWriters() {
    }

    static String markdown(Doc d) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(d.name()).append("\n\n").append(d.email()).append("\n\n");
        s.append("## ").append(d.experience()).append("\n\n");
        for (Entry e : d.entries()) {
            for (int i = 0; i < e.head().size(); i++) {
                Line l = e.head().get(i);
                s.append(i == 0 && l.bold() ? "### " : "").append(l.text()).append('\n');
            }
            if (e.dates() != null) {
                s.append(e.dates()).append('\n');
            }
            s.append('\n');
            for (String b : e.bullets()) {
                s.append(d.bullet()).append(' ').append(b).append('\n');
            }
            s.append('\n');
        }
        s.append("## ").append(d.skillsHeading()).append("\n\n").append(String.join(d.skillSeparator(), d.skills())).append('\n');
        return s.toString();
    }

    static String html(Doc d, String layout) {
        String font = switch (d.language()) {
            case "ja" -> "'IPAGothic', 'IPAPGothic', sans-serif";
            case "ko" -> "'NanumGothic', sans-serif";
            default -> "'DejaVu Sans', sans-serif";
        };
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"").append(d.language()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.name())).append("</title>\n<style>\n")
                .append("@page { size: A4; margin: 16mm 15mm; }\n")
                .append("body { font-family: ").append(font).append("; font-size: 10pt; line-height: 1.3; margin: 0; }\n")
                .append("h1 { font-size: 20pt; margin: 0 0 2pt 0; } h2 { font-size: 12pt; text-transform: uppercase; letter-spacing: 0.5pt;"
                        + " border-bottom: 1px solid #444; margin: 10pt 0 4pt 0; }\n")
                .append("p { margin: 0; } .entry { margin: 0 0 6pt 0; width: 100%; border-collapse: collapse; } .h { font-weight: bold; }\n")
                .append(".right { float: right; font-weight: normal; } .dates { color: #333; } td { vertical-align: top; padding: 0; }\n")
                .append(".gutter { width: 24%; padding-right: 8pt; } ul { margin: 2pt 0 0 0; padding-left: 16pt; } ul.plain { list-style: none; padding-left: 4pt; }\n")
                .append(".left { float: left; width: 62%; } .rightcol { float: right; width: 33%; }\n")
                .append(".side { float: left; width: 27%; background: #eef0f3; padding: 6pt; min-height: 240mm; } .main { margin-left: 33%; }\n")
                .append("</style></head>\n<body>\n");
        String header = "<h1>" + esc(d.name()) + "</h1>\n<p class=\"contact\">\u2709 " + esc(d.email()) + "</p>\n";
        String skills = "<h2>" + esc(d.skillsHeading()) + "</h2>\n<p>" + esc(String.join(d.skillSeparator(), d.skills())) + "</p>\n";
        StringBuilder exp = new StringBuilder("<h2>" + esc(d.experience()) + "</h2>\n");
        for (Entry e : d.entries()) {
            exp.append(htmlEntry(d, e, layout));
        }
        switch (layout) {
            case "two-column" -> s.append(header).append("<div class=\"left\">\n").append(exp).append("</div>\n<div class=\"rightcol\">\n")
                    .append(skills).append("</div>\n");
            case "sidebar" -> s.append("<div class=\"side\">\n<p class=\"contact\">\u2709 ").append(esc(d.email())).append("</p>\n").append(skills)
                    .append("</div>\n<div class=\"main\">\n<h1>").append(esc(d.name())).append("</h1>\n").append(exp).append("</div>\n");
            default -> s.append(header).append(exp).append(skills);
        }
        return s.append("</body></html>\n").toString();
    }

    private static String htmlEntry(Doc d, Entry e, String layout) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < e.head().size(); i++) {
            Line l = e.head().get(i);
            String text = l.bold() ? "<b>" + esc(l.text()) + "</b>" : l.italic() ? "<i>" + esc(l.text()) + "</i>" : esc(l.text());
            if (i == 0 && e.dates() != null && layout.equals("dates-right")) {
                text = "<span class=\"right\">" + esc(e.dates()) + "</span>" + text;
            }
            body.append("<p>").append(text).append("</p>\n");
        }
        if (e.dates() != null && !layout.equals("dates-right") && !layout.equals("dates-gutter")) {
            body.append("<p class=\"dates\">").append(esc(e.dates())).append("</p>\n");
        }
        boolean marks = d.bullet().equals("-") || d.bullet().equals("*");
        body.append(marks ? "<ul>\n" : "<ul class=\"plain\">\n");
        for (String b : e.bullets()) {
            body.append("<li>").append(marks ? "" : esc(d.bullet()) + " ").append(esc(b)).append("</li>\n");
        }
        body.append("</ul>\n");
        if (layout.equals("dates-gutter")) {
            return "<table class=\"entry\"><tr><td class=\"gutter\">" + (e.dates() == null ? "" : esc(e.dates())) + "</td><td>\n"
                    + body + "</td></tr></table>\n";
        }
        return "<div class=\"entry\">\n" + body + "</div>\n";
    }

    static String latex(Doc d, String layout) {
        StringBuilder s = new StringBuilder();
        s.append("\\documentclass[").append(d.language()).append("]{matrixcv}\n\\begin{document}\n");
        String name = "\\cvname{" + tex(d.name()) + "}\n";
        String contact = "\\cvcontact{" + tex(d.email()) + "}\n";
        String skills = "\\cvsection{" + tex(d.skillsHeading()) + "}\n" + tex(String.join(d.skillSeparator(), d.skills())) + "\\par\n";
        StringBuilder exp = new StringBuilder("\\cvsection{" + tex(d.experience()) + "}\n");
        for (Entry e : d.entries()) {
            exp.append(latexEntry(d, e, layout));
        }
        switch (layout) {
            case "two-column" -> s.append(name).append(contact).append("\\noindent\\begin{minipage}[t]{0.62\\linewidth}\n").append(exp)
                    .append("\\end{minipage}\\hfill\\begin{minipage}[t]{0.33\\linewidth}\n").append(skills).append("\\end{minipage}\n");
            case "sidebar" -> s.append("\\noindent\\begin{minipage}[t]{0.28\\linewidth}\\vspace{0pt}\n").append(contact).append(skills)
                    .append("\\end{minipage}\\hfill\\begin{minipage}[t]{0.67\\linewidth}\\vspace{0pt}\n").append(name).append(exp)
                    .append("\\end{minipage}\n");
            default -> s.append(name).append(contact).append(exp).append(skills);
        }
        return s.append("\\end{document}\n").toString();
    }

    private static String latexEntry(Doc d, Entry e, String layout) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < e.head().size(); i++) {
            Line l = e.head().get(i);
            String text = l.bold() ? "\\textbf{" + tex(l.text()) + "}" : l.italic() ? "\\textit{" + tex(l.text()) + "}" : tex(l.text());
            if (i == 0 && e.dates() != null && layout.equals("dates-right")) {
                text += "\\hfill " + tex(e.dates());
            }
            body.append("\\noindent ").append(text).append("\\par\n");
        }
        if (e.dates() != null && !layout.equals("dates-right") && !layout.equals("dates-gutter")) {
            body.append("\\noindent ").append(tex(e.dates())).append("\\par\n");
        }
        for (String b : e.bullets()) {
            body.append("\\cvitem{").append(tex(d.bullet())).append("}{").append(tex(b)).append("}\n");
        }
        if (layout.equals("dates-gutter")) {
            return "\\noindent\\begin{minipage}[t]{0.22\\linewidth}\\raggedright " + (e.dates() == null ? "" : tex(e.dates()))
                    + "\\end{minipage}\\hfill\\begin{minipage}[t]{0.75\\linewidth}\n" + body + "\\end{minipage}\\par\\medskip\n";
        }
        return body + "\\medskip\n";
    }

    static ObjectNode model(Doc d) {
        ObjectNode m = JSON.createObjectNode();
        m.put("language", d.language()).put("name", d.name()).put("contact", d.email()).put("experience", d.experience())
                .put("skillsHeading", d.skillsHeading()).put("skills", String.join(d.skillSeparator(), d.skills())).put("bullet", d.bullet());
        ArrayNode entries = m.putArray("entries");
        for (Entry e : d.entries()) {
            ObjectNode entry = entries.addObject();
            ArrayNode head = entry.putArray("head");
            e.head().forEach(l -> head.addObject().put("text", l.text()).put("bold", l.bold()).put("italic", l.italic()));
            entry.put("dates", e.dates());
            ArrayNode bullets = entry.putArray("bullets");
            e.bullets().forEach(bullets::add);
        }
        return m;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String tex(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '|' -> out.append("\\textbar{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
