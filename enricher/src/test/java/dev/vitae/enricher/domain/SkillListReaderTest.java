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
        ResumeText t = new ResumeText(text.replace("/n", "\n"));
        List<Sections.Section> sections = Sections.of(t);
        List<SkillMatcher.Mention> mentions = new SkillMatcher(TAXONOMY).find(t.text(),
                i -> Sections.kindAt(sections, i) == SectionKind.SKILLS);
        return READER.read(t, sections, english, mentions).stream().map(SkillListReader.Item::name).collect(Collectors.joining(";"));
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
        "Zorbix Spark Streaming Engine Cluster~true~false~false", "C~true~false~false", "Principal~true~false~false"})
    void productShape(String name, boolean english, boolean capitals, boolean product) {
        assertEquals(product, READER.isProductName(name, english, capitals), name);
    }
}
