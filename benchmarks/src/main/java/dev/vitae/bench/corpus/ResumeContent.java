package dev.vitae.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the content of a résumé from small per-language word lists: a name, contact lines, two to
 * four roles with month-precise dates in the language's own notation (newest first, the first
 * often ongoing), achievements carrying numbers (percentages, team sizes, money, volumes), grouped
 * skills and one or two degrees. Everything comes from the {@link Random} passed in, so a seed
 * fixes the content; {@code serial} is written into the e-mail address and the phone number, so no
 * two documents of a corpus share their text.
 */
final class ResumeContent {
    /** The words of one language. Achievement templates take {p} percent, {n} count, {k} money, {m} volume. */
    private record Lexicon(String documentTitle, List<String> firstNames, List<String> lastNames, boolean familyNameFirst,
                           String nameSeparator, List<String> cities, List<String> companies, List<String> titles,
                           List<String> achievements, List<String> schools, List<String> degrees, List<String> months,
                           String dateFormat, String present, String rangeDash, String summaryHeading,
                           List<String> summaries, String experienceHeading, String skillsHeading,
                           String educationHeading, List<String> skillLabels, String mailDomain, String phoneFormat,
                           Resume.Labels labels) {}

    private static final List<String> MONTHS_EN = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> MONTHS_FR = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre");
    private static final List<String> NUMERIC_MONTHS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    /** Skills by group (languages, data and platform, practices); names are the same in every language. */
    private static final List<List<String>> SKILLS = List.of(
            List.of("Java", "Python", "Go", "TypeScript", "Kotlin", "SQL", "Rust", "C#", "Scala", "JavaScript"),
            List.of("Kafka", "PostgreSQL", "Kubernetes", "AWS", "Terraform", "Docker", "Spark", "Airflow", "Redis", "GCP",
                    "Elasticsearch", "MySQL", "Snowflake", "Azure"),
            List.of("Scrum", "CI/CD", "TDD", "Microservices", "REST APIs", "Data Modeling", "Machine Learning", "Linux", "Git", "GraphQL"));

    static final Map<String, Lexicon> LEXICONS = Map.of(
            "en", new Lexicon("Curriculum Vitae",
                    List.of("Alice", "Daniel", "Priya", "Marcus", "Elena", "Samuel", "Grace", "Omar", "Hannah", "Victor", "Chloe", "Ethan", "Nora", "Lucas"),
                    List.of("Walker", "Chen", "Patel", "Okafor", "Novak", "Russo", "Brennan", "Hughes", "Lindqvist", "Moreno", "Fischer", "Sato"),
                    false, " ",
                    List.of("Boston, MA", "Austin, TX", "Seattle, WA", "Denver, CO", "London, UK", "Toronto, ON", "Chicago, IL", "Dublin, Ireland"),
                    List.of("Northwind Analytics", "Bluefin Logistics", "Acme Robotics", "Harbor Health", "Kestrel Payments",
                            "Summit Retail Group", "Lumen Energy", "Copperleaf Insurance", "Tidewater Media"),
                    List.of("Software Engineer", "Senior Data Engineer", "Product Manager", "DevOps Engineer", "Data Analyst",
                            "Engineering Manager", "QA Lead", "Backend Developer", "Site Reliability Engineer", "Machine Learning Engineer"),
                    List.of("Reduced checkout latency by {p}% by moving pricing lookups to a Redis cache",
                            "Led a team of {n} engineers that shipped the new onboarding flow in {n2} months",
                            "Cut cloud spend by ${k}K per year by right-sizing {n} Kubernetes clusters",
                            "Increased trial-to-paid conversion by {p}% across {n} markets",
                            "Migrated {n} services to Kubernetes with zero downtime",
                            "Built a Kafka pipeline processing {m} million events per day",
                            "Raised test coverage from {p2}% to {p}% and halved release time",
                            "Mentored {n} junior developers; {n2} were promoted within a year",
                            "Automated monthly reporting, saving {n} analyst hours per week"),
                    List.of("University of Michigan", "Georgia Institute of Technology", "University of Toronto", "Boston University",
                            "King's College London", "University of Texas at Austin", "Trinity College Dublin"),
                    List.of("B.Sc. in Computer Science", "M.Sc. in Data Science", "B.A. in Economics", "MBA", "B.Eng. in Electrical Engineering"),
                    MONTHS_EN, "M Y", "Present", " – ", "Summary",
                    List.of("Engineer with {y} years of experience building reliable data systems and the teams that run them.",
                            "Product-minded developer with {y} years in payments, logistics and retail platforms.",
                            "Results-driven professional with {y} years of experience in cloud infrastructure and analytics."),
                    "Experience", "Skills", "Education", List.of("Languages", "Platforms", "Practices"), "example.com",
                    "+1 (617) 555-%04d",
                    new Resume.Labels("Period", "Company", "Position", "Category", "Skills", "Degree", "School")),
            "fr", new Lexicon("Curriculum Vitae",
                    List.of("Camille", "Julien", "Léa", "Mathieu", "Chloé", "Antoine", "Manon", "Nicolas", "Élodie", "Thomas", "Inès", "Hugo"),
                    List.of("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Rousseau", "Mercier", "Lambert", "Bonnet"),
                    false, " ",
                    List.of("Paris", "Lyon", "Toulouse", "Nantes", "Bordeaux", "Lille", "Marseille", "Strasbourg"),
                    List.of("Aquitaine Logiciels", "Groupe Hexa", "Banque du Rhône", "Orléans Data", "Mistral Conseil", "Vega Industries",
                            "Atlantique Assurances", "Transports Delorme"),
                    List.of("Ingénieur logiciel", "Cheffe de projet", "Développeur back-end", "Data scientist", "Responsable qualité",
                            "Consultante SAP", "Architecte cloud", "Ingénieure DevOps", "Chef de produit"),
                    List.of("Réduction de {p} % du temps de traitement des commandes grâce à un cache Redis",
                            "Encadrement d'une équipe de {n} développeurs sur {n2} projets",
                            "Migration de {n} applications vers le cloud sans interruption de service",
                            "Hausse de {p} % du chiffre d'affaires en ligne, soit {k} k€ par an",
                            "Mise en place d'un pipeline Kafka traitant {m} millions d'événements par jour",
                            "Baisse de {p} % des incidents de production en {n2} mois",
                            "Formation de {n} collaborateurs aux pratiques CI/CD"),
                    List.of("École Centrale de Lyon", "Université de Bordeaux", "INSA Toulouse", "Université Paris-Saclay", "Télécom Paris",
                            "IUT de Nantes"),
                    List.of("Master en informatique", "Diplôme d'ingénieur", "Licence en mathématiques", "BTS Services informatiques",
                            "Master en science des données"),
                    MONTHS_FR, "M Y", "aujourd'hui", " – ", "Profil",
                    List.of("Ingénieur avec {y} ans d'expérience dans la conception de systèmes de données fiables.",
                            "Développeuse passionnée, {y} ans d'expérience dans la banque et la logistique.",
                            "Consultant avec {y} ans d'expérience en infrastructure cloud et en analyse de données."),
                    "Expérience professionnelle", "Compétences", "Formation", List.of("Langages", "Plateformes", "Méthodes"),
                    "exemple.fr", "+33 6 12 %02d %02d %02d",
                    new Resume.Labels("Période", "Entreprise", "Poste", "Domaine", "Compétences", "Diplôme", "Établissement")),
            "ja", new Lexicon("職務経歴書",
                    List.of("健太", "美咲", "翔", "陽子", "大輔", "さくら", "拓也", "愛", "直樹", "由美"),
                    List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"),
                    true, " ",
                    List.of("東京都渋谷区", "大阪府大阪市", "神奈川県横浜市", "福岡県福岡市", "愛知県名古屋市", "北海道札幌市"),
                    List.of("株式会社サクラテック", "東都システム株式会社", "株式会社みらいデータ", "北斗物流株式会社",
                            "株式会社青葉ソリューションズ", "日之出銀行株式会社"),
                    List.of("ソフトウェアエンジニア", "データエンジニア", "プロジェクトマネージャー", "インフラエンジニア",
                            "プロダクトマネージャー", "バックエンドエンジニア"),
                    List.of("決済システムの応答時間を{p}%短縮",
                            "{n}名のチームを率いて新規サービスを{n2}か月で立ち上げ",
                            "月間{m}万件のデータを処理する基盤を構築",
                            "運用コストを年間{k}万円削減",
                            "{n}個のサービスをKubernetesへ無停止で移行",
                            "障害件数を{n2}か月で{p}%削減",
                            "新人エンジニア{n}名の育成を担当"),
                    List.of("東京大学 工学部", "大阪大学 基礎工学部", "早稲田大学 理工学部", "慶應義塾大学 環境情報学部", "九州大学 工学部"),
                    List.of("学士（工学）", "修士（情報科学）", "学士（経済学）"),
                    NUMERIC_MONTHS, "Y年M月", "現在", " - ", "職務要約",
                    List.of("Webサービスの開発に{y}年間従事し、設計から運用まで一貫して担当してきました。",
                            "金融系システムの開発経験が{y}年あり、データ基盤の構築を得意としています。"),
                    "職務経歴", "スキル", "学歴", List.of("言語", "基盤", "手法"), "example.jp", "090-%04d-%04d",
                    new Resume.Labels("期間", "会社名", "役職", "分類", "スキル", "学位", "学校名")),
            "ko", new Lexicon("이력서",
                    List.of("민준", "서연", "지훈", "수빈", "현우", "지민", "은비", "도현", "하은", "준서"),
                    List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"),
                    true, "",
                    List.of("서울특별시 강남구", "부산광역시 해운대구", "경기도 성남시", "대전광역시 유성구", "인천광역시 연수구"),
                    List.of("주식회사 한빛소프트", "누리데이터 주식회사", "다온테크", "미래물류 주식회사", "바른솔루션", "새봄금융"),
                    List.of("소프트웨어 엔지니어", "데이터 엔지니어", "프로젝트 매니저", "백엔드 개발자", "인프라 엔지니어", "프로덕트 매니저"),
                    List.of("결제 시스템 응답 시간 {p}% 단축",
                            "{n}명 규모 팀을 이끌어 {n2}개월 만에 신규 서비스 출시",
                            "일 {m}만 건 데이터 처리 파이프라인 구축",
                            "연간 운영 비용 {k}억 원 절감",
                            "{n}개 서비스를 Kubernetes로 무중단 이전",
                            "장애 건수 {p}% 감소",
                            "신입 개발자 {n}명 멘토링"),
                    List.of("서울대학교 컴퓨터공학과", "연세대학교 전기전자공학부", "고려대학교 산업공학과", "KAIST 전산학부", "부산대학교 정보컴퓨터공학부"),
                    List.of("학사", "석사", "공학사"),
                    List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"), "Y.M", "현재", " - ", "자기소개",
                    List.of("{y}년 동안 웹 서비스 개발과 운영을 담당한 백엔드 개발자입니다.",
                            "금융 및 물류 분야에서 {y}년간 데이터 플랫폼을 구축했습니다."),
                    "경력", "기술", "학력", List.of("언어", "플랫폼", "방법론"), "example.kr", "010-%04d-%04d",
                    new Resume.Labels("기간", "회사명", "직책", "분류", "기술", "학위", "학교")));

    private ResumeContent() {}

    static Resume draw(String language, Random rnd, int serial) {
        Lexicon lx = LEXICONS.get(language);
        if (lx == null) {
            throw new IllegalArgumentException("no word lists for language " + language);
        }
        String first = pick(rnd, lx.firstNames()), last = pick(rnd, lx.lastNames());
        String name = lx.familyNameFirst() ? last + lx.nameSeparator() + first : first + " " + last;
        String city = pick(rnd, lx.cities());
        String mailUser = ascii(first) + "." + ascii(last) + serial;
        List<String> contact = List.of(city, mailUser + "@" + lx.mailDomain(), phone(lx.phoneFormat(), serial),
                "linkedin.com/in/" + mailUser.replace('.', '-'));

        int roleCount = 2 + rnd.nextInt(3);
        List<Resume.Role> roles = new ArrayList<>();
        int year = 2026; // start year of the oldest role so far, for the years of experience
        boolean ongoing = rnd.nextInt(4) != 0;
        int endYear = 2026, endMonth = 1 + rnd.nextInt(10);
        Set<String> companies = new LinkedHashSet<>();
        for (int r = 0; r < roleCount; r++) {
            int months = 10 + rnd.nextInt(50);
            int startAbs = (endYear * 12 + endMonth - 1) - months;
            int sy = startAbs / 12, sm = startAbs % 12 + 1;
            String end = r == 0 && ongoing ? lx.present() : date(lx, endYear, endMonth);
            String company = pick(rnd, lx.companies());
            while (!companies.add(company)) {
                company = pick(rnd, lx.companies());
            }
            List<String> achievements = new ArrayList<>();
            List<String> templates = new ArrayList<>(lx.achievements());
            int count = 2 + rnd.nextInt(3);
            for (int a = 0; a < count && !templates.isEmpty(); a++) {
                achievements.add(fill(templates.remove(rnd.nextInt(templates.size())), rnd));
            }
            roles.add(new Resume.Role(pick(rnd, lx.titles()), company, pick(rnd, lx.cities()),
                    date(lx, sy, sm) + lx.rangeDash() + end, achievements));
            int gap = 1 + rnd.nextInt(4);
            int endAbs = startAbs - gap;
            endYear = endAbs / 12;
            endMonth = endAbs % 12 + 1;
            year = sy;
        }

        List<Resume.SkillGroup> skills = new ArrayList<>();
        for (int g = 0; g < SKILLS.size(); g++) {
            List<String> pool = new ArrayList<>(SKILLS.get(g));
            List<String> chosen = new ArrayList<>();
            int n = 3 + rnd.nextInt(3);
            for (int s = 0; s < n; s++) {
                chosen.add(pool.remove(rnd.nextInt(pool.size())));
            }
            skills.add(new Resume.SkillGroup(lx.skillLabels().get(g), chosen));
        }

        List<Resume.Education> education = new ArrayList<>();
        int gradYear = year - rnd.nextInt(2);
        int degrees = 1 + rnd.nextInt(2);
        for (int d = 0; d < degrees; d++) {
            int length = d == 0 ? 2 : 4;
            education.add(new Resume.Education(pick(rnd, lx.degrees()), pick(rnd, lx.schools()),
                    date(lx, gradYear - length, 9) + lx.rangeDash() + date(lx, gradYear, 6)));
            gradYear -= length;
        }
        String summary = pick(rnd, lx.summaries()).replace("{y}", Integer.toString(Math.max(2, 2026 - year)));
        String headline = roles.get(0).title();
        return new Resume(language, lx.documentTitle(), name, headline, contact, lx.summaryHeading(), summary,
                lx.experienceHeading(), roles, lx.skillsHeading(), skills, lx.educationHeading(), education, lx.labels());
    }

    private static String date(Lexicon lx, int year, int month) {
        String m = lx.months().get(month - 1);
        return lx.dateFormat().replace("Y", Integer.toString(year)).replace("M", m);
    }

    private static String fill(String template, Random rnd) {
        return template.replace("{p2}", Integer.toString(20 + rnd.nextInt(30)))
                .replace("{p}", Integer.toString(10 + rnd.nextInt(80)))
                .replace("{n2}", Integer.toString(2 + rnd.nextInt(10)))
                .replace("{n}", Integer.toString(3 + rnd.nextInt(40)))
                .replace("{k}", Integer.toString(20 + rnd.nextInt(900)))
                .replace("{m}", Integer.toString(1 + rnd.nextInt(200)));
    }

    private static String phone(String format, int serial) {
        long count = format.chars().filter(c -> c == '%').count();
        return count == 3 ? String.format(format, serial / 10000 % 100, serial / 100 % 100, serial % 100)
                : count == 2 ? String.format(format, 1000 + serial / 10000 % 9000, serial % 10000) : String.format(format, serial % 10000);
    }

    /** The Latin letters of a name, or a handle derived from it for names in other scripts. */
    private static String ascii(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return folded.isEmpty() ? "user" + Integer.toString(Math.abs(s.hashCode() % 1000)) : folded;
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
