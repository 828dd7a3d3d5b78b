package dev.vitae.enricher.domain;

import static dev.vitae.enricher.domain.MappedTextAssertions.assertMapsBack;
import static dev.vitae.enricher.domain.MappedTextAssertions.lines;
import static dev.vitae.enricher.domain.MappedTextAssertions.sourceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBreakRestorerTest {
    /** Long enough, with enough gaps, to count as flattened. */
    private static final String TAIL = "  Professional reference will be furnished upon request, as will samples of published work from the past years, copies of the certificates named above and letters from the editors of the magazines and papers listed here.  References  Available upon request.";

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
        // a run of two or more spaces ends a line
        "Emory Wiza  Francis Road  San Francisco    Objective  Looking for a position=>Emory Wiza⏎Francis Road⏎San Francisco⏎Objective⏎Looking for a position",
        // a date range whose dash the export dropped is joined, not split
        "Dec 2013  Feb 2014  Marketing Assistant, Salvation Army=>Dec 2013 – Feb 2014⏎Marketing Assistant, Salvation Army",
        "2003  Present: Associate Art Editor, Home and Gardens=>2003 – Present: Associate Art Editor, Home and Gardens",
        "Nestle, Norwalk, CT | Mar 2008  Present  Digital Marketing Executive=>Nestle, Norwalk, CT | Mar 2008 – Present⏎Digital Marketing Executive",
        // two unrelated numbers or a date and a word are not a range
        "Graduated May 2010  Bachelor Of Computer Applications=>Graduated May 2010⏎Bachelor Of Computer Applications",
        "2010-2012    Descriptive text goes here=>2010-2012⏎Descriptive text goes here",
        // a bullet after a single space starts a line
        "Hard work • Smart work  • Team Work=>Hard work⏎• Smart work⏎• Team Work",
        // a heading in capitals, or a summary/education heading with a colon, gets its own line
        "TECHNICAL SKILLS Operating System WINDOWS 98=>TECHNICAL SKILLS⏎Operating System WINDOWS 98",
        "Objective: To get a position as an assistant=>Objective:⏎To get a position as an assistant",
        // … but not a title that starts with a heading word, a label inside a role, or a whole-line heading
        "PROJECT MANAGER at Acme Corp=>PROJECT MANAGER at Acme Corp",
        "EDUCATION & CERTIFICATION  B.S. in Business=>EDUCATION & CERTIFICATION⏎B.S. in Business",
        "Tools: Selenium, QTP and LoadRunner=>Tools: Selenium, QTP and LoadRunner",
        "Experience in Cloud Technologies like AWS=>Experience in Cloud Technologies like AWS",
        "PROJECT EXPERIENCE  Hospital system=>PROJECT EXPERIENCE⏎Hospital system",
        // the quotes of a CSV cell go, doubled quotes inside are undone
        "\"Curriculum Vitae  the \"\"best\"\" editor=>Curriculum Vitae⏎the \"best\" editor"})
    void flattenedTextGetsItsLinesBack(String in, String expected) {
        String source = in.startsWith("\"") ? in + TAIL + "\"" : in + TAIL;
        MappedText out = LineBreakRestorer.restore(source);
        String tail = lines(TAIL.replace("  ", "⏎"));
        assertEquals(lines(expected) + tail, out.text());
        assertMapsBack(source, out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Marketing Assistant, Salvation Army|Marketing Assistant, Salvation Army",
        "Dec 2013 – Feb 2014|Dec 2013  Feb 2014",
        "Feb 2014|Feb 2014"})
    void restoredLinesMapBackToTheExactOriginalText(String word, String original) {
        String source = "Dec 2013  Feb 2014  Marketing Assistant, Salvation Army" + TAIL;
        MappedText out = LineBreakRestorer.restore(source);
        int at = out.text().indexOf(word);
        assertEquals(original, sourceOf(source, out, at, at + word.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Emory Wiza⏎Francis Road⏎San Francisco⏎Objective⏎Looking for a position as a senior editor.",
        "Short  text  with  gaps",                                            // too short to judge
        "# Acme⏎| Key     | Value                                   |⏎| Company | Acme Inc.                               |",
        "A long paragraph that runs well past two hundred characters on one line, as a summary might,  with an old-fashioned double space after a sentence.  And another one.  Then a line break.⏎Next line⏎Another line⏎And more"})
    void lineStructuredTextIsLeftAlone(String in) {
        assertNull(LineBreakRestorer.restore(lines(in)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
        // a bullet item of five or more words after text on its line starts a line
        "Staff Engineer | Acme | 2019 – Present • Led a team of six engineers • Cut p99 latency by half this year=>Staff Engineer | Acme | 2019 – Present⏎• Led a team of six engineers⏎• Cut p99 latency by half this year",
        "Staff Engineer | Acme | 2019 – Present⏎Intro • Led a team of six engineers=>Staff Engineer | Acme | 2019 – Present⏎Intro⏎• Led a team of six engineers",
        // a capitals heading before a word in lower case gets its own line
        "SUMMARY Backend engineer with nine years⏎of experience=>SUMMARY⏎Backend engineer with nine years⏎of experience",
        "SKILLS Languages: Java, Go=>SKILLS⏎Languages: Java, Go",
        "EDUCATION 2012 – 2016 BSc Computer Science=>EDUCATION⏎2012 – 2016 BSc Computer Science",
        // an education heading in any case before a school or a degree
        "Education MSc Statistics, KTH Royal Institute of Technology=>Education⏎MSc Statistics, KTH Royal Institute of Technology",
        "Formación Universidad de Sevilla, 2010 – 2014=>Formación⏎Universidad de Sevilla, 2010 – 2014",
        "학력 서울대학교 컴퓨터공학과 학사 2012 – 2016=>학력⏎서울대학교 컴퓨터공학과 학사 2012 – 2016"})
    void joinedLinesAreBrokenAgain(String in, String expected) {
        MappedText out = LineBreakRestorer.breakJoinedLines(lines(in));
        assertEquals(lines(expected), out.text());
        assertMapsBack(lines(in), out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Java • Go • SQL • Kubernetes • Terraform",                    // short items: a list
        "Engineer • Acme Corporation • Berlin • 2019 – 2021",           // a header's separators
        "• Led a team of six engineers on payments",                    // the bullet opens the line
        "Languages: Java, Kotlin and Go⏎Objective: To obtain a position", // labels, not capitals headings
        "PROJECT MANAGER at Acme Corp",                                 // a title starting with a heading word
        "MARIA GONZALEZ Senior Backend Engineer",                       // a name in capitals
        "PERSOL CAREER — Systems Engineer",
        "Education Manager at Initech, 2019 – 2021",                    // a title, no school or degree after the word                             // an employer ending in a heading word
        "### PERSOL CAREER — Systems Engineer"})                        // a Markdown heading
    void linesWithoutJoinsAreLeftAlone(String in) {
        assertNull(LineBreakRestorer.breakJoinedLines(lines(in)));
    }
}
