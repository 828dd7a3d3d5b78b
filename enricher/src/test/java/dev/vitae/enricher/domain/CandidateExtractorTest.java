package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.schemas.Candidate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The candidate's name and phones from where documents put them; "\n" separates lines. */
class CandidateExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jane Doe\\nSoftware Engineer\\njane@example.org|Jane Doe",
        "Jane\\nDoe\\nCONTACT\\njane@example.org|Jane Doe",
        "Dr. Jane\\nDoe\\nData Scientist|Jane Doe",
        // titles before and letters after a name are not part of it, in every language read
        "Curriculum Vitae\\nJane Marie Doe, Ed.D.\\n12 Example Road • Springfield, MD 21201|Jane Marie Doe",
        "John Smith, MBA, PMP\\njohn@example.org|John Smith",
        "Jane Doe PhD\\nResearch Scientist|Jane Doe",
        "Prof. Dr. Hans Beispiel\\nMusterstraße 1\\n10115 Berlin|Hans Beispiel",
        "Dr.-Ing. Hans Beispiel\\nMusterstraße 1|Hans Beispiel",
        "Ing. Pedro Ramírez\\nCaracas, Venezuela|Pedro Ramírez",
        "Lic. María Gómez\\nBogotá|María Gómez",
        "Mme Claire Exemple\\nParis|Claire Exemple",
        "John Smith Jr.\\njohn@example.org|John Smith Jr.",
        // a department or a heading above the name is neither the name nor a reason to miss it
        "AREA DE SISTEMAS\\n\tPedro Ramírez Gómez\\nDesarrollador de soluciones|Pedro Ramírez Gómez",
        "CAREER HIGHLIGHTS\\nAchieved record enrolment for three years|-",
        "Marital Status\\nSingle|-",
        "PERSONAL INFORMATION Jane Doe\\njane@example.org|Jane Doe",
        "Persönliche Daten\\nName, Vorname: Doe, Jane\\nGeburtsort: Beispielstadt|Jane Doe",
        "職務経歴書\\n2019年4月1日現在\\n氏名: 山田 太郎 (やまだ たろう)|山田 太郎",
        "Contact\\njane@example.org\\nTop Skills\\nJava\\nKotlin\\nSpring Boot\\nGradle\\nMaven\\nDocker\\nLinux\\nGit\\n\\nJane doe\\nSoftware Engineer at Example|Jane doe",
        "---\\nlayout: page\\n---\\n<div class=\"header\">\\n# Jane Doe\\n</div>|Jane Doe",
        "EDUCATION AND TRAINING\\nSample University|-",
        // a standard layout's own labels are no names (LayoutWords)
        "JOB APPLIED FOR\\nSample University|-",
        "Honors-Awards\\nBest Paper Award\\n\\nJane Roe\\nData Engineer at Example|Jane Roe",
        "# 職務要約\\n業務に従事してきました。\\n## Engineer（Example）\\n### 役割概要\\nデータ整合性を最優先とした設計を担当しました。|-",
        "Hardware Design Professional\\nBerlin|-",
        "<h1 style=\"margin: 0\">박지민 · Frontend Developer</h1>|-"})
    void theNameIsReadWhereDocumentsPutIt(String text, String name) {
        assertEquals(name, extract(text).getName());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", nullValues = "-", value = {
        // a header whose line breaks were lost: fields set apart by wide gaps
        "\"Jane Q Doe  Communications, Example University  E-mail: jane@example.org=>Jane Q Doe",
        "Jane Doe, MBA, PMP  12 Oak Drive | Springfield | jane@example.org=>Jane Doe",
        "Jane Doe 87 Some Example Street  Springfield, MO=>Jane Doe",
        "Jane Doe ESB Integration Developer - Example Systems\\nSpringfield=>Jane Doe",
        "Doe  338084 Tech Station, Atlanta, GA 30332  Email: jd@example.org=>Doe",
        "Doe Software Engineer  24 Robinson Road  Morris Plains, NJ=>Doe",
        "Curriculum Vitae    Jane Doe, ED.D.  7669 Chesterfield Road=>Jane Doe",
        "SAMPLE RESUME  BA Elementary Education, New Grad  Jane Doe 122 South Avenue=>Jane Doe",
        "Personal Particulars  Name:    Jane Doe    Address:    P.O. Box 1=>Jane Doe",
        "Jane Doe XXXXX\\nData Analyst=>Jane Doe",
        "Jane Doe. Heath\\nData Analyst=>Jane Doe",
        // ordinary words and the document's own names are no one's name
        "Strategic Planning\\nProject Management\\njane@example.org=>-",
        "EXTRA CURRICULAR ACTIVITIES\\nChess club=>-",
        "Music Producer Resume Template\\nExperience=>-",
        "YOUR NAME\\nAddress=>-",
        "First Name Last Name\\nAddress=>-",
        "Career Objective  Seeking a position  Summary=>-",
        "Marketing  12 years of experience=>-",
        "Musterweg 12  12345 Beispielstadt  Tel. : +49 511 26 222 26=>-",
        "Sample Entry Level Resume  Name  1118 N. Sunset Canyon Ave  Huntington Beach, CA 92648=>-",
        "Entry-Level Business Analyst - SAMPLE RESUME=>-",
        // a company above a headline, a CJK label (no heading marks left in a PDF)
        "Example Technology Inc.\\nTitle: CTO / Software Engineer=>-",
        "役割概要\\nデータ整合性を最優先とした設計を担当しました。=>-",
        "경력사항\\n2019.03 - 현재=>-",
        "山田 太郎\\n職務経歴書=>山田 太郎"})
    void aHeaderWithoutLineBreaksAndOrdinaryWords(String text, String name) {
        assertEquals(name, extract(text).getName());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {"<h1 style=\"margin: 0\">박지민 | Frontend Developer</h1>\\nSeoul=>박지민",
        "Jane Doe | Data Engineer=>Jane Doe"})
    void aNameBeforeABarIsRead(String text, String name) {
        assertEquals(name, extract(text).getName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jane Doe\\n+1 312–555–0123|+1 312–555–0123",
        "Jane Doe\\n555.010.4477|555.010.4477",
        "Jane Doe\\n05550104477 (Mobile)|05550104477",
        "Jane Doe\\n0555010447|0555010447",
        "Jane Doe\\nPhone 05550109988 1987|05550109988",
        "Jane Doe\\n03/2011–30/09/2011 Intern|''",
        "Jane Doe\\nEmployee ID 1234567890 issued|''"})
    void phonesWithAnyDashOrAlone(String text, String phones) {
        assertEquals(phones, String.join(",", extract(text).getPhones()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jane Doe\\nData Scientist\\n<<FILLER>>\\njane@example.org|jane@example.org"})
    void aContactBlockAfterTheHeadIsRead(String text, String email) {
        String filler = "Built models for forecasting demand across regions.\n".repeat(60);
        assertEquals(email, String.join(",", extract(text.replace("<<FILLER>>", filler)).getEmails()));
    }

    private static Candidate extract(String text) {
        return CandidateExtractor.extract(new ResumeText(text.replace("\\n", "\n")));
    }
}
