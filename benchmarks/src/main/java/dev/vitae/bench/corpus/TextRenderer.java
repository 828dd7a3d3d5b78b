package dev.vitae.bench.corpus;

import java.nio.charset.StandardCharsets;

/**
 * A résumé as HTML (a page with headings, lists and a skills table), plain text (upper-case
 * headings, dates on the title line) or Markdown (headings, bullet lists). UTF-8 throughout.
 */
final class TextRenderer {
    private TextRenderer() {}

    static byte[] html(Resume r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(r.language()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(r.documentTitle() + " — " + r.name())).append("</title></head>\n<body>\n");
        b.append("<header><h1>").append(esc(r.name())).append("</h1>\n<p class=\"headline\">").append(esc(r.headline())).append("</p>\n<ul class=\"contact\">");
        r.contact().forEach(c -> b.append("<li>").append(esc(c)).append("</li>"));
        b.append("</ul></header>\n");
        b.append("<section><h2>").append(esc(r.summaryHeading())).append("</h2>\n<p>").append(esc(r.summary())).append("</p></section>\n");
        b.append("<section><h2>").append(esc(r.experienceHeading())).append("</h2>\n");
        for (Resume.Role role : r.roles()) {
            b.append("<article><h3>").append(esc(role.title())).append(", ").append(esc(role.company())).append("</h3>\n<p><span class=\"place\">")
                    .append(esc(role.city())).append("</span> · <span class=\"dates\">").append(esc(role.period())).append("</span></p>\n<ul>\n");
            role.achievements().forEach(a -> b.append("<li>").append(esc(a)).append("</li>\n"));
            b.append("</ul></article>\n");
        }
        b.append("</section>\n<section><h2>").append(esc(r.skillsHeading())).append("</h2>\n<table>\n<tr><th>")
                .append(esc(r.labels().category())).append("</th><th>").append(esc(r.labels().skills())).append("</th></tr>\n");
        r.skills().forEach(g -> b.append("<tr><td>").append(esc(g.label())).append("</td><td>").append(esc(String.join(", ", g.skills()))).append("</td></tr>\n"));
        b.append("</table></section>\n<section><h2>").append(esc(r.educationHeading())).append("</h2>\n<ul>\n");
        r.education().forEach(e -> b.append("<li>").append(esc(e.degree())).append(", ").append(esc(e.school())).append(" (")
                .append(esc(e.period())).append(")</li>\n"));
        b.append("</ul></section>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(Resume r) {
        StringBuilder b = new StringBuilder();
        b.append(r.name()).append('\n').append(r.headline()).append('\n').append(String.join(" | ", r.contact())).append("\n\n");
        b.append(heading(r, r.summaryHeading())).append(r.summary()).append("\n\n");
        b.append(heading(r, r.experienceHeading()));
        for (Resume.Role role : r.roles()) {
            b.append(role.title()).append(", ").append(role.company()).append(", ").append(role.city()).append("    ").append(role.period()).append('\n');
            role.achievements().forEach(a -> b.append("  - ").append(a).append('\n'));
            b.append('\n');
        }
        b.append(heading(r, r.skillsHeading()));
        r.skills().forEach(g -> b.append(g.label()).append(": ").append(String.join(", ", g.skills())).append('\n'));
        b.append('\n').append(heading(r, r.educationHeading()));
        r.education().forEach(e -> b.append(e.degree()).append(", ").append(e.school()).append(", ").append(e.period()).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] markdown(Resume r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.name()).append("\n\n**").append(r.headline()).append("**  \n").append(String.join(" · ", r.contact())).append("\n\n");
        b.append("## ").append(r.summaryHeading()).append("\n\n").append(r.summary()).append("\n\n");
        b.append("## ").append(r.experienceHeading()).append("\n\n");
        for (Resume.Role role : r.roles()) {
            b.append("### ").append(role.title()).append(" — ").append(role.company()).append("\n").append(role.city()).append(" · ")
                    .append(role.period()).append("\n\n");
            role.achievements().forEach(a -> b.append("- ").append(a).append('\n'));
            b.append('\n');
        }
        b.append("## ").append(r.skillsHeading()).append("\n\n");
        r.skills().forEach(g -> b.append("- **").append(g.label()).append(":** ").append(String.join(", ", g.skills())).append('\n'));
        b.append("\n## ").append(r.educationHeading()).append("\n\n");
        r.education().forEach(e -> b.append("- ").append(e.degree()).append(", ").append(e.school()).append(" (").append(e.period()).append(")\n"));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Latin headings in capitals, as plain-text résumés write them; CJK headings framed in 【】 / [ ]. */
    private static String heading(Resume r, String h) {
        return switch (r.language()) {
            case "ja" -> "【" + h + "】\n";
            case "ko" -> "[" + h + "]\n";
            default -> h.toUpperCase(java.util.Locale.ROOT) + "\n";
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
