package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisplacedHeadersTest {

    /**
     * Each row: a résumé text ("\n" for line breaks), the organization names of the proposed roles
     * ("|" between; each is found at its first occurrence, its header covering the name), whether
     * the roles are dated, and which of them are misplaced.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // coursework under a label in an education section: courses, not jobs
        "EDUCATION\\nNorthfield Institute\\nBSc Physics, 2014\\nRelevant Coursework\\n\\tSignal Processing Systems\\n\\tControl Systems;"
                + "Signal Processing Systems|Control Systems; false; Signal Processing Systems|Control Systems",
        "AUSBILDUNG\\nHochschule Nordtal\\nLehrveranstaltungen:\\n- Verteilte Systeme Labor;Verteilte Systeme Labor; false; Verteilte Systeme Labor",
        // a course list after a dated line: the year stops the look upwards, and the line is no bullet
        "EDUCATION\\nCoursework\\nNorthfield Institute\\n2012 - 2016\\nHarbor Systems Group;Harbor Systems Group; false; -",
        // a project bullet inside an education entry, dated by the degree
        "EDUCATION\\nBSc Computing, Eastlake College, 2011 - 2015\\n• Capstone Project: Parcel Router App;Parcel Router App; true; Parcel Router App",
        // three companies listed in one bullet of a job
        "EXPERIENCE\\nBookkeeper, Dunmore Holdings, 2018 - 2020\\n• Billing for the group's firms (Dunmore Roofing LLC, Dunmore Paving LLC, Dunmore Glass LLC)."
                + ";Dunmore Roofing LLC|Dunmore Paving LLC|Dunmore Glass LLC; false; Dunmore Roofing LLC|Dunmore Paving LLC|Dunmore Glass LLC",
        // one or two names in a bullet are an employment statement and stay
        "EXPERIENCE\\n• Associate Engineer in Westbay Systems Ltd (through Karto Staffing Ltd);Westbay Systems Ltd|Karto Staffing Ltd; false; -",
        // a dated bullet is a header
        "EXPERIENCE\\n• Analyst at Pinecrest Bank, Ridgeway Bank and Oakmont Bank, 2019 - 2021;Pinecrest Bank|Ridgeway Bank|Oakmont Bank; true; -",
        // an undated bullet under a heading that names no work
        "SKILLS\\n• Harbor Systems Group tools;Harbor Systems Group; false; Harbor Systems Group",
        // a company named in an HTML list item (a tab-indented sentence), handed the period of the entry
        "EXPERIENCE\\nSenior Developer, Marrowby Health\\n01/2019 – 03/2022\\n\\tBuilt claims APIs in Go used by Pelham Insurance Group.;"
                + "Marrowby Health|Pelham Insurance Group; true; Pelham Insurance Group",
        // a short tab-indented line is a cell, not a sentence
        "EXPERIENCE\\nSenior Developer, Marrowby Health\\n01/2019 – 03/2022\\n\\tPelham Insurance Group;"
                + "Marrowby Health|Pelham Insurance Group; true; -",
        // under a heading the section splitter does not know, which names no work
        "EXPERIENCE\\nAnalyst, Pinecrest Bank, 2019 - 2021\\nAwards & Learning\\n• Harwick Student Partner;Harwick Student Partner; false; Harwick Student Partner",
        "EXPERIENCE\\nAnalyst, Pinecrest Bank, 2019 - 2021\\nPublications\\n- Proceedings of the Harwick Conference on Robot Systems, 2021;"
                + "Harwick Conference; false; Harwick Conference",
        "SKILLS\\nInterests: Scalable Widget Systems | Gardening;Scalable Widget Systems; false; Scalable Widget Systems",
        // a sentence with such a word is no heading; a known section below one ends it
        "EXPERIENCE\\nReferences available upon request\\nNorthgate Logistics Ltd\\nClerk;Northgate Logistics Ltd; false; -",
        "Publications\\nResearch Internships\\nNorthgate Robotics Lab\\nIntern;Northgate Robotics Lab; false; -",
        // the same undated name as a plain line under experience stays
        "EXPERIENCE\\nHarbor Systems Group\\nAnalyst;Harbor Systems Group; false; -",
    })
    void roles_at_places_no_header_stands_are_misplaced(String text, String names, boolean dated, String misplaced) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n").replace("\\t", "\t"));
        List<Sections.Section> sections = Sections.of(t);
        List<FoundEntry> roles = new ArrayList<>();
        for (String name : names.split("\\|")) {
            int at = t.text().indexOf(name);
            FoundEntry.Builder b = FoundEntry.builder().organization(name).header(at, at + name.length());
            if (dated) {
                b.period(new PartialDate(2019, null, null), new PartialDate(2021, null, null), false);
            }
            roles.add(b.role());
        }
        List<String> got = roles.stream().filter(r -> MisplacedHeaders.misplaced(r, roles, t, sections))
                .map(r -> ((FoundRole) r).organization()).toList();
        assertEquals(misplaced.equals("-") ? List.of() : List.of(misplaced.split("\\|")), got, text);
    }

    /** Each row: a text, and the first and last words of a role header; whether that header is misplaced. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a school closing the education section tied to the date that opens the experience section
        "EDUCATION\\nLakeside Grammar School, Riverton\\n\\nEXPERIENCE\\n\\nNov 2022 – Present\\nDeveloper, Brightwave Labs; Lakeside; Present; true",
        // the same span inside experience: one entry's lines
        "EXPERIENCE\\nLakeside Grammar School, Riverton\\nNov 2022 – Present\\nTeacher; Lakeside; Present; false",
        // a narrative's header may run over an unknown sub-heading
        "EDUCATION\\nLakeside Grammar School, Riverton\\n### Notes\\nNov 2022 – Present; Lakeside; Present; false",
    })
    void a_header_from_education_over_the_next_sections_heading_is_misplaced(String text, String first, String last, boolean misplaced) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        int from = t.text().indexOf(first), to = t.text().indexOf(last) + last.length();
        FoundEntry role = FoundEntry.builder().organization(first).header(from, to)
                .period(new PartialDate(2022, 11, null), null, true).role();
        assertEquals(misplaced, MisplacedHeaders.misplaced(role, List.of(role), t, Sections.of(t)), text);
    }
}
