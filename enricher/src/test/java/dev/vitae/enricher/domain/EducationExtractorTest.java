package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Education entries in the layouts résumés use, in six languages; "\n" separates lines, ";" entries. */
class EducationExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // institution first, the degree on its own line (profile exports)
        "Education\\nState University of Example\\nMaster's degree, Computer Engineering · (2019 - 2021)\\nExample Technological University\\n"
                + "Bachelor of Engineering - BE, Computer Science · (2015 - 2019)"
                + "|State University of Example / Master's degree, Computer Engineering / Computer Engineering / 2019..2021;"
                + "Example Technological University / Bachelor of Engineering - BE, Computer Science / Computer Science / 2015..2019",
        // date, degree, institution (Europass)
        "EDUCATION AND TRAINING\\n10/2019 – 06/2021 – Ilmenau, Germany\\nMaster of Science in Computer Engineering\\nTechnical University Sample\\n"
                + "◦ Algorithms\\n08/2014 – 06/2018 – Ahmedabad, India\\nBachelor of Engineering in Computer Engineering\\nSample College Of Engineering"
                + "|Technical University Sample / Master of Science in Computer Engineering / Computer Engineering / 2019-10..2021-06;"
                + "Sample College Of Engineering / Bachelor of Engineering in Computer Engineering / Computer Engineering / 2014-08..2018-06",
        // one line: institution – degree – dates; a year glued to the institution is not part of it
        "Education\\nExample University – Bachelor of Commerce    Sep 2017 - Jun 2019\\nUniversity of Illinois at Urbana-Champaign 2017"
                + "|Example University / Bachelor of Commerce / Commerce / 2017-09..2019-06;University of Illinois at Urbana-Champaign / - / - / -..-",
        // a school name cut after "of", and a grade and a column of places dropped
        "Education\\nB.Sc. in Physics\\nUniversity of\\nSt Andrews\\nEcole Example (3.7/4.0)\t\t\tParis, France"
                + "|University of St Andrews / B.Sc. in Physics / Physics / -..-;Ecole Example / - / - / -..-",
        // German: degree first, dates, institution; a label "Titel:" names the degree
        "AUSBILDUNG\\nPh.D. in Mathematik\\n08/2006 – 07/2010\\nUniversität Beispielstadt.\\n\\nStudium\\n09/2009 – 10/2012 Studium BWL\\n"
                + "Verwaltungs- und Wirtschafts-Akademie Beispiel\\nTitel: Betriebswirt (VWA)"
                + "|Universität Beispielstadt / Ph.D. in Mathematik / Mathematik / 2006-08..2010-07;"
                + "Verwaltungs- und Wirtschafts-Akademie Beispiel / Betriebswirt (VWA) / - / 2009-09..2012-10",
        // French: an institution without a school word follows its degree
        "FORMATIONS\\n2017 - 2019\\nMaster systèmes embarqués\\nESTEX / Ynov - Bordeaux\\n2012 - 2014\\nBAC S - SVT\\nLycée Exemple - Agen"
                + "|ESTEX / Ynov - Bordeaux / Master systèmes embarqués / systèmes embarqués / 2017..2019;Lycée Exemple / BAC S / - / 2012..2014",
        // Spanish, and prose in the section is not an entry
        "EDUCACIÓN\\nEspecialización en Analítica de Datos\\nUniversidad Ejemplo de Colombia (UEC)\\n"
                + "Completé mi formación en la universidad trabajando a tiempo completo durante varios años.\\nIngeniería Electrónica\\nUniversidad Ejemplo de Colombia (UEC)"
                + "|Universidad Ejemplo de Colombia (UEC) / Especialización en Analítica de Datos / - / -..-;"
                + "Universidad Ejemplo de Colombia (UEC) / Ingeniería Electrónica / - / -..-",
        // Korean and Japanese: the word holding the school word, a major as the degree
        "학력\\n2020.08 졸업 대학교(4년)  한빛대학교\\n국제통상학과|한빛대학교 / 국제통상학과 / - / -..-",
        "学歴\\n2015年3月 東都大学 工学部 情報工学科 卒業|東都大学 / 工学部 情報工学科 / - / -..-",
        // a name without a school word above its degree
        "Education\\nESTEX Bordeaux\\nMaster of Arts in History|ESTEX Bordeaux / Master of Arts in History / History / -..-",
        // an entry repeated verbatim (a text box stored twice) is kept once
        "Education\\nSample College\\nBSc Biology\\nSample College\\nBSc Biology|Sample College / BSc Biology / Biology / -..-"})
    void entriesAreAssembledInAnyOrder(String text, String expected) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        List<EducationExtractor.Entry> entries = EducationExtractor.extract(t, Sections.of(t), DateParser.ranges(t.text()));
        assertEquals(expected, entries.stream().map(EducationExtractorTest::describe).collect(Collectors.joining(";")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "B.S. in Computer Science|Computer Science", "Master's degree, Software Engineering|Software Engineering",
        "Bachelor of Science|-", "Licence en informatique|informatique", "MBA|-", "PhD Physics|Physics", "High School Diploma|-"})
    void theFieldFollowsTheLevel(String degree, String field) {
        assertEquals(field, EducationExtractor.fieldOf(degree));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BE|true", "be|false", "B.Tech|true", "Licenciatura en Derecho|true", "Máster en IA|true", "学士（工学）|true", "석사|true",
        "Doctorado|true", "Associate of Arts|true", "GRUPO ESCOLAR MA. GUZMAN|false", "Software Engineer|false"})
    void degreeLevelsInSixLanguages(String segment, boolean degree) {
        assertEquals(degree, EducationExtractor.isDegree(segment), segment);
    }

    private static String describe(EducationExtractor.Entry e) {
        return e.institution() + " / " + dash(e.degree()) + " / " + dash(e.field()) + " / " + dash(e.start()) + ".." + dash(e.end());
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
