package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillListReaderTest {
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.load();
    private static final SkillListReader READER = new SkillListReader(Set.of("manual", "testing", "black", "box", "retail",
            "project", "management", "admin", "user", "tools", "languages", "principal", "valley", "backend", "build"));

    /** The unknown items read from {@code text} ("\n" written as "/n"), joined by ";". */
    private static String items(String text, boolean english) {
        return items(text, english ? "en" : null);
    }

    private static String items(String text, String language) {
        ResumeText t = new ResumeText(text.replace("/n", "\n"));
        List<Sections.Section> sections = Sections.of(t);
        List<SkillMatcher.Mention> mentions = new SkillMatcher(TAXONOMY).find(t.text(),
                i -> Sections.kindAt(sections, i) == SectionKind.SKILLS);
        return READER.read(t, sections, language, mentions).stream().map(SkillListReader.Item::name).collect(Collectors.joining(";"));
    }

    // invented product names, so that no vocabulary entry names them
    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        // items of a skills section, separated, with annotations off; vocabulary names left to the vocabulary
        "SKILLS/n/nSplunk (Less than 1 year), Manual Testing (2 years), Zorbix (3 years)~Zorbix",
        "SKILLS/n/nQuillon; Frobnik | XyloBuild~Quillon;Frobnik;XyloBuild",
        "SKILLS/n• Merlix/n• Plenta/n• Java~Merlix;Plenta",
        "Technical Skills/nTest Management Tool: HP ALM, Kestrel9, pQuill~Kestrel9;pQuill",
        // a comma list wrapped onto the next line is one list
        "SKILLS/nDrubble, Marketo/nAdmin User, Vantor~Drubble;Vantor",
        // a line labelled with a skill category is a list anywhere
        "EXPERIENCE/nDeveloper at Acme/nTools: Quillon, XyloBuild~Quillon;XyloBuild",
        "EXPERIENCE/nResponsibilities: Quillon, XyloBuild~-",
        // all capitals: the word test alone decides
        "SKILLS/n/nRETAIL (2 years), ZORBIX (2 years), JAVA (1 year)~ZORBIX",
        // a Markdown table: the first cell, and later cells only when they hold lists
        "## Skills/n| Frobnik | Backend |/n| Build | Quillon, XyloBuild |~Frobnik;Quillon;XyloBuild",
        // prose, dates, contact details and personal details are not lists
        "SKILLS/nWorked with Zorbix and Quillon to deliver the quarterly campaigns on time~-",
        "SKILLS/nPrincipal, Plenta Elementary, Valley, TX July 2009 to Present~-",
        "SKILLS/nQuillon/nPERSONAL DOSSIER/nFather's Name: Ravi Jain/nNationality: Indian~Quillon",
        "SKILLS/nFrobnik, image3.png, Hindi, English, German language, Microsoft~Frobnik",
        // a tool and its level; HTML tags left in Markdown separate items
        "SKILLS/nPython: Advanced/nJava: Zorbix~-",
        "SKILLS/nZorbix, San Francisco Bay Area, Berlin Mitte~Zorbix",
        "SKILLS/n<h4>Backend Tools</h4>/n<li>QRM (Quillon, Hibernate)</li>~QRM;Quillon",
        // a bullet alone on the last line (a PDF's stray list marker) is an empty line, not the end of the reading
        "SKILLS/n/nQuillon · Frobnik/n/n•~Quillon;Frobnik"})
    void readsTheItemsTheVocabularyLacks(String text, String expected) {
        assertEquals(expected == null ? "" : expected, items(text, true), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "Zorbix~true~false~true", "Zorbix~false~false~false", "XyloBuild~false~false~true", "Kestrel9~false~false~true",
        "Black Box~true~false~false", "Manual Testing~true~false~false", "Niveau C1~false~false~false",
        "RETAIL~true~true~false", "ZORBIX~true~true~true", "OOPS-ZAP~true~false~true", "Languages/Tools~true~false~false",
        "Zorbix Pvt Ltd~true~false~false", "34 Anywhere Road~true~false~false", "experience with Zorbix~true~false~false",
        "Zorbix Spark Streaming Engine Cluster~true~false~false", "C~true~false~false", "Principal~true~false~false",
        // schooling, not a product: a class, a school glued to its kind, a level, a credential
        "Class XII~true~false~false", "Senior SecondarySchool~true~false~false", "Beginners level~true~false~false",
        "Zorbix Credential~true~false~false", "Zorbix Classic~true~false~true",
        // a version alone, two sentences run together, a referee, a date; three words need a code, an acronym or a version
        "R2~true~false~false", "XP/2000~true~false~false", "v6.0~true~false~false", "Analytical Collaborator. Intuitive~true~false~false",
        "Dr Carol Toy~true~false~false", "May June 2004~true~false~false", "Consumer Energy Provider~true~false~false",
        "Zorbix Studio 2014~true~false~true", "Quillon MCS Suite~true~false~true", "XyloBuild Server Edition~true~false~true",
        // a month alone, a web address, a city alone
        "October~true~false~false", "monash.edu/careers~true~false~false", "www.zorbix.org~true~false~false",
        "Coventry~true~false~false", "Houston~true~false~false", "Zorbix.js~true~false~true"})
    void productShape(String name, boolean english, boolean capitals, boolean product) {
        assertEquals(product, READER.isProductName(name, english, capitals), name);
    }
    // the other five languages: a capitalised word counts only in a list that also names a known tool
    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        "KENNTNISSE/n/nPython, Zorbix, Quillon~Zorbix;Quillon",
        "Kenntnisse/n/nPython, Virtualisierung, Projektmanagement, Zorbix~Zorbix",
        "Kenntnisse/n/nTeamfähigkeit, Belastbarkeit, Zorbix~-",
        "Kenntnisse/n/nIch habe lange mit Python und Zorbix im Team gearbeitet~-",
        "BERUFSERFAHRUNG/nEntwickler bei Acme/nWerkzeuge: Jenkins, Quillon, XyloBuild~Quillon;XyloBuild",
        "Sprachen: Deutsch, Englisch, Französisch~-",
        "COMPÉTENCES/n/nOutils : Docker, Quillon, Gestion de projet~Quillon",
        "EXPERIENCIA/nHerramientas: Python, Zorbix, Trabajo en equipo~Zorbix",
        "Habilidades/n/nLiderazgo, Comunicación, Zorbix~-",
        "スキル/n/nPython、Zorbix、Quillon~Zorbix;Quillon",
        "職務経歴/n使用技術: Java、Zorbix~Zorbix",
        "기술 스택/n/nReact, Zorbix, Quillon~Zorbix;Quillon",
        "경력/n개발 언어: Java, Zorbix~Zorbix",
        "경력/n담당 업무: Java, Zorbix~-",
        // a list naming no known tool is not evidently one of tools; two letters are a role or a grade
        "Kenntnisse/n/nXyloBuild, Kestrel9~-",
        "Kenntnisse/n/nJava, XyloBuild, Kestrel9~XyloBuild;Kestrel9",
        "スキル/n/nJava, PM, PL, Zorbix~Zorbix",
        "Kenntnisse/n/nPandas: Gut/nC/C++:    Sehr gut~-",
        // a number with a CJK unit is a duration or a date; a JLPT level is no tool
        "スキル/n/n言語\tJava, Zorbix\t5年/nOS\tLinux\t2019年4月~Zorbix",
        "기술 스택/n/nJava (3년), Zorbix, 6개월, JLPT N1~Zorbix"})
    void readsTheItemsInEveryLanguage(String text, String expected) {
        assertEquals(expected == null ? "" : expected, items(text, false), text);
    }

    // German capitalises every noun: there only digits, symbols and inner capitals tell a product
    @ParameterizedTest
    @CsvSource(delimiter = '~', nullValues = "-", value = {
        "KENNTNISSE/n/nPython, Zorbix, Datenanalyse~-",
        "KENNTNISSE/n/nPython, PowerZorb, ZorbFS, Kestrel9~PowerZorb;ZorbFS;Kestrel9",
        "Werkzeuge: Jenkins, Quillon, XyloBuild~XyloBuild"})
    void readsGermanItemsByTheirShape(String text, String expected) {
        assertEquals(expected == null ? "" : expected, items(text, "de"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "Zorbix~false~false", "Virtualisierung~true~false", "Projektmanagement~true~false",
        "Gestión~true~false", "Entwicklung~true~false", "Zorbix~true~true", "Scanning~true~false"})
    void productShapeBesideKnownTools(String name, boolean toolList, boolean product) {
        assertEquals(product, READER.isProductName(name, "Scanning".equals(name), false, toolList), name);
    }
}
