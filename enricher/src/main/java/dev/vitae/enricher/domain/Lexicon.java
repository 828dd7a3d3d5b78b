package dev.vitae.enricher.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that tell what a fragment of a résumé header is: a job title, an organization, a place, a
 * school. Multilingual (en, ja, ko, fr, de, es); matched case-insensitively, on word boundaries
 * for Latin words and as substrings for CJK and German compounds ("Softwareentwickler").
 */
final class Lexicon {
    private static final Pattern TITLE_WORD = Pattern.compile("(?<![\\p{L}])(?:engineer|engineering manager|developer|programmer|architect|"
            + "manager|lead|leader|head|director|cto|ceo|cfo|coo|cio|cpo|vp|vice president|president|founder|co-founder|"
            + "owner|consultant|analyst|scientist|administrator|admin|designer|specialist|officer|intern|internship|trainee|"
            + "assistant|associate|coordinator|technician|sre|devops|tester|qa|researcher|research fellow|professor|"
            + "lecturer|teacher|editor|writer|accountant|principal|staff|member of technical staff|swe|sde|"
            + "ingénieure?|ingenieure?|développeur|développeuse|chef de projet|senior|junior|chief|responsable|directeur|directrice|"
            + "consultante?|architecte|stagiaire|analyste|chargée? de|alternant|"
            + "entwickler(?:in)?|leiter(?:in)?|berater(?:in)?|architekt(?:in)?|geschäftsführer(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|"
            + "ingenier[oa]|desarrollador(?:a)?|jefe|jefa|gerente|director(?:a)?|consultor(?:a)?|arquitect[oa]|analista|becari[oa]|líder|programador(?:a)?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> TITLE_SUBSTRINGS = List.of("エンジニア", "開発者", "プログラマ", "マネージャ", "マネジャ", "リーダー",
            "部長", "課長", "主任", "責任者", "取締役", "アーキテクト", "コンサルタント", "デザイナー", "アナリスト", "サイエンティスト",
            "개발자", "엔지니어", "팀장", "매니저", "리더", "대표", "이사", "연구원", "디자이너", "기획자", "컨설턴트", "아키텍트", "인턴",
            "entwickler", "ingenieur", "leiter", "berater", "architekt");
    /** Legal forms: a fragment carrying one names an organization even if it holds a title word too. */
    private static final Pattern ORG_LEGAL = Pattern.compile("(?<![\\p{L}])(?:inc|inc\\.|incorporated|corp|corp\\.|corporation|co\\.|"
            + "ltd|ltd\\.|limited|llc|llp|gmbh|ag|s\\.a\\.|sas|sarl|s\\.l\\.|s\\.r\\.l\\.|plc|pty|b\\.v\\.|kk)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Descriptive words common in organization names, weaker than a title word ("Software Engineer"). */
    private static final Pattern ORG_WORD = Pattern.compile("(?<![\\p{L}])(?:company|group|holdings|technologies|labs|"
            + "bank|partners|consulting|communications|motors|university|institute|agency|foundation|studios)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> ORG_SUBSTRINGS = List.of("株式会社", "(株)", "（株）", "有限会社", "合同会社", "研究所", "주식회사",
            "(주)", "연구소", "銀行", "은행", "大学", "대학교");
    private static final Pattern SCHOOL = Pattern.compile("(?<![\\p{L}])(?:university|college|school|institute|academy|"
            + "université|universität|universidad|hochschule|école|escuela|polytechnic)(?![\\p{L}])|大学|大學|高校|高等学校|専門学校|대학교|대학|고등학교",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEGREE = Pattern.compile("(?<![\\p{L}])(?:b\\.?sc?|m\\.?sc?|b\\.?a|m\\.?a|mba|ph\\.?d|bachelor|master|"
            + "doctorate|diploma|associate degree|licence|licenciatura|grado|máster|diplom|bachelor's|master's|"
            + "b\\.?eng|m\\.?eng|b\\.?tech|m\\.?tech)(?![\\p{L}])|学士|修士|博士|학사|석사|박사|卒業",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOCATION = Pattern.compile("^(?:remote|hybrid|on-?site|télétravail|remoto|home office|リモート|원격)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_WORD = Pattern.compile("(?<![\\p{L}])(?:tokyo|osaka|kyoto|yokohama|seoul|busan|london|paris|berlin|"
            + "munich|münchen|hamburg|madrid|barcelona|new york|san francisco|seattle|boston|austin|chicago|los angeles|toronto|"
            + "vancouver|singapore|sydney|bangalore|bengaluru|dublin|amsterdam|zurich|zürich|lyon|valencia|japan|korea|usa|"
            + "united states|united kingdom|uk|germany|france|spain|canada|india|china|remote)(?![\\p{L}])|東京|大阪|京都|서울|부산|日本|한국",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Lexicon() {}

    static boolean hasTitleWord(String s) {
        if (TITLE_WORD.matcher(s).find()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return TITLE_SUBSTRINGS.stream().anyMatch(lower::contains);
    }

    /** A legal form or a CJK company marker: this names an organization. */
    static boolean hasLegalForm(String s) {
        return ORG_LEGAL.matcher(s).find() || ORG_SUBSTRINGS.stream().anyMatch(s::contains);
    }

    static boolean hasOrgSuffix(String s) {
        return hasLegalForm(s) || ORG_WORD.matcher(s).find();
    }

    static boolean isSchool(String s) {
        return SCHOOL.matcher(s).find();
    }

    static boolean hasDegree(String s) {
        return DEGREE.matcher(s).find();
    }

    /**
     * A place: "Tokyo, Japan", "Berlin", "Austin, TX", "Remote". Every comma-separated part must be
     * a short capitalized name, and the last a place word or a two-letter region code, so that
     * "IP ONWEB JAPAN" stays an organization.
     */
    static boolean isLocation(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60 || hasOrgSuffix(t) || hasTitleWord(t)) {
            return false;
        }
        if (LOCATION.matcher(t).matches() && !t.contains(",")) {
            return true; // remote, hybrid
        }
        String[] parts = t.split("\\s*,\\s*");
        String last = parts[parts.length - 1];
        boolean lastIsPlace = last.matches("[A-Z]{2}") || isPlaceWord(last);
        if (!lastIsPlace) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].matches("\\p{Lu}[\\p{L}.' -]{1,30}") || parts[i].split("\\s+").length > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceWord(String s) {
        Matcher m = PLACE_WORD.matcher(s);
        return m.matches() || (m.find() && PLACE_WORD.matcher(s).replaceAll("").isBlank());
    }
}
