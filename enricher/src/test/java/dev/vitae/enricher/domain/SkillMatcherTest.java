package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillMatcherTest {
    private static final SkillMatcher MATCHER = new SkillMatcher(SkillTaxonomy.load());

    private static List<String> skills(String text) {
        return MATCHER.find(text, i -> false).stream().map(m -> m.alias().canonical()).distinct().toList();
    }

    private static List<String> inSkillsSection(String text) {
        return MATCHER.find(text, i -> true).stream().map(m -> m.alias().canonical()).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Backend: Python (primary), Rust / Go / Java (limited)|Python,Rust,Go,Java",
        "frameworks like Django, Spring Boot, and Go.|Django,Spring Boot,Go",
        "MySQL の commit 時 fsync|MySQL",
        "AWS와 Docker와 같은|AWS,Docker",
        "C#이 주 언어로|C#",
        "nodejs, nextjs, k8s|Node.js,Next.js,Kubernetes",
        "Postgres and ElasticSearch|PostgreSQL,Elasticsearch",
        "자바와 JSP를 사용하여|Java,JSP",
        "Tools used: TOAD, WinSCP, PuTTY and JDeveloper|TOAD,WinSCP,PuTTY,JDeveloper",
        "worked in Eclipse and NetBeans with ClearCase and TFS|Eclipse,NetBeans,ClearCase,TFS",
        "reports in SSRS, cubes in SSAS, Visio diagrams on SharePoint|SSRS,SSAS,Visio,SharePoint",
        "SAP modules LSMW and PFCG, Tally ERP 9, FLEXCUBE|LSMW,PFCG,Tally ERP,FLEXCUBE",
        "Java Script and HTML5 with CSS3|JavaScript,HTML5,CSS3",
        // the long tail real résumés name (issue 12)
        "trained models in JAX on CUDA, exported to ONNX|JAX,CUDA,ONNX",
        "ML: PyTorch, Ray, Dask|PyTorch,Ray,Dask",
        "ran OpenStack with Ceph storage behind HAProxy|OpenStack,Ceph,HAProxy",
        "boards in KiCad, enclosures in AutoCAD, papers in LaTeX|KiCad,AutoCAD,LaTeX",
        "VHDL on Xilinx parts, simulated in ModelSim; tools in OCaml|VHDL,Xilinx,ModelSim,OCaml"})
    void findsSkillsWrittenAnyWay(String text, String expected) {
        assertEquals(List.of(expected.split(",")), skills(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // versions fold to the product
        "automated with QTP 10.0 and QuickTest Pro|QuickTest Professional",
        "data kept in Oracle 10g|Oracle",
        "migrated Oracle10g schemas|Oracle",
        "Oracle 9i/10g/11g databases|Oracle",
        "desktops on Windows 7 and Windows XP|Windows",
        "Windows 98/NT 4.0/2000/XP|Windows",
        "SQL Server 2008 R2 cluster|Microsoft SQL Server",
        "services in Java 8|Java",
        "web apps on .NET 4.5|.NET",
        "ported Angular v2 code|Angular",
        "Python 2.7/3.x scripts|Python",
        "legacy PHP5 pages|PHP",
        "Hibernate3.0 mappings|Hibernate",
        // vendor prefixes fold too, and make a common word a product
        "reports in MS-Excel and MS Excel|Excel",
        "macros in Microsoft Excel|Excel",
        "letters in MS Word|Microsoft Word",
        "a database in MS Access|Microsoft Access",
        "branches in IBM Rational ClearCase|ClearCase",
        "deployed on Apache Tomcat|Tomcat",
        "images in Adobe Photoshop CS5|Photoshop",
        "tested with HP LoadRunner|LoadRunner",
        // a byte escape left by a PDF export is a separator
        "\\xe2\\x80\\xa2Java\\xe2\\x80\\xa2Eclipse|Java,Eclipse"})
    void foldsVersionsAndVendors(String text, String expected) {
        assertEquals(List.of(expected.split(",")), skills(text));
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @CsvSource(delimiter = '|', value = {
        "We had to go live before spring.|Go",
        "We had to go live before spring.|Spring",
        "Go to market in the spring|Go",
        "Rust on the old bridge|Rust",
        "R&D budget of the team|R",
        "Google and Golf|Go",
        "the rest of the team|REST API",
        "GitHub: https://github.com/someone/repo|GitHub",
        "Access to the plant floor was restricted|Microsoft Access",
        "the Word of the week|Microsoft Word",
        "worked for SAP in Walldorf|SAP",
        "English at level C1|C",
        "a Notion of time|Notion",
        "C.S. degree; C. Quality management|C",
        "GCSEs in English (C), maths (C)|C",
        "C/o the address on file|C",
        "trained at Oracle University|Oracle",
        "joined Oracle Financial Services Software|Oracle",
        "routers on Cisco IOS images|iOS",
        "Dipl\\xc3\\xb4me R\\xc3\\xa9seaux et S\\xc3\\xa9curit\\xc3\\xa9|R",
        "CORNELL LAB, H    U    R    Jan 2014|R",
        "the team gathered in the slack season|Slack",
        "worked with Ray Smith on the launch|Ray",
        "a client-server application|Client Server",
        "he adds value to the team|Active Directory",
        "production logs in CloudTrail for monitoring, Jenkins for builds|Monitoring"})
    void ambiguousWordsOutsideListsAreNotSkills(String text, String skill) {
        List<String> found = skills(text);
        assertFalse(found.contains(skill), () -> found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Languages: C, R, Go|C,R,Go",
        "ERP: SAP, Access|SAP,Microsoft Access",
        "Word, Excel, Outlook|Microsoft Word,Excel,Microsoft Outlook",
        "drafted PowerPoint and Word pitches|PowerPoint,Microsoft Word",
        "a workshop on C and C++ programming|C,C++",
        "LinkedIn  Facebook  MySpace|LinkedIn,Facebook,MySpace"})
    void ambiguousWordsCountInListsAndSkillsSections(String text, String expected) {
        assertEquals(List.of(expected.split(",")), skills(text));
        assertEquals(List.of(expected.split(",")), inSkillsSection(text));
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @CsvSource(delimiter = '|', value = {
        // a season with a year is a date
        "Research Assistant, Spring 2014|Spring",
        "Teaching Fellow (Spring '14 - Fall '15)|Spring",
        "Skills: Java, Python; Spring 2019 - Summer 2020 internship|Spring",
        // letters with dots are an abbreviation
        "Seoul, R.O.K|R",
        "Republic of Korea (R.O.K.)|R",
        // a vendor before a certification names the certifier
        "Oracle Certified Professional, Java SE 8 Programmer|Oracle",
        "Microsoft Certified Solutions Expert; SAP Certified Application Associate|SAP",
        // a generic product phrase after another product's name belongs to that name
        "routed through Kong API Gateway and Envoy|Amazon API Gateway",
        "fronted by the Tyk API Gateway|Amazon API Gateway",
        // a file name's extension, a path, an identifier
        "permalink: cv.html|HTML",
        "layout: default; source in index.php|PHP",
        "Certificate OCI-1247602|Oracle Cloud",
        "Microsoft IIS-9874747 credential|IIS",
        // a company named alone is the employer, not its API
        "Member of Technical Staff, OpenAI, San Francisco|OpenAI API",
        // a place: a name, a comma and a country or (at the line's end) a region code
        "Qesm El Zamalek, Cairo, Egypt|Cairo",
        "Dec 2021, Kingston, ON|Kingston Technology",
        // a site's name beside its own address is a contact label
        "www.linkedin.com/in/someone (LinkedIn)|LinkedIn",
        "**GitHub**: [github.com/someone](https://github.com/someone)|GitHub"})
    void falseFriendsAreNotSkills(String text, String skill) {
        List<String> found = skills(text);
        assertFalse(found.contains(skill), () -> found.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Oracle Certified Associate, Java Programmer|Java",
        "Spring 4.3, Hibernate and JPA|Spring,Hibernate,JPA",
        "Lambda, API Gateway, DynamoDB|AWS Lambda,Amazon API Gateway,DynamoDB",
        "Built API Gateway integrations|Amazon API Gateway",
        "pages in HTML and PHP|HTML,PHP",
        "apps in AngularJS and Angular 8|AngularJS,Angular",
        "prompts with the OpenAI API and GPT-4|OpenAI API",
        "Languages: R, Python|R,Python",
        "Frameworks: Spring, Spring Boot|Spring,Spring Boot",
        "Languages: Java, C, UI, Python|Java,C,Python",
        "code on GitHub and GitLab; blog at www.someone.dev|GitHub,GitLab",
        "Tools: Kingston, Cairo|Kingston Technology,Cairo",
        // a name of several words written hyphenated or glued, as package names are
        "TailwindCSS with framer-motion and react-hook-form|Tailwind CSS,Framer Motion,React Hook Form",
        "migrated to SpringBoot on SqlServer|Spring Boot,Microsoft SQL Server",
        // beside Japanese or Korean text an ambiguous name is the product
        "コミュニケーション Slack, Teams|Slack,Microsoft Teams",
        "課題管理 Backlog|Backlog",
        "Go를 사용한 서버 개발|Go"})
    void theSameNamesInTheirOwnContextAreSkills(String text, String expected) {
        assertEquals(List.of(expected.split(",")), skills(text));
    }

    /** A PDF wraps a prose line inside a name: after a long line the name goes on; after a short one (a list item) it does not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Shifted data storage to Azure Blob Storage, Data Lake Storage, and Azure SQL\\nData Warehouse, depending on needs.|Azure Blob Storage,Azure Data Lake Storage,Azure SQL Data Warehouse",
        "handling large-scale data processing: Used Apache\\nAirflow and Kafka for orchestration|Apache Airflow,Kafka",
        "Implemented robust data security protocols using Azure\\nActive Directory, Key Vault|Azure Active Directory,Azure Key Vault",
        // a short line is a list item of its own: the next line is another one
        "Azure SQL\\nData Warehouse|Azure SQL Database,Data Warehousing",
        "Apache\\nAirflow|Apache,Apache Airflow"})
    void aNameWrappedInsideProseIsOneName(String text, String expected) {
        assertEquals(List.of(expected.split(",")), inSkillsSection(text.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void aWrappedRAndDIsNotASkill() {
        assertEquals(List.of(), skills("standards development, presentation, R\n& D, systems design"));
        assertEquals(List.of("R", "Python"), skills("languages: R\nPython"));
    }
}
