package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.enricher.recognition.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recogniser reading with a stub recogniser: the table names the entities it "finds" ({@code
 * ORG:Acme Widgets; TITLE:Analyst}, each at its first occurrence in the text), so the rows test
 * what the reading does with proposals (filtering, tying titles and dates, evidence), not the
 * model. Rows with no entities test the name-shape source alone.
 */
class RecognizedNameReadingTest {

    private static Function<String, List<Entity>> stub(String entities) {
        return text -> {
            List<Entity> out = new ArrayList<>();
            if (entities == null) {
                return out;
            }
            for (String e : entities.split(";\\s*")) {
                Entity.Type type = e.startsWith("ORG:") ? Entity.Type.ORGANIZATION : Entity.Type.TITLE;
                String name = e.substring(e.indexOf(':') + 1);
                int at = text.indexOf(name);
                out.add(new Entity(type, at, at + name.length(), name, 0.5));
            }
            return out;
        };
    }

    /** Every role read, as "organization / title / start..end" (end "present" for a current role). */
    private static String roles(String text, String entities) {
        List<FoundEntry> found = RoleReadingTables.read(new RecognizedNameReading(stub(entities)), text);
        return found.stream().map(e -> (FoundRole) e).map(r -> r.organization() + " / " + r.title() + " / " + r.start() + ".."
                + (r.current() ? "present" : r.end())).collect(Collectors.joining(" ; "));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        // flattened export: title, organization and dates in one run, two spaces between fields
        "Software Engineer  Acme Widgets  June 2012 to Present  Developed billing modules >> ORG:Acme Widgets; TITLE:Software Engineer"
            + " >> Acme Widgets / Software Engineer / 2012-06..present",
        // the name shape alone: capitalised words ending in a legal form, the verb before it left out
        "Worked with Infosys Technologies Limited from Jan 2015 to Mar 2018 >> - >> Infosys Technologies Limited / null / 2015-01..2018-03",
        "Currently working in Tata Consultancy Services, Pune >> - >> Tata Consultancy Services / null / null..null",
        // a name before its place: comma, dash, two spaces or the next line
        "Business Teacher, Treeville High School, Treeville, Nebraska, 2001 - 2009 >> TITLE:Business Teacher"
            + " >> Treeville High School / Business Teacher / 2001..2009",
        "Experience\\neClerx, Austin, TX  8/2001 to Present >> - >> eClerx / null / 2001-08..present",
        "Experience\\nMicrosoft Research\\nRedmond, WA\\nJune 2009 - August 2009 >> - >> Microsoft Research / null / 2009-06..2009-08",
        // one word before a known city and its region by name is the employer, not a city of an address
        "Experience\\nQuality Engineering Manager  Rapid7, Austin, Texas  May 2013 - September 2014 >> -"
            + " >> Rapid7 / null / 2013-05..2014-09",
        // each organization takes the title and dates on its side, not its neighbour's
        "Analyst  Globex Bank  2010 - 2012  Tester  Initech  2012 - 2014 >> ORG:Initech; TITLE:Analyst; TITLE:Tester"
            + " >> Globex Bank / Analyst / 2010..2012 ; Initech / Tester / 2012..2014",
        // the same organization twice is one proposal; a title far away is not tied
        "Hooli Inc  2019 - 2020  Hooli Inc was acquired >> - >> Hooli Inc / null / 2019..2020",
        "Umbrella Corp\\n\\n\\nThis line pads the text out so that the title further down sits well beyond the window of"
            + " characters in which a title is tied to the organization.\\nTeam Lead >> TITLE:Team Lead >> Umbrella Corp / null / null..null",
        // a vendor alone, or a product name with a legal form, is a company
        "Experience\\nMicrosoft  2015 - 2018 >> ORG:Microsoft >> Microsoft / null / 2015..2018",
        "Experience\\nOracle Corporation  2015 - 2018 >> ORG:Oracle Corporation >> Oracle Corporation / null / 2015..2018",
        // a legal form that is also a compass point; a court that is no street
        "Experience\\nSAP SE  2015 - 2018 >> ORG:SAP SE >> SAP SE / null / 2015..2018",
        "Clerk, Supreme Court, Melbourne, Victoria  2001 - 2004 >> - >> Supreme Court / null / 2001..2004",
        // an abbreviation's dot is no sentence end inside a name
        "Working as software engineer in Exilant Technologies Pvt. Ltd. from June 2015 >> - >> Exilant Technologies Pvt. Ltd. / null / null..null",
        // public bodies end in their own words
        "Senior Legal Officer, Central Land Commission, Alice Springs  1992 - 1995 >> - >> Central Land Commission / null / 1992..1995",
        // employers named in a sentence
        "Worked for NNIT in Denmark on migrations. >> - >> NNIT / null / null..null",
        "Employed as a Business Analyst Intern at Walrus Systems. >> - >> Walrus Systems / null / null..null",
        // a heading the sections missed: a dated name under the skills heading is still an employer
        "Skills\\nJava, SQL\\nPrincipal, Straightway Elementary, Hudson, TX  July 2009 to Present >> - >> Straightway Elementary / null / 2009-07..present",
        "Skills\\nJava, SQL\\nSoGe Mobile, LLC  Junior Android Developer >> - >> SoGe Mobile, LLC / null / null..null",
        // a teacher's placement: "student" and "education" near a school, but a teaching word and no degree
        "Student Teaching\\nPretend Middle School, Pretend, NE  January 2015 - May 2015 >> - >> Pretend Middle School / null / 2015-01..2015-05",
        "Physical education for students with special needs\\nTutor, Pebble Middle School, Lincoln, NE  2014 - 2015 >> -"
            + " >> Pebble Middle School / null / 2014..2015",
        "Supervised the students' projects in data curation\\nLecturer at the Institute of Information Technology  2012 - 2016 >> -"
            + " >> Institute of Information Technology / null / 2012..2016"})
    void proposesOrganizationsWithTheirTitleAndDates(String text, String entities, String expected) {
        assertEquals(expected, roles(text, entities));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "Education\\nStanford University  2008 - 2012 >> ORG:Stanford University",
        "Master of Science in Computer Science >> ORG:Master of Science",
        "Bachelor of Science, Information Technology  Towson University, Towson, MD  3.2 GPA >> -",
        // a school studied at, a teaching word notwithstanding: a degree or a grade near it
        "Lincoln High School, Lincoln, NE  Student, GPA 3.5 >> -",
        "B.S. in Education, teaching certificate  Kearney State College, Kearney, NE >> -",
        "Operating Systems, Web Services and Information Technology >> -",
        "- **Performance Enhancement of Database Systems**: tuned the indices >> -",
        "DAVID OKAFOR\\nData engineer >> ORG:DAVID OKAFOR",
        "Skills\\nOracle Financial Services, Java >> ORG:Oracle",
        "Berlin, Germany >> ORG:Berlin, Germany",
        // a city alone, a city with its state, date words
        "Experience\\nCoventry  June 2008 - Present >> ORG:Coventry",
        "Experience\\nTampa, Florida  2013 - 2015 >> ORG:Tampa, Florida",
        "Experience\\nSummer 2002  Lifeguard >> ORG:Summer 2002",
        "Experience\\nNovember, 2014 - 2015 >> ORG:November",
        "Nishinomiya, Hyogo, Japan >> -",
        "Senior Software Engineer >> ORG:Senior Software Engineer",
        "java services were migrated >> -",
        // products: a skill, or skills with their vendor, are no employer
        "Experience\\nSAP ABAP  2015 - 2018 >> ORG:SAP ABAP",
        "Experience\\nMicrosoft SharePoint  2015 - 2018 >> ORG:Microsoft SharePoint",
        "Experience\\nKubernetes  2015 - 2018 >> ORG:Kubernetes",
        // the street of an address, a page number, a document heading
        "Contact\\n12 Maple Street, Springfield, IL >> -",
        "Contact\\n4410 Arbor Court, Denver, CO >> -",
        "Page 2 of 2 >> ORG:Page 2 of 2",
        "RESUME >> ORG:RESUME",
        // a sentence ended inside the run; a run qualifying a noun
        "Worked on Oracle. Software Services were delivered >> -",
        "I have worked with Data Visualization services like Power BI >> -"})
    void schoolsPlacesTitlesAndSkillsAreNoOrganization(String text, String entities) {
        assertEquals("", roles(text, entities), text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {"SAP ABAP >> true", "Microsoft SharePoint >> true", "Apache Kafka >> true",
        "Java >> true", "Oracle Corporation >> false", "SAP SE >> false", "Microsoft >> false", "Acme Widgets >> false",
        "Java Infotech >> false"})
    void productsAreTheVocabularysSkills(String name, boolean product) {
        assertEquals(product, RecognizedNameReading.isProduct(name), name);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "Experience\\nSenior Engineer | Acme Inc. | Jan 2020 – Present\\nShipped Acme Inc's billing >> ORG:Acme Inc",
        "Experience\\nSenior Engineer | Initech Solutions | Jan 2020 – Present >> ORG:Initech Solutions"})
    void leavesWhatTheRulesReadAlone(String text, String entities) {
        RoleContext context = RoleContext.of(text.replace("\\n", "\n"));
        RoleClaims claims = new RoleClaims();
        claims.addFound(new DateAnchorReading().read(context, claims));
        assertEquals(1, claims.found().size(), "the rules read the role: " + text);
        assertTrue(new RecognizedNameReading(stub(entities)).read(context, claims).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {"ja >> Globex Bank  2010 - 2012", "fr >> Globex Bank  2010 - 2012",
        "- >> 株式会社ユズリハ  Globex Bank  2010年 エンジニア 開発 設計 運用 保守 担当 顧客 折衝 要件 定義"})
    void readsEnglishOnly(String language, String text) {
        ResumeText t = new ResumeText(text);
        RoleContext context = RoleContext.of(t, Sections.of(t), DateParser.ranges(t.text()), language.equals("-") ? null : language);
        assertTrue(new RecognizedNameReading(stub("ORG:Globex Bank")).read(context, new RoleClaims()).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "Software Engineer  Acme Widgets  June 2012 to Present >> ORG:Acme Widgets; TITLE:Software Engineer >> 0 >> 53",
        "Profile  Acme Widgets  other text >> ORG:Acme Widgets >> 9 >> 21"})
    void evidenceCoversWhatWasRead(String text, String entities, int from, int to) {
        FoundEntry e = RoleReadingTables.read(new RecognizedNameReading(stub(entities)), text).get(0);
        assertEquals(List.of(from, to), List.of(e.headerStart(), e.headerEnd()), text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "Experience\\nEngineer | Acme Inc. | Jan 2020 – Present\\nAnalyst | Globex Corp | Jan 2017 – Dec 2019 >> true",
        // a dated line the rules left, or a role without its organization: the model still runs
        "Experience\\nEngineer | Acme Inc. | Jan 2020 – Present\\nAnalyst | Globex Corp | Jan 2017 – Dec 2019\\n"
            + "Consulting work for a long list of clients across the region during the years 2012 - 2016 and more >> false",
        "Experience\\nEngineer | Acme Inc. | Jan 2020 – Present >> false"})
    void theModelIsSkippedWhereTheRulesReadEveryDatedRole(String text, boolean skipped) {
        RoleContext context = RoleContext.of(text.replace("\\n", "\n"));
        RoleClaims claims = new RoleClaims();
        claims.addFound(new DateAnchorReading().read(context, claims));
        assertEquals(skipped, RecognizedNameReading.rulesReadEverything(context, claims), text);
    }

    /** The last full stop of a sentence inside a run, or -1 when every dot belongs to an abbreviation or an initial. */
    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "Oracle. Software Services >> 6", "Exilant Technologies Pvt. Ltd. >> -1", "U.S. Bank Corp >> -1",
        "Dept. of Health. Acme Services >> 15", "Acme Co. Services >> -1"})
    void sentencesEndAtAFullStopNotAtAnAbbreviation(String run, int stop) {
        assertEquals(stop, RecognizedNameReading.sentenceStop(run, 0, run.length()), run);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "I worked at Theqah company, where I developed >> Theqah",
        "Joined Infosys in 2010 and worked with IndiaMART InterMESH Ltd. since >> Infosys|IndiaMART InterMESH Ltd.",
        "working in Machine Learning and Advanced Statistics domain >> -",
        "Work Experience\\nAcme Widgets >> -",
        // an internship's host; a list of employers in one sentence
        "Internship at Zorbix Research Cambridge, UK. >> Zorbix Research Cambridge",
        "acquired through work at TRE Bank, ZiNc and NAB Banks  Experience >> TRE Bank|ZiNc and NAB Banks",
        "worked with Acme, Globex and others >> Acme|Globex",
        // an employer after a job title; "in" only before a legal form
        "2012  Lecturer at the Institute of Zorbix Studies, Lodz >> Institute of Zorbix Studies",
        "Associate Software Engineer in Zorbix India Pvt Ltd. (through >> Zorbix India Pvt Ltd.",
        "Senior Engineer in Machine Learning and Data >> -",
        "Engineer at Globex in Berlin >> Globex"})
    void employersAreFoundInSentences(String text, String expected) {
        String t = text.replace("\\n", "\n");
        String found = RecognizedNameReading.proseEmployers(t).stream().map(o -> t.substring(o[0], o[1])).collect(Collectors.joining("|"));
        assertEquals(expected == null ? "" : expected, found);
    }

    private static final String PAD = "x ".repeat(150);

    /** The prefiltered scans find what a scan of the whole text finds, windows notwithstanding. */
    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "Worked at Tata Consultancy Services, then Infosys Technologies Limited >> Tata Consultancy Services|Infosys Technologies Limited",
        "Twist Mobile (P) Ltd. then HDFC Bank >> Twist Mobile (P) Ltd.|HDFC Bank",
        "PAD Acme Widgets Group PAD Globex Systems PAD >> Acme Widgets Group|Globex Systems",
        "no names here, only words >> -"})
    void nameShapesAreFoundAroundTheirLastWord(String text, String expected) {
        String t = text.replace("PAD", PAD);
        String found = RecognizedNameReading.orgShapes(t).stream().map(o -> t.substring(o[0], o[1])).collect(Collectors.joining("|"));
        assertEquals(expected == null ? "" : expected, found);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "eClerx, Austin, TX  8/2001 >> eClerx",
        "PAD Prudential, Newark, NJ PAD\\nPAD\\nCisco Systems - Bengaluru, Karnataka PAD >> Prudential|Cisco Systems",
        "PAD\\nMicrosoft Research\\nRedmond, WA\\nPAD >> Microsoft Research",
        "Java, Spring, Hibernate >> -"})
    void namesBeforePlacesAreFoundAroundTheirComma(String text, String expected) {
        String t = text.replace("PAD", PAD).replace("\\n", "\n");
        String found = RecognizedNameReading.beforePlaces(t).stream().map(o -> t.substring(o[0], o[1])).collect(Collectors.joining("|"));
        assertEquals(expected == null ? "" : expected, found);
    }
}
