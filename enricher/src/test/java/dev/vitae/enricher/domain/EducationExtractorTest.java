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
        "EDUCATION AND TRAINING\\n03/2012 – 02/2014 – Lisbon, Portugal\\nMaster of Science in Marine Biology\\nTechnical University Sample\\n"
                + "◦ Oceanography\\n09/2008 – 06/2011 – Porto, Portugal\\nBachelor of Science in Biology\\nSample College Of Sciences"
                + "|Technical University Sample / Master of Science in Marine Biology / Marine Biology / 2012-03..2014-02;"
                + "Sample College Of Sciences / Bachelor of Science in Biology / Biology / 2008-09..2011-06",
        // one line: institution – degree – dates; a year glued to the institution is not part of it
        "Education\\nExample University – Bachelor of Commerce    Sep 2017 - Jun 2019\\nUniversity of Illinois at Urbana-Champaign 2017"
                + "|Example University / Bachelor of Commerce / Commerce / 2017-09..2019-06;University of Illinois at Urbana-Champaign / - / - / -..-",
        // a school name cut after "of", and a grade and a column of places dropped
        "Education\\nB.Sc. in Physics\\nUniversity of\\nSt Andrews\\nEcole Example (3.7/4.0)\t\t\tParis, France"
                + "|University of St Andrews / B.Sc. in Physics / Physics / -..-;Ecole Example / - / - / -..-",
        // German: degree first, dates, institution; a label "Titel:" names the degree
        "AUSBILDUNG\\nPh.D. in Chemie\\n04/2001 – 03/2005\\nUniversität Beispielstadt.\\n\\nStudium\\n10/1995 – 09/2000 Studium Chemie\\n"
                + "Kunst- und Musik-Akademie Beispiel\\nTitel: Diplom-Chemiker (Uni)"
                + "|Universität Beispielstadt / Ph.D. in Chemie / Chemie / 2001-04..2005-03;"
                + "Kunst- und Musik-Akademie Beispiel / Diplom-Chemiker (Uni) / - / 1995-10..2000-09",
        // French: an institution without a school word follows its degree
        "FORMATIONS\\n2005 - 2007\\nMaster chimie verte\\nEXEMPLE / Campus - Nantes\\n2000 - 2002\\nBAC ES - Maths\\nLycée Exemple - Rennes"
                + "|EXEMPLE / Campus - Nantes / Master chimie verte / chimie verte / 2005..2007;Lycée Exemple / BAC ES / - / 2000..2002",
        // Spanish, and prose in the section is not an entry
        "EDUCACIÓN\\nEspecialización en Historia del Arte\\nUniversidad Ejemplo del Sur (UES)\\n"
                + "Completé mi formación en la universidad trabajando a tiempo completo durante varios años.\\nIngeniería Civil\\nUniversidad Ejemplo del Sur (UES)"
                + "|Universidad Ejemplo del Sur (UES) / Especialización en Historia del Arte / - / -..-;"
                + "Universidad Ejemplo del Sur (UES) / Ingeniería Civil / - / -..-",
        // Korean and Japanese: the word holding the school word, a major as the degree
        "학력\\n2011.02 졸업 대학(2년)  한빛대학교\\n화학공학과|한빛대학교 / 화학공학과 / - / -..-",
        "学歴\\n2015年3月 東都大学 工学部 情報工学科 卒業|東都大学 / 工学部 情報工学科 / - / -..-",
        // a name without a school word above its degree
        "Education\\nESTEX Bordeaux\\nMaster of Arts in History|ESTEX Bordeaux / Master of Arts in History / History / -..-",
        // an entry repeated verbatim (a text box stored twice) is kept once
        "Education\\nSample College\\nBSc Biology\\nSample College\\nBSc Biology|Sample College / BSc Biology / Biology / -..-",
        // a two-letter degree is not a region code, even after a comma
        "EDUCATION\\nMBA, Technology Management, University of Example, 2002\\nBS, Business Management, University of Example, 1999"
                + "|University of Example / MBA, Technology Management / Technology Management / -..-;"
                + "University of Example / BS, Business Management / Business Management / -..-",
        // institution first with its dates, its degree on the line below; two degrees under one institution
        "Education\\nExample Institute of Technology    2014 – 2018\\nBachelor of Technology, Computer Science"
                + "|Example Institute of Technology / Bachelor of Technology, Computer Science / Computer Science / 2014..2018",
        "EDUCATION\\nExample University, Pittsburgh, PA\\nM.S. in Machine Learning, Dec 2021\\nB.S. in Statistics, May 2020"
                + "|Example University / M.S. in Machine Learning / Machine Learning / -..-;Example University / B.S. in Statistics / Statistics / -..-",
        "EDUCATION\\nExample University\\nA.B. in Economics, magna cum laude|Example University / A.B. in Economics, magna cum laude / - / -..-",
        // "no degree" is no degree; a name cut after "at" goes on; the field after a degree that follows its school
        "Education\\nExample University / no degree\\n2010 - 2012|Example University / - / - / 2010..2012",
        "Education\\nThe University of Example at\\nAustin\\nBS Computer Science|The University of Example at Austin / BS Computer Science / Computer Science / -..-",
        "Education\\nExample University, Master of Business Administration (MBA), Finance\\n2015 – 2017"
                + "|Example University / Master of Business Administration (MBA), Finance / Business Administration (MBA), Finance / 2015..2017",
        // a name ending in a school word is an institution, though it holds a degree word
        "EDUCATION\\nBsc\\nExample degree college|Example degree college / Bsc / - / -..-",
        // degree / institution / year: the line between is the institution, in any case; a place after a dash is dropped
        "EDUCATION\\nBSc in Computer Science\\n\\nexample womens\\n\\n2015\\n\\nexample jr.college\\n\\n2012"
                + "|example womens / BSc in Computer Science / Computer Science / -..-;example jr.college / - / - / -..-",
        "EDUCATION\\nPost Graduate Diploma in Embedded Systems\\nEXCD - Kochi, Kerala\\n2006"
                + "|EXCD / Post Graduate Diploma in Embedded Systems / - / -..-",
        "EDUCATION\\nB.A. in History\\nExample univercity|Example univercity / B.A. in History / History / -..-",
        // a degree code set before its school's name; a "Course:" label before the degree
        "EDUCATION\\nB.E Example University, Chennai (2008-2012)|Example University / B.E / - / 2008..2012",
        "Education\\nExample University\\nCourse: Bachelor of Arts (Honours)|Example University / Bachelor of Arts (Honours) / - / -..-",
        // a field of study that begins like a month name ("Marketing", "Junior") is no date
        "EDUCATION\\nBachelor of Engineering in Digital Marketing\\nExample Institute of Technology - Bengaluru, Karnataka"
                + "|Example Institute of Technology / Bachelor of Engineering in Digital Marketing / Digital Marketing / -..-",
        "FORMATION\\nMaster Marketing\\nÉcole Exemple|École Exemple / Master Marketing / Marketing / -..-",
        // "from" names the school that awarded a degree, with or without a school word
        "EDUCATION\\nB.E. (Information Science) from NIIT, 2008\\nMBA from IIM Ahmedabad"
                + "|NIIT / B.E. (Information Science) / Information Science / -..-;IIM Ahmedabad / MBA / - / -..-",
        "FORMATION\\nMaster en informatique de l'Université Exemple|Université Exemple / Master en informatique / informatique / -..-",
        // a place in brackets cut open by the line, and a month where a school would be, are no institution: the school above is
        "Education\\nExample University of Science (Rolla,\\nPh.D. Systems Engineering\\nMay\\nM.S. Systems Engineering"
                + "|Example University of Science / Ph.D. Systems Engineering / Systems Engineering / -..-;"
                + "Example University of Science / M.S. Systems Engineering / Systems Engineering / -..-",
        // a programme named without a degree word: dated above its school, or after its school on one line
        "EDUCATION\\nCloud Computing Example Programme\t\tMay 2022 – Dec. 2022\\nExample College (3.87/4.0)\t\tWaterloo, Canada"
                + "|Example College / Cloud Computing Example Programme / - / 2022-05..2022-12",
        "EDUCATION\\nExample High School, Springfield, IL - General Education\\n09/2000 to 06/2003"
                + "|Example High School / General Education / - / 2000-09..2003-06",
        "EDUCATION\\nExample University - Professor of History\\nExample School - Springfield, IL"
                + "|Example University / - / - / -..-;Example School / - / - / -..-",
        "EDUCATION\\nExample Higher Secondary School, Chennai - SSLC|Example Higher Secondary School / SSLC / - / -..-",
        // a connector inside a school's name keeps it whole
        "Bildungsweg\\n2015  Abitur, Gymnasium am Beispielplatz|Gymnasium am Beispielplatz / Abitur / - / -..-",
        "EDUCATION\\nM.S. in Physics, University of Example at Springfield|University of Example at Springfield / M.S. in Physics / Physics / -..-",
        // a dated school above its certificate, after a degree-first entry
        "Schulische und berufliche Ausbildung\\n09/2010 – 06/2013\\nAusbildung zum Fachinformatiker\\nBeispiel AG, Köln\\n2007 – 2010\\n"
                + "Realschule Beispielstadt\\nMittlere Reife|Beispiel AG, Köln / Ausbildung zum Fachinformatiker / - / 2010-09..2013-06;"
                + "Realschule Beispielstadt / Mittlere Reife / - / 2007..2010",
        // a degree named in a sentence of the section
        "Education\\nExample University, New Brunswick\\nJunior pursuing a Bachelor of Science in Computer Science, Expected Graduation: May 2015."
                + "|Example University / Bachelor of Science in Computer Science / Computer Science / -..-",
        "EDUCATION\\n• 2002: completed Master of Laws from University of Example, with a thesis on contract law and mediation practice."
                + "|University of Example / Master of Laws / Laws / -..-",
        // a table's header row names no school and no degree
        "EDUCATION\\nExamination/Degree\tInstitute/Board\tYear\\nB.Tech\tExample Institute of Technology\t2015"
                + "|Example Institute of Technology / B.Tech / - / -..-",
        // a bootcamp is a course, not a degree
        "EDUCATION\\nExample Extension, Berkeley, CA - Full Stack Coding Bootcamp\\n06/2021 to 11/2021|",
        // lower-case degree codes and an institution named a group of institutions
        "EDUCATION\\nb.tech in computer science\\nexample group of institution - Noida|example group of institution / b.tech in computer science / computer science / -..-"})
    void entriesAreAssembledInAnyOrder(String text, String expected) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        List<EducationExtractor.Entry> entries = EducationExtractor.extract(t, Sections.of(t), DateParser.ranges(t.text()));
        assertEquals(expected == null ? "" : expected, entries.stream().map(EducationExtractorTest::describe).collect(Collectors.joining(";")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "B.S. in Computer Science|Computer Science", "Master's degree, Software Engineering|Software Engineering",
        "Bachelor of Science|-", "Licence en informatique|informatique", "B.E. (Information Science)|Information Science", "MBA|-", "PhD Physics|Physics", "High School Diploma|-"})
    void theFieldFollowsTheLevel(String degree, String field) {
        assertEquals(field, EducationExtractor.fieldOf(degree));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BE|true", "be|false", "B.Tech|true", "Licenciatura en Derecho|true", "Máster en IA|true", "学士（工学）|true", "석사|true",
        "Doctorado|true", "Associate of Arts|true", "GRUPO ESCOLAR MA. GUZMAN|false", "Software Engineer|false",
        // degree codes in any case, with dots, spaces or hyphens
        "B-TECH|true", "b.tech in computer science|true", "B. Tech|true", "Bsc|true", "MCA in Computer Applications|true",
        "B.Com|true", "PGDM in Marketing|true", "LL.B Honours|true", "M.ED|true", "Ed.D., Educational Finance|true", "HSC|true",
        "BTEC HNC|true", "Mecs|false",
        // spaced Latin abbreviations, vocational and school-leaving certificates, "Graduate in"
        "M. Eng. Maschinenbau|true", "M. Tech. Civil|true", "Berufsausbildung zum Fachinformatiker|true", "IT-Systemelektroniker|true",
        "Allgemeine Hochschulreife|true", "Bac S|true", "Bac+5 Informatique|true", "Tecnicatura en Programación|true",
        "Graduate in Commerce|true", "Post graduate in commerce|true", "Senior Secondary (XII)|true", "10th Standard|true",
        "Graduate Assistant|false", "M. Smith|false", "Examination/Degree|false", "Degree|false", "Certificate|false", "Computer Science|false", "Technical Lead|false", "Communication skills|false"})
    void degreeLevelsInSixLanguages(String segment, boolean degree) {
        assertEquals(degree, EducationExtractor.isDegree(segment), segment);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Example University (Rolla|Example University", "May|-", "Summer|-", "Expected|-", "University of Maryland|University of Maryland",
        "Instituto Ejemplo (ITE)|Instituto Ejemplo (ITE)"})
    void institutionsAreTidied(String name, String tidy) {
        assertEquals(tidy, EducationExtractor.tidyInstitution(name));
    }

    private static String describe(EducationExtractor.Entry e) {
        return e.institution() + " / " + dash(e.degree()) + " / " + dash(e.field()) + " / " + dash(e.start()) + ".." + dash(e.end());
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
