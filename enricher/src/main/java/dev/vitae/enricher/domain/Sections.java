package dev.vitae.enricher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a résumé into sections by their headings, in English, Japanese, Korean, French, German and
 * Spanish. A heading is a Markdown heading or a short line that is, as a whole, a known section
 * name ("EXPERIENCE", "職務経歴", "경력 사항:", "Berufserfahrung"). A Markdown heading that names no
 * known section opens an OTHER section only at the level of the current section heading or above;
 * deeper ones (a role's "### Company — Title") stay inside the section they belong to.
 */
public final class Sections {
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private static final Map<SectionKind, List<String>> NAMES = Map.of(
            SectionKind.EXPERIENCE, List.of("experience", "work experience", "professional experience", "employment",
                    "employment history", "work history", "career history", "career", "professional background",
                    "relevant experience", "related experience", "positions", "job history", "career experience",
                    "career experience job history", "professional history", "employment record", "teaching experience", "職務経歴", "職務経歴詳細", "経歴", "職歴", "業務経歴", "経験",
                    "경력", "경력사항", "경력 사항", "경력기술서", "업무 경력", "직장 경력", "expérience", "expériences",
                    "expérience professionnelle", "expériences professionnelles", "parcours professionnel",
                    "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "praxiserfahrung",
                    "experiencia", "experiencia laboral", "experiencia profesional", "historial laboral", "trayectoria profesional"),
            SectionKind.PROJECTS, List.of("projects", "project", "selected projects", "key projects", "project experience",
                    "プロジェクト", "主なプロジェクト", "프로젝트", "프로젝트 경력", "projets", "projekte", "proyectos", "project narratives"),
            SectionKind.SKILLS, List.of("skills", "technical skills", "core skills", "skill set", "skillset", "technologies",
                    "technology", "tech stack", "tools", "competencies", "core competencies", "expertise", "technical expertise",
                    "computer skills", "it skills", "key skills", "skills summary", "summary of skills", "technical skill set",
                    "professional skills", "special skills", "key skills and competencies", "areas of expertise", "programming languages",
                    "技術スタック", "スキル", "技術", "活かせる経験・知識・技術", "保有スキル", "기술", "기술 스택", "기술스택",
                    "보유 기술", "스킬", "compétences", "compétences techniques", "kenntnisse", "fähigkeiten",
                    "technische kenntnisse", "it-kenntnisse", "habilidades", "competencias", "conocimientos", "tecnologías"),
            SectionKind.EDUCATION, List.of("education", "academic background", "qualifications", "academic qualifications",
                    "educational qualifications", "educational background", "education details", "educational details",
                    "academic details", "academic profile", "education and training", "学歴", "학력", "학력사항",
                    "formation", "études", "ausbildung", "bildung", "studium", "educación", "formación", "formación académica"),
            SectionKind.SUMMARY, List.of("summary", "profile", "professional summary", "about me", "about", "objective", "objectives",
                    "career objective", "career summary", "personal summary", "professional profile", "summary of qualification",
                    "summary of qualifications",
                    "職務要約", "自己pr", "自己紹介", "概要", "요약", "자기소개", "소개", "profil", "résumé", "zusammenfassung",
                    "über mich", "perfil", "resumen", "sobre mí", "core strengths", "strengths"),
            SectionKind.LANGUAGES, List.of("languages", "language skills", "語学", "語学力", "언어", "어학", "langues",
                    "sprachen", "sprachkenntnisse", "idiomas"),
            SectionKind.CERTIFICATIONS, List.of("certifications", "certificates", "licenses", "certifications licenses", "資格", "資格・免許",
                    "자격증", "certifications et licences", "zertifikate", "zertifizierungen", "certificaciones"));

    /** A section: its kind, heading text, and the prepared-text range it covers. */
    public record Section(SectionKind kind, String heading, int start, int end, int headingLine) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sections() {}

    public static List<Section> of(ResumeText text) {
        List<Section> out = new ArrayList<>();
        SectionKind kind = SectionKind.HEADER;
        String heading = "";
        int start = 0, headingLine = -1, level = 7;
        for (ResumeText.Line line : text.lines()) {
            Heading h = heading(line.content());
            if (h == null) {
                continue;
            }
            SectionKind k = kindOf(h.text);
            boolean opens = k != null || (h.level > 0 && h.level <= level);
            if (!opens) {
                continue;
            }
            if (line.start() > start) {
                out.add(new Section(kind, heading, start, line.start(), headingLine));
            }
            kind = k != null ? k : SectionKind.OTHER;
            heading = h.text;
            start = line.start();
            headingLine = line.index();
            if (h.level > 0) {
                level = h.level;
            }
        }
        out.add(new Section(kind, heading, start, text.text().length(), headingLine));
        return out;
    }

    public static SectionKind kindAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.contains(offset)) {
                return s.kind();
            }
        }
        return SectionKind.OTHER;
    }

    private record Heading(int level, String text) {}

    private static Heading heading(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || (stripped.charAt(0) != '#' && stripped.length() > 60)) {
            return null;
        }
        Matcher md = MD_HEADING.matcher(line);
        if (md.matches()) {
            return new Heading(md.group(1).length(), clean(md.group(2)));
        }
        String t = clean(line);
        if (t.length() <= 40 && kindOf(t) != null && !line.strip().startsWith("-")) {
            return new Heading(0, t);
        }
        return null;
    }

    static String clean(String s) {
        String t = s.indexOf('*') >= 0 ? s.replace("**", "") : s;
        int a = 0, b = t.length();
        while (a < b && isDecoration(t.charAt(a), true)) {
            a++;
        }
        while (b > a && isDecoration(t.charAt(b - 1), false)) {
            b--;
        }
        return t.substring(a, b);
    }

    /** Frame characters around a heading: "■ 職務経歴", "【Skills】", "== EXPERIENCE ==", "Experience:". */
    private static boolean isDecoration(char c, boolean leading) {
        if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '=' || c == '-') {
            return true;
        }
        return leading ? "■□●◆◇▶▷【[".indexOf(c) >= 0 : ":：】]".indexOf(c) >= 0;
    }

    private static final Map<String, SectionKind> BY_NAME = new java.util.HashMap<>();

    static {
        NAMES.forEach((kind, names) -> names.forEach(n -> {
            BY_NAME.put(n, kind);
            BY_NAME.put(n.replace(" ", ""), kind);
        }));
    }

    private static final int LONGEST_NAME = BY_NAME.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** The section kind a heading names, or null. Trailing "(…)" qualifiers are ignored. */
    static SectionKind kindOf(String headingText) {
        if (headingText.length() > LONGEST_NAME + 40) {
            return null;
        }
        String t = headingText.toLowerCase(Locale.ROOT);
        int paren = indexOfParen(t);
        if (paren >= 0) {
            t = t.substring(0, paren);
        }
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '&' || c == '/' || c == '・' || c == ',' || Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() > LONGEST_NAME) {
            return null;
        }
        SectionKind kind = BY_NAME.get(sb.toString());
        return kind != null ? kind : isNamedExperience(headingText) ? SectionKind.EXPERIENCE : null;
    }

    /**
     * "Marketing Related Experience", "RETAIL EXPERIENCE", "Teaching Experience": two to four
     * capitalised words ending in "Experience" name an experience section of their own kind.
     */
    private static boolean isNamedExperience(String headingText) {
        String[] words = headingText.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || !words[words.length - 1].equalsIgnoreCase("experience")) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&")) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indexOfParen(String t) {
        int a = t.indexOf('('), b = t.indexOf('（');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
