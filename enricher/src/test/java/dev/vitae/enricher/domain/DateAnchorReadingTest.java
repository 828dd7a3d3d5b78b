package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnchorReadingTest {
    private final RoleReading reading = new DateAnchorReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        // header on the date's line
        "EXPERIENCE\\nSenior Engineer | Acme Inc. | Berlin | Jan 2020 – Present >> Senior Engineer >> Acme Inc. >> 2020-01 >> present",
        "Experience\\nSoftware Engineer at Google    2018 – 2020 >> Software Engineer >> Google >> 2018 >> 2020",
        // header lines above the dates
        "Work Experience\\nStripe — Staff Engineer\\nMar 2019 - Feb 2023\\n- Built payments >> Staff Engineer >> Stripe >> 2019-03 >> 2023-02",
        "Experience\\nData Scientist\\nGlobex Corporation\\n2016 – 2018 >> Data Scientist >> Globex Corporation >> 2016 >> 2018",
        // title and employer below the date
        // Indeed: title, organization with place, dates, one blank line between each
        "WORK EXPERIENCE\\n\\nTechnical Support Engineer\\n\\nSAP -  Bengaluru, Karnataka -\\n\\nNovember 2017 to February 2018 >> Technical Support Engineer >> SAP >> 2017-11 >> 2018-02",
        "WORK EXPERIENCE\\n\\nMule Soft Team Lead\\n\\nCisco Systems -  San Jose, CA -\\n\\nJune 2016 to March 2017 >> Mule Soft Team Lead >> Cisco Systems >> 2016-06 >> 2017-03",
        "WORK EXPERIENCE\\n\\nFront Office Executive\\n\\nMicrosoft iGTSC -  Bangalore Urban, Karnataka\\n\\nJune 2016 to July 2017 >> Front Office Executive >> Microsoft iGTSC >> 2016-06 >> 2017-07",
        "WORK EXPERIENCE\\n\\nApp develop\\n\\nMicrosoft -\\n\\nAugust 2016 to Present >> App develop >> Microsoft >> 2016-08 >> present",
        // the role's length printed under its dates is no header line: the title below it is
        "경력\\n2021.05 - 2022.07 하늘소프트\\n1년 3개월\\n플랫폼팀/사원\\n- 결제 시스템 개발 >> 플랫폼팀/사원 >> 하늘소프트 >> 2021-05 >> 2022-07",
        "Experience\\nJan 2019 – Mar 2021  Globex Corporation\\n2 years 3 months\\nData Analyst >> Data Analyst >> Globex Corporation >> 2019-01 >> 2021-03",
        // trailing separators come off the names
        "Experience\\nStaff Engineer · Fenwick Health · 2019 – 2022 >> Staff Engineer >> Fenwick Health >> 2019 >> 2022",
        "Experience\\nFenwick Health —\\nStaff Engineer |\\n2019 – 2022 >> Staff Engineer >> Fenwick Health >> 2019 >> 2022",
        // a parenthesis qualifies the title when the employer stands beside it; alone, or with a legal form, it is the employer
        "Experience\\nTechnical Consultant (NetSuite Systems & Integrations)| Trilogy, Remote - Austin, Texas   Feb 2020 – June 2021 >> Technical Consultant (NetSuite Systems & Integrations) >> Trilogy >> 2020-02 >> 2021-06",
        "Experience\\nEngineer (Umbrella Systems)   2019 – 2021 >> Engineer >> Umbrella Systems >> 2019 >> 2021",
        "Experience\\nEngineer (Initech GmbH) | Berlin   2019 – 2021 >> Engineer >> Initech GmbH >> 2019 >> 2021",
        // title and employer in one fragment (a PDF joined their lines): split where the title words end or the legal form does
        "Experience\\nSoftware Engineer Globex Corporation, Austin, TX June 2016 – February 2019 >> Software Engineer >> Globex Corporation >> 2016-06 >> 2019-02",
        "Berufserfahrung\\nData Engineerin Hapag-Lloyd AG 01/2017 – 03/2021 >> Data Engineerin >> Hapag-Lloyd AG >> 2017-01 >> 2021-03",
        "職務経歴\\n株式会社サイバーエージェント サーバーサイドエンジニア 2015年4月～2019年3月 >> サーバーサイドエンジニア >> 株式会社サイバーエージェント >> 2015-04 >> 2019-03",
        // a title beside its own fragment keeps the employer whole
        "Experience\\nLead | Engineering Systems Inc. | 2019 – 2021 >> Lead >> Engineering Systems Inc. >> 2019 >> 2021",
        // a page that sets a blank line after every line: the employer below the dates, past one blank
        "EXPERIENCIA\\n\\nCientífico de Datos Junior Jan 2026 – Present\\n\\nHolcim S.A., Nobsa\\n\\nDesarrollo de modelos de IA. >> Científico de Datos Junior >> Holcim S.A. >> 2026-01 >> present",
        "Experience\\n\\nUmbrella Inc. Jan 2020 – Dec 2021\\n\\nProject: Ledger rebuild\\n\\nBuilt it. >> - >> Umbrella Inc. >> 2020-01 >> 2021-12",
        // a date alone, the title below it, a blank line, then the employer: named in capitals before its place, or by its legal form
        "EXPERIENCIA LABORAL\\nJun 2021 – jun 2023\\nASISTENTE ADMINISTRATIVO\\n\\nCONDOMINIO OASIS EL MORRO Barcelona. Edo. Anz.\\nGestión eficiente del sistema de condominio."
                + " >> ASISTENTE ADMINISTRATIVO >> CONDOMINIO OASIS EL MORRO >> 2021-06 >> 2023-06",
        "Experience\\nJun 2021 – Jun 2023\\nAccount Analyst\\n\\nHarbor Logistics GmbH\\nManaged the ledger for three regions. >> Account Analyst >> Harbor Logistics GmbH >> 2021-06 >> 2023-06",
        // a sentence after the blank is the description, not the employer
        "Experience\\nJun 2021 – Jun 2023\\nAccount Analyst\\n\\nManaged the ledger for three regions. >> Account Analyst >> - >> 2021-06 >> 2023-06",
        // the kind of contract leading the employer's line is neither title nor employer: the title is the line below
        "EXPÉRIENCES PRO\\nMars 2020 - Juin 2021\\nMission - Norvane pour Belcourt Avionique, Toulouse\\nDéveloppeur (Rust)\\n- Travail sur un banc de test"
                + " >> Développeur >> Norvane pour Belcourt Avionique >> 2020-03 >> 2021-06",
        "EXPÉRIENCES PRO\\nMars 2018 - Juin 2019\\nStage & CDI - QLN / Marest, Lyon\\nDéveloppeur back-end\\n- Migration >> Développeur back-end >> QLN >> 2018-03 >> 2019-06",
        // a Spanish post named on the date's line, the employer below it past a blank line
        "EXPERIENCIA\\n\\nAuxiliar de Desarrollo May 2025 – Dec 2025\\n\\nTORVA DATOS, Tunja\\n\\nCorrección de modelos. >> Auxiliar de Desarrollo >> TORVA DATOS >> 2025-05 >> 2025-12",
        "EXPERIENCIA\\n\\nPracticante May 2024 – Nov 2024\\n\\nCEMENTOS ANDAR S.A., Nobsa\\n\\nAutomatización de datos. >> Practicante >> CEMENTOS ANDAR S.A. >> 2024-05 >> 2024-11",
        // a header in capitals: its closing period ends an abbreviation; leading title words, then the employer
        "EXPERIENCIA LABORAL\\nJul 1995 – Feb 2001\\nANALISTA PROGRAMADOR PUERTOS DEL SUR, SA.\\n\\n Cumaná. Edo. Suc.\\nAnálisis y diseño de programas."
                + " >> ANALISTA PROGRAMADOR >> PUERTOS DEL SUR >> 1995-07 >> 2001-02",
        "EXPERIENCIA LABORAL\\nJun 2004 – Ago 2006\\nDESARROLLADOR JR. EMPRESAS NORTEMAR\\n\\n Cumaná. Edo. Suc.\\nManejo de base de datos."
                + " >> DESARROLLADOR JR. >> EMPRESAS NORTEMAR >> 2004-06 >> 2006-08",
        // a title in capitals, a blank line, then a short name wholly in capitals
        "EXPERIENCIA LABORAL\\nNov 1990 – Abr 1991\\nPROGRAMADOR.\\n\\nTECNIVEN CA.\\n\\n Cumaná. Edo. Suc. >> PROGRAMADOR. >> TECNIVEN CA. >> 1990-11 >> 1991-04",
        // a title in capitals that runs on past a joiner stays whole
        "EXPERIENCIA LABORAL\\nJun 2021 – Jun 2023\\nJEFE DE SISTEMAS\\n\\nGRUPO ARVELO Cumaná. Edo. Suc. >> JEFE DE SISTEMAS >> GRUPO ARVELO >> 2021-06 >> 2023-06",
        // a range wrapped over two lines: the rest of its last line belongs to the header
        "Experience\\nAcme Inc. | 2018 –\\n2021 | Software Engineer\\n- Shipped things >> Software Engineer >> Acme Inc. >> 2018 >> 2021",
        "Experience\\nStaff Engineer | Initech | May 2021 –\\nPresent\\n• Built a Flink job >> Staff Engineer >> Initech >> 2021-05 >> present",
        "Berufserfahrung\\nseit 03/2020\\nSenior Softwareentwickler\\nSiemens AG >> Senior Softwareentwickler >> Siemens AG >> 2020-03 >> present",
        // a city with its state or province is the place, never the employer: the employer is the line above it
        "EXPERIENCE:\\nSessums Black Caballero Ficarrotta, PA\\nTampa, Florida\\nParalegal (2013 – present) >> Paralegal >> Sessums Black Caballero Ficarrotta >> 2013 >> present",
        "Experience\\nThe Solomon Law Group, PA\\nTampa, Florida\\nParalegal Supervisor (2006 – 2013) >> Paralegal Supervisor >> The Solomon Law Group >> 2006 >> 2013",
        // a name and its place that a PDF set in one line is no place line: the name is the employer
        "Work Experience\\nGroupon Chicago, IL\\nData Engineer Aug 2017 – Apr 2021 >> Data Engineer >> Groupon >> 2017-08 >> 2021-04",
        // before "City, Region" stands the employer; a month left beside a year is no name
        "Experience\\n2011 to Present\\nBlentech, Santa Rosa, California\\nSupervisor/CNC Programmer >> Supervisor/CNC Programmer >> Blentech >> 2011 >> present",
        "Experience\\nEducation Administrator\\nSt. Patrick School, Chicago, IL\\nOctober 2014 - Present >> Education Administrator >> St. Patrick School >> 2014-10 >> present",
        "Experience\\nTest Automation Developer\\nNetSpend, Austin, Texas\\nNovember, 2014-present >> Test Automation Developer >> NetSpend >> 2014 >> present",
        // title, employer and place in one comma list; a place of two fragments ends it
        "Experience\\n2008-2009\\nEnglish Teacher, Castle View School, Sunderland >> English Teacher >> Castle View School >> 2008 >> 2009",
        "Experience\\nLead Counselor, Cleveland Clinic Summer Treatment Program, South Euclid, OH June 2014 - Present >> Lead Counselor >> Cleveland Clinic Summer Treatment Program >> 2014-06 >> present",
        // a sentence a flattened export set on its own line is no header: the header is below the dates
        "Experience\\nPromoted to team leader due to excellent feedback from clients\\nDec 2013 – Feb 2014\\nMarketing Assistant, Salvation Army, Melbourne >> Marketing Assistant >> Salvation Army >> 2013-12 >> 2014-02",
        // " -- " and " / " separate; a parenthesis cut by a split loses its dangling bracket
        "Experience\\nIVORY SYSTEMS -- Drupal Architect/Developer (consultant at Kyocera), October 2012 – February 2013 >> Drupal Architect/Developer >> IVORY SYSTEMS >> 2012-10 >> 2013-02",
        "Experience\\nJun - Sept 2009\\nIntern engineer / SII, Rennes >> Intern engineer >> SII >> 2009-06 >> 2009-09",
        // a title as the label of its employer; an employer glued to its dash before "City, ST"
        "Experience\\n2009 – 2011\\nTeacher Assistant and Integration Aide: Smithville Primary School >> Teacher Assistant and Integration Aide >> Smithville Primary School >> 2009 >> 2011",
        "EXPERIENCE\\nCLEARWIRE- Kansas City, MO\\nSales & Marketing Intern\\nSummer 2014 – Fall 2014 >> Sales & Marketing Intern >> CLEARWIRE >> 2014-06 >> 2014-11",
        // a member or a volunteer is a title, not an employer
        "Experience\\nSeptember 2013 – present\\nBoard Member\\nNofas AS >> Board Member >> Nofas AS >> 2013-09 >> present",
        // a city's name alone on its line is the place
        "WORK EXPERIENCE\\nManufacturing Company\\nCoventry\\nMARKETING ASSISTANT\\nJune 2008 - Present >> MARKETING ASSISTANT >> Manufacturing Company >> 2008-06 >> present",
        // a name headed by an organization noun stays the organization though a title word sits inside it
        "Experience\\nTutor, August 2015-August 2016\\nCenter for Teacher Education, Normal, Illinois >> Tutor >> Center for Teacher Education >> 2015-08 >> 2016-08",
        "Experience\\nJuly 2012 - Present\\nAlumni Sharing Knowledge Program, University of Virginia\\nAlumni Career Mentor >> Alumni Career Mentor >> Alumni Sharing Knowledge Program >> 2012-07 >> present",
        // a legal form split off its name, a number, a phone number are no organization
        "PROFESSIONAL EXPERIENCE\\nCOMPANY, INC., City, ST 2007-Present >> - >> COMPANY >> 2007 >> present",
        "Experience\\nAnalyst\\nTel: (123)345-7890\\n2012 – 2014 >> Analyst >> - >> 2012 >> 2014"})
    void theDatesAnchorAHeader(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @Test
    void everyRoleOfAChronologicalListIsKept() {
        // The middle role's header lacks a title word, so it looks below its dates: the lines there
        // head the last role and must stay with it.
        List<FoundEntry> found = RoleReadingTables.read(reading, "EXPERIENCE\\nSenior Engineer\\nInitech, Austin, TX\\nJan 2020 – Present"
                + "\\n- Shipped things\\nGlobex Corporation\\nJan 2017 – Dec 2019\\nQuality Lead\\nUmbrella Inc.\\nMar 2015 – Dec 2016\\n- Reports");
        assertEquals(List.of("Initech", "Globex Corporation", "Umbrella Inc."), found.stream().map(e -> ((FoundRole) e).organization()).toList(), found.toString());
        assertEquals(List.of("Initech", "Globex Corporation", "Umbrella Inc."),
                found.stream().map(e -> ((FoundRole) e).organization()).toList());
        assertEquals("Quality Lead", ((FoundRole) found.get(2)).title());
    }

    @Test
    void aSectionThatPutsItsDatesFirstReadsEachHeaderBelowItsDates() {
        // The first dates stand alone right under the heading, their header below: from then on the
        // lines above a date alone end the previous entry, and the lines below it (though they lead
        // to the next date) are its header.
        List<FoundEntry> found = RoleReadingTables.read(reading, "EMPLOYMENT\\n1987 – 2007\\nLaw Offices of Eleanor Southers\\nPersonal Injury, Workers Compensation"
                + "\\n1982 – 1987\\nLaw Offices of Gary Eisenberg\\nLaw Clerk and Attorney\\nPersonal Injury. Litigation"
                + "\\n1980 – 1982\\nLaw Offices of Brown and Kivo\\nLaw Clerk");
        assertEquals(List.of("Law Offices of Eleanor Southers", "Law Offices of Gary Eisenberg", "Law Offices of Brown and Kivo"),
                found.stream().map(e -> ((FoundRole) e).organization()).toList(), found.toString());
        assertEquals("Law Clerk and Attorney", ((FoundRole) found.get(1)).title());
    }

    /**
     * Each row: an experience section ("\\n" for line breaks) and its roles as title@organization, "|"
     * between. A section whose entries open their first line with the dates reads each header beside
     * and below its dates, never the description above; a comma stays in the title when the line
     * below names the employer by its legal form.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " >> ", value = {
        "Berufserfahrung\\n02/2022 – heute IT Specialist\\nNordwerk GmbH\\nTätigkeiten: Beratung und Unterstützung bei\\nvon Hybriden Cloud Architekturen"
                + "\\n09/2019 – 01/2022 Platform Engineer\\nKargo Logistik GmbH\\nTätigkeiten: Betrieb >> IT Specialist@Nordwerk GmbH|Platform Engineer@Kargo Logistik GmbH",
        "Berufserfahrung\\n08/2012 – 03/2014 Offering Manager, Technical Support Services\\nNordwerk Services GmbH\\nTätigkeiten: Controlling"
                + " >> Offering Manager, Technical Support Services@Nordwerk Services GmbH",
        // no legal form below: the comma parts the title from the employer
        "Experience\\n2019 – 2021 Engineer, Umbrella Systems\\nBuilt the billing service >> Engineer@Umbrella Systems",
        // the first entry still reads an employer above its dates
        "Experience\\nAcme Corp\\n2019 – 2021 Senior Engineer\\n- Built the billing service >> Senior Engineer@Acme Corp",
        // the line under an entry (past its length) is its title, even with a date alone below it
        "경력\\n2021.05 - 2022.07 하늘소프트\\n1년 3개월\\n플랫폼팀/사원\\n- 결제 개발\\n2022.07 - 2023.11 (주)바다랩\\n1년 5개월\\n서비스개발실/사원\\n2023.11 - 2024.03\\n0년 5개월"
                + " >> 플랫폼팀/사원@하늘소프트|서비스개발실/사원@(주)바다랩",
    })
    void aSectionWhoseEntriesLeadWithTheirDatesReadsBesideAndBelowThem(String text, String roles) {
        List<FoundEntry> found = RoleReadingTables.read(reading, text);
        assertEquals(List.of(roles.split("\\|")), found.stream().map(e -> ((FoundRole) e).title() + "@" + ((FoundRole) e).organization()).toList());
    }

    @Test
    void datesInAProjectsSectionAnchorProjects() {
        assertInstanceOf(FoundProject.class,
                RoleReadingTables.read(reading, "Projects\\nSearch revamp | Tech Lead | 2021-01 – 2021-09").get(0));
    }

    /** Each row: a text, then the kind of each entry it anchors ("role" / "project"), "|" between. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " >> ", value = {
        // a table whose header row names the project and the period: its rows are projects, even in the experience section
        "職務経歴\\n会社名 時期 役割\\n株式会社サンプル 2023/01 - 現在 QAエンジニア\\n\\n参画案件\\nプロジェクト 期間 役割 チーム人数\\n\\n在庫管理アプリ 2024/08-現在 QAメンバー 12名"
                + "\\n決済基盤 2023/02-2024/06 QAメンバー 8名 >> role|project|project",
        "경력\\n프로젝트 기간 역할\\n주문 시스템 2022.01 - 2022.12 백엔드 개발 >> project",
        // a header row naming the company first is a list of jobs
        "Experience\\nCompany Period Role\\nUmbrella Inc. 2019 – 2021 Engineer >> role"})
    void rowsUnderProjectColumnsAreProjects(String text, String kinds) {
        assertEquals(List.of(kinds.split("\\|")), RoleReadingTables.read(reading, text).stream()
                .map(e -> e instanceof FoundProject ? "project" : "role").toList());
    }

    @Test
    void datesInEducationAnchorNothing() {
        assertTrue(RoleReadingTables.read(reading, "Experience\\nAcme Inc. 2019 – 2020\\nEducation\\nMIT, BSc Physics 2012 – 2016")
                .stream().allMatch(e -> e.start().year() == 2019));
    }

    @Test
    void aClaimedLineIsNotReadAgain() {
        RoleContext context = RoleContext.of("Experience\nSenior Engineer | Acme Inc. | Jan 2020 – Present");
        RoleClaims claims = new RoleClaims();
        claims.claim(1, new LabelledFieldsReading());
        assertTrue(reading.read(context, claims).isEmpty());
    }
}
