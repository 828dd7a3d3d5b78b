package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WORK EXPERIENCE|EXPERIENCE",
        "Berufliche Stationen|EXPERIENCE",
        "PRÁCTICAS|EXPERIENCE",
        "근무 경력|EXPERIENCE",
        "Perfil Profesional|SUMMARY",
        "À propos|SUMMARY",
        "주요 프로젝트|PROJECTS",
        "Cursos|CERTIFICATIONS",
        "Career Experience/Job History|EXPERIENCE",
        "Marketing Related Experience|EXPERIENCE",   // "<kind of> Experience"
        "RETAIL EXPERIENCE|EXPERIENCE",
        "Teaching Experience|EXPERIENCE",
        "PROJECT EXPERIENCE|PROJECTS",
        "Academic Qualifications|EDUCATION",
        "EDUCATIONAL QUALIFICATIONS|EDUCATION",
        "Computer Skills|SKILLS",
        "Career Objective|SUMMARY",
        "Summary of Qualification|SUMMARY",
        "Certifications/Licenses|CERTIFICATIONS",
        // qualified and compound headings, classified by their head word
        "Computer Engineering Experience|EXPERIENCE",
        "Leadership and Work Experience|EXPERIENCE",
        "Professional Positions|EXPERIENCE",
        "Arbeitserfahrung|EXPERIENCE",
        "Berufliche Tätigkeiten|EXPERIENCE",
        "Beruflicher Werdegang|EXPERIENCE",
        "Schulischer Werdegang|EDUCATION",
        "Hochschulbildung|EDUCATION",
        "IT-Kenntnisse und Fähigkeiten|SKILLS",
        "Experiencia de Trabajo|EXPERIENCE",
        "EXPERIENCIA DE TRABAJO|EXPERIENCE",
        "Trayectoria académica|EDUCATION",
        "Expériences en entreprise|EXPERIENCE",
        "Parcours scolaire|EDUCATION",
        "💼 Expérience Professionnelle|EXPERIENCE",
        "■ 職務経歴|EXPERIENCE",
        "学歴・職歴|EXPERIENCE",
        "주요 경력|EXPERIENCE",
        "Technical Projects|PROJECTS",
        "1. Berufserfahrung|EXPERIENCE",
        "主な職歴|EXPERIENCE",
        "職務履歴|EXPERIENCE",
        "Skills & Tools|SKILLS",
        // compounds take their strongest part's kind; companion words may be listed with a section name
        "EDUCATION & CREDENTIALS|EDUCATION",
        "EDUCATION & TRAINING|EDUCATION",
        "EDUCATION AND QUALIFICATIONS:|EDUCATION",
        "Education and Work Experience|EXPERIENCE",
        "Awards & Education|EDUCATION",
        "Skills and Interests|SKILLS",
        "SKILLS & QUALIFICATIONS|SKILLS",   // "Qualifications" alone names education, listed it is a companion
        "Work History & Training|EXPERIENCE",
        "EDUCATION & CERTIFICATION|EDUCATION",
        "EDUCATION & LICENSURE|EDUCATION",
        "EDUCATIONAL & PROFESSIONAL DEVELOPMENT|EDUCATION",   // a qualifier sharing the next part's head word
        "Educational and professional qualifications:|EDUCATION",
        "5. Academic Studies:|EDUCATION",
        "Ausbildung und Weiterbildung|EDUCATION",
        "Formation et distinctions|EDUCATION",
        "Educación y cursos|EDUCATION",
        "학력 및 자격|EDUCATION",
        "学歴・免許|EDUCATION",
        // a companion or head word qualified as schooling
        "ACADEMIC CREDENTIALS|EDUCATION",
        "Academic Degrees|EDUCATION",
        "Academic History:|EDUCATION",
        "Educational Qualification :|EDUCATION",
        "Parcours universitaire|EDUCATION",
        // education headings in each language's own wording
        "Schulische und berufliche Ausbildung|EDUCATION",
        "Cursus universitaire|EDUCATION",
        "Preparación académica|EDUCATION",
        "最終学歴|EDUCATION",
        "최종 학력|EDUCATION",
        "Academic Record|EDUCATION"})
    void headingsNameTheirSection(String heading, SectionKind kind) {
        assertEquals(kind, Sections.kindOf(heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hands-on experience",             // a phrase, not a heading
        "5 Years Experience",
        "Experience in Cloud Technologies",
        "Software Engineer",
        "Some Very Long Named Area Experience",
        "Experiencia con Python y Django",
        "Leadership and work experience at Acme Corp",
        "Hands-on employment",
        "Customer Experience Manager",
        "Tätigkeiten im Bereich Vertrieb",
        "총 경력 4년 6개월",
        "職務経歴書",                      // the document's title
        "参画プロジェクト",                  // a job's projects: inside the job
        "Sabbatical/ Weiterbildung",       // a role: not every listed part names a section
        "SQL:       Grundkenntnisse",
        "HCL Technologies",
        "Master of Liberal Studies (2000)",
        "skills.",
        "Awards & Honors",                 // companion words only
        "Academic & Professional",
        "Training",
        "Education and research at MIT",
        "Academic Advisor",
        "P ROFE SSI ONAL D EVELOPMENT",    // letter-spaced, but no section name when joined
        "C++ Skills and Go"})
    void phrasesAreNotHeadings(String heading) {
        assertNull(Sections.kindOf(heading));
    }

    /** Under a heading the lexicon does not list, an experience section is still an experience section. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Arbeitserfahrung\\n================|EXPERIENCE",
        "Work History Highlights\\n-----------------------|OTHER",
        "Leadership and Work Experience\\n---|EXPERIENCE",
        "## Computer Engineering Experience|EXPERIENCE",
        "## Experiencia de Trabajo|EXPERIENCE",
        "COMPUTER ENGINEERING EXPERIENCE|EXPERIENCE",
        "Arbeitserfahrung|EXPERIENCE",      // a guessed heading with an entry's dates right after it
        "Experience\\nConsultant\\n4/1/2009 - 7/1/2014\\nGrander Education|EXPERIENCE",
        "Employment History\\nHigher Education|EXPERIENCE",  // a sector under the heading
        "Experience\\nAcme\\nSelected Technology Projects:|EXPERIENCE",  // an organization after its dates, not a heading
        "EDUCATION AND QUALIFICATIONS:|EDUCATION",  // a compound of names is a name: its colon does not make it a label
        "Academic History:|EDUCATION",
        "E D U C A T I O N|EDUCATION",              // a PDF's letter-spaced heading
        "P ROFE SSI ONAL E XPER IENCE|EXPERIENCE",
        "E XPERIENCE|EXPERIENCE"})
    void sectionsOpenUnderClassifiedHeadings(String heading, SectionKind kind) {
        String text = "Jane Doe\njane@example.com\n\nSkills\nJava, SQL\n\n" + heading.replace("\\n", "\n") + "\nAcme Corp — Engineer, 2019 – 2021\n";
        ResumeText t = new ResumeText(text);
        java.util.List<Sections.Section> sections = Sections.of(t);
        assertEquals(kind, Sections.kindAt(sections, t.text().indexOf("Acme")), sections.toString());
    }
}
