package dev.vitae.enricher.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that tell what a fragment of a résumé header is: a job title, an organization, a place, a
 * school. Multilingual (en, ja, ko, fr, de, es); matched case-insensitively, on word boundaries
 * for Latin words and as substrings for CJK and German compounds ("Softwareentwickler").
 */
final class Lexicon {
    // compiled once: isLocation runs on every header part of every résumé
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern PLACE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.' -]{1,30}");
    /** Phrases matched on word boundaries, case-insensitively, by set lookups over a fragment's words. */
    static final class Phrases {
        private final java.util.Set<String> set = new java.util.HashSet<>();
        private int maxWords = 1;

        Phrases(String... phrases) {
            for (String p : phrases) {
                set.add(p);
                maxWords = Math.max(maxWords, p.split(" ").length);
            }
        }

        boolean in(String s) {
            List<String> words = words(s);
            for (int i = 0; i < words.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < maxWords && i + k < words.size(); k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(words.get(i + k));
                    String phrase = sb.toString();
                    if (set.contains(phrase) || (phrase.endsWith(".") && set.contains(phrase.substring(0, phrase.length() - 1)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when every word of {@code s} belongs to one of the phrases. */
        boolean covers(String s) {
            List<String> words = words(s);
            boolean[] covered = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < maxWords && i + k < words.size(); k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(words.get(i + k));
                    if (set.contains(sb.toString())) {
                        java.util.Arrays.fill(covered, i, i + k + 1, true);
                    }
                }
            }
            for (boolean c : covered) {
                if (!c) {
                    return false;
                }
            }
            return !words.isEmpty();
        }

        private static List<String> words(String s) {
            List<String> out = new java.util.ArrayList<>();
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = Character.toLowerCase(s.charAt(i));
                if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '&') {
                    w.append(c);
                } else if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            }
            if (w.length() > 0) {
                out.add(w.toString());
            }
            return out;
        }
    }

    private static final Phrases TITLE_WORD = new Phrases("engineer", "engineers", "engineering manager", "developer", "programmer",
            "architect", "manager", "lead", "leader", "head", "director", "cto", "ceo", "cfo", "coo", "cio", "cpo", "vp",
            "vice president", "president", "founder", "co-founder", "owner", "consultant", "analyst", "scientist",
            "administrator", "admin", "designer", "specialist", "officer", "intern", "internship", "trainee", "assistant",
            "associate", "coordinator", "technician", "sre", "devops", "tester", "qa", "researcher", "research fellow",
            "professor", "lecturer", "teacher", "editor", "writer", "accountant", "principal", "staff", "executive", "operator",
            "representative", "supervisor", "clerk", "aide", "auditor", "instructor", "trainer", "advisor", "adviser",
            "member of technical staff", "swe", "sde", "member", "board member", "volunteer", "tutor", "chair", "chairman",
            "chairwoman", "chairperson", "co-chair", "investigator", "co-investigator", "fellow", "counselor", "counsellor", "nurse",
            "paralegal", "attorney", "lawyer", "solicitor", "barrister", "secretary", "receptionist", "cashier", "waiter",
            "waitress", "bartender", "physician", "pharmacist", "therapist", "educator", "superintendent", "dean", "provost",
            "chancellor", "treasurer", "producer", "photographer", "journalist", "reporter", "mentor", "coach", "worker",
            "agent", "broker", "banker", "economist", "statistician", "psychologist", "librarian", "chef", "machinist",
            "millwright", "mechanic", "electrician", "roustabout", "apprentice", "apprenticeship", "ingénieur", "ingénieure", "ingenieur", "ingenieure", "développeur",
            "développeuse", "chef de projet", "senior", "junior", "chief", "responsable", "directeur", "directrice",
            "consultante", "architecte", "stagiaire", "analyste", "chargé de", "chargée de", "alternant", "alternante",
            "entwickler", "entwicklerin", "leiter", "leiterin", "berater", "beraterin", "architekt", "architektin",
            "geschäftsführer", "geschäftsführerin", "praktikant", "praktikantin", "werkstudent", "werkstudentin",
            "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "jefe", "jefa", "gerente", "directora",
            "consultor", "consultora", "arquitecto", "arquitecta", "analista", "becario", "becaria", "líder", "programador",
            "programadora", "engineerin", "managerin", "designerin", "analystin", "administratorin", "ingenieurin", "entwicklerin",
            "consultantin", "developerin", "teamleiter", "teamleiterin", "abteilungsleiter", "abteilungsleiterin",
            "científico", "científica", "auxiliar", "practicante", "pasante", "asistente", "coordinador", "coordinadora", "especialista",
            "investigador", "investigadora", "administrador", "administradora", "conseiller", "conseillère", "technicien",
            "technicienne", "chercheur", "chercheuse", "ambassadeur", "ambassadrice", "assistante", "doctorant", "doctorante",
            "mitarbeiter", "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin", "referent", "referentin", "wissenschaftler",
            "wissenschaftlerin", "spezialist", "spezialistin", "techniker", "technikerin");
    private static final List<String> TITLE_SUBSTRINGS = List.of("エンジニア", "開発者", "プログラマ", "マネージャ", "マネジャ", "リーダー",
            "部長", "課長", "主任", "責任者", "取締役", "アーキテクト", "コンサルタント", "デザイナー", "アナリスト", "サイエンティスト",
            "개발자", "엔지니어", "팀장", "매니저", "리더", "대표", "이사", "연구원", "디자이너", "기획자", "컨설턴트", "아키텍트", "인턴",
            "사원", "주임", "대리", "과장", "차장", "부장", "係長", "営業",
            "entwickler", "ingenieur", "leiter", "berater", "architekt");
    /** Legal forms: a fragment carrying one names an organization even if it holds a title word too. */
    private static final Phrases ORG_LEGAL = new Phrases("inc", "incorporated", "corp", "corporation", "co.", "ltd", "limited",
            "llc", "llp", "gmbh", "ag", "s.a", "sas", "sarl", "s.l", "s.r.l", "plc", "pty", "b.v", "kk", "se");
    /** Descriptive words common in organization names, weaker than a title word ("Software Engineer"). */
    private static final Phrases ORG_WORD = new Phrases("company", "group", "holdings", "technologies", "labs", "bank",
            "partners", "consulting", "communications", "motors", "university", "institute", "agency", "foundation", "studios");
    private static final List<String> ORG_SUBSTRINGS = List.of("株式会社", "(株)", "（株）", "有限会社", "合同会社", "研究所", "주식회사",
            "(주)", "연구소", "銀行", "은행", "大学", "대학교");
    private static final Phrases SCHOOL_WORD = new Phrases("university", "college", "school", "institute", "academy", "université",
            "universität", "universidad", "hochschule", "école", "escuela", "polytechnic", "insa");
    private static final List<String> SCHOOL_SUBSTRINGS = List.of("大学", "大學", "高校", "高等学校", "専門学校", "대학교", "대학", "고등학교",
            "universit", "hochschule");
    private static final Phrases DEGREE_WORD = new Phrases("b.sc", "bsc", "m.sc", "msc", "b.s", "m.s", "b.a", "m.a", "mba", "ph.d", "phd",
            "bachelor", "bachelor's", "master", "master's", "doctorate", "diploma", "associate degree", "licence", "licenciatura",
            "grado", "máster", "diplom", "diplôme", "b.eng", "beng", "m.eng", "meng", "b.tech", "btech", "m.tech", "mtech");
    private static final List<String> DEGREE_SUBSTRINGS = List.of("学士", "修士", "博士", "학사", "석사", "박사", "卒業");
    private static final Pattern LOCATION = Pattern.compile("^(?:remote|hybrid|on-?site|télétravail|remoto|home office|リモート|원격)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Phrases PLACE_WORD = new Phrases("tokyo", "osaka", "kyoto", "yokohama", "seoul", "busan", "london", "paris",
            "berlin", "munich", "münchen", "hamburg", "walldorf", "frankfurt", "madrid", "barcelona", "new york", "san francisco",
            "seattle", "boston", "austin", "chicago", "los angeles", "dallas", "toronto", "vancouver", "singapore", "sydney",
            "bangalore", "bengaluru", "dublin", "amsterdam", "zurich", "zürich", "lyon", "valencia", "japan", "korea", "usa",
            "united states", "united kingdom", "uk", "germany", "deutschland", "france", "spain", "españa", "canada", "india",
            "china", "remote");
    private static final List<String> PLACE_SUBSTRINGS = List.of("東京", "大阪", "京都", "서울", "부산", "日本", "한국");
    /** The regions a city is written with ("Tampa, Florida", "Pune, Maharashtra"): states, provinces, nations of the UK. */
    private static final Phrases REGION = new Phrases(places("/dev/vitae/enricher/regions.txt"));
    private static final Phrases COUNTRY = new Phrases(places("/dev/vitae/enricher/countries.txt"));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Cities of 50,000 people or more (generated: enricher/places/cities.py), lower case. */
    private static final java.util.Set<String> CITY = java.util.Set.of(places("/dev/vitae/enricher/cities.txt"));

    private static String[] places(String... resources) {
        List<String> out = new java.util.ArrayList<>();
        for (String resource : resources) {
            for (String line : SkillTaxonomy.read(resource)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private Lexicon() {}

    static boolean hasTitleWord(String s) {
        if (TITLE_WORD.in(s)) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return TITLE_SUBSTRINGS.stream().anyMatch(lower::contains);
    }

    /** A legal form or a CJK company marker: this names an organization. */
    static boolean hasLegalForm(String s) {
        return ORG_LEGAL.in(s) || ORG_SUBSTRINGS.stream().anyMatch(s::contains);
    }

    /** Nothing but legal forms: "Inc.", "Pvt. Ltd." (what a split left of a name). */
    static boolean isOnlyLegalForm(String s) {
        return ORG_LEGAL.covers(s) || ORG_LEGAL.covers(s.replace(".", ""));
    }

    /** "SAP SE" → "SAP", "Globex Corporation" → "Globex": the name without its legal form. */
    static String withoutLegalForm(String org) {
        String[] words = org.strip().split("\\s+");
        int n = words.length;
        while (n > 1 && ORG_LEGAL.in(words[n - 1].replace(",", ""))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll(",$", "");
    }

    static boolean hasOrgSuffix(String s) {
        return hasLegalForm(s) || ORG_WORD.in(s);
    }

    /** Nouns an organization's name is headed by: "… School", "… Program", "Center for …", "Department of …". */
    private static final java.util.Set<String> ORG_HEAD = java.util.Set.of("center", "centre", "school", "college", "university",
            "institute", "department", "office", "committee", "council", "program", "programme", "foundation", "association",
            "society", "agency", "ministry", "bureau", "hospital", "clinic", "church", "library", "museum", "station",
            "laboratory", "lab", "labs", "group", "company", "corporation", "firm", "bank", "academy", "faculty", "club",
            "commission", "authority", "services", "solutions", "systems", "technologies", "restaurant", "store", "shop");

    /**
     * A name headed by an organization noun, which a title word inside does not make a title:
     * "Center for Teacher Education", "Alumni Sharing Knowledge Program", "Office of the President".
     * Not when a title word opens or ends it ("Head of School", "Community Center Worker").
     */
    static boolean headedByOrganizationWord(String s) {
        List<String> w = Phrases.words(s);
        if (w.size() < 2) {
            return false;
        }
        String first = w.get(0), last = w.get(w.size() - 1);
        if (TITLE_WORD.in(first) || TITLE_WORD.in(last)) {
            return false;
        }
        return ORG_HEAD.contains(last) || ORG_HEAD.contains(first) && (w.get(1).equals("of") || w.get(1).equals("for"));
    }

    static boolean isSchool(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return SCHOOL_WORD.in(s) || SCHOOL_SUBSTRINGS.stream().anyMatch(lower::contains);
    }

    static boolean hasDegree(String s) {
        return DEGREE_WORD.in(s) || DEGREE_SUBSTRINGS.stream().anyMatch(s::contains);
    }

    /**
     * A place: "Tokyo, Japan", "Berlin", "Austin, TX", "Remote". Every comma-separated part must be
     * a short capitalized name, and the last a place word or a two-letter region code, so that
     * "IP ONWEB JAPAN" stays an organization.
     */
    static boolean isLocation(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60 || hasOrgSuffix(t) || hasTitleWord(t) || isSchool(t)) {
            return false;
        }
        if (LOCATION.matcher(t).matches() && !t.contains(",")) {
            return true; // remote, hybrid
        }
        String[] parts = COMMA.split(t);
        if (parts.length == 0) {
            return false; // only commas
        }
        String last = parts[parts.length - 1];
        boolean lastIsPlace = REGION_CODE.matcher(last).matches() || isPlaceWord(last);
        if (!lastIsPlace) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!PLACE_NAME.matcher(parts[i]).matches() || SPACES.split(parts[i]).length > 3) {
                return false;
            }
        }
        // "Blentech, Santa Rosa, California", "St. Patrick School, Chicago, IL": before "City, Region"
        // stands the employer, unless it is a known place itself ("Bengaluru, Karnataka, India")
        return parts.length < 3 || isPlaceWord(parts[0]) && !isSchool(t);
    }

    /**
     * "Tampa, Florida", "Pune, Maharashtra", "Austin, TX": a place whose last part is a state or
     * province (by name or two-letter code), so that what stands before it is a city, never an
     * organization (unlike "Société Générale, Paris").
     */
    static boolean endsInRegion(String place) {
        int comma = place.lastIndexOf(',');
        if (comma < 0) {
            return false;
        }
        String last = place.substring(comma + 1).strip();
        return last.matches("[A-Z]{2}") || REGION.covers(last);
    }

    /**
     * The whole fragment is a city's name ("Coventry", "Sunderland", "Houston") or a place: a header
     * fragment that is never an organization. Not part of {@link #isLocation}, which skill lists use
     * too ("Phoenix" is a framework there).
     */
    static boolean isCity(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.length() <= 40 && Character.isUpperCase(t.charAt(0))
                && CITY.contains(SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    /** The whole fragment names a place: every word belongs to a known place name. */
    private static boolean isPlaceWord(String s) {
        String t = s.strip();
        return PLACE_SUBSTRINGS.stream().anyMatch(t::equals) || PLACE_WORD.covers(t) || REGION.covers(t) || COUNTRY.covers(t);
    }
}
