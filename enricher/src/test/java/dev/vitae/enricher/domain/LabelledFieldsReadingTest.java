package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledFieldsReadingTest {
    private final RoleReading reading = new LabelledFieldsReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "## Acme Inc.\\n- **Title:** Backend Engineer\\n- **Period:** 2019-04 – 2022-03 >> Backend Engineer >> Acme Inc. >> 2019-04 >> 2022-03",
        "Company: Globex\\nPosition: Data Analyst\\nStart: 2018-01\\nEnd: Present >> Data Analyst >> Globex >> 2018-01 >> present",
        "| Company | Initech |\\n| Role | QA Lead |\\n| Term | 2015.04 ~ 2017.03 |\\n >> QA Lead >> Initech >> 2015-04 >> 2017-03",
        "会社名：株式会社ABC\\n役職：リードエンジニア\\n期間：2020年4月～現在 >> リードエンジニア >> 株式会社ABC >> 2020-04 >> present",
        "회사명: 우아한형제들\\n직책: 백엔드 개발자\\n재직 기간: 2019.03 ~ 2021.08 >> 백엔드 개발자 >> 우아한형제들 >> 2019-03 >> 2021-08",
        // a PDF joins field lines into one and drops the heading's mark: the line above names the employer
        "Umbrella Inc.\\nType: Permanent End: September 30, 2024 Start: April 1, 2019 Title: Platform Engineer >> Platform Engineer >> Umbrella Inc. >> 2019-04-01 >> 2024-09-30",
        "Company: Globex Position: Data Analyst Period: 2018-01 – Present >> Data Analyst >> Globex >> 2018-01 >> present",
        "会社名：株式会社ABC 役職：リードエンジニア 期間：2020年4月～現在 >> リードエンジニア >> 株式会社ABC >> 2020-04 >> present"})
    void fieldsFormARole(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    @Test
    void aPeriodAndTeamUnderACompanyHeadingIsAProject() {
        List<FoundEntry> found = RoleReadingTables.read(reading,
                "## Acme Inc.\\nTitle: Engineer\\nPeriod: 2019-01 - 2021-12\\n### Payments platform\\nPeriod: 2020-01 - 2020-06\\nTeam size: 5");
        assertEquals(2, found.size(), found.toString());
        FoundProject p = (FoundProject) found.stream().filter(e -> e instanceof FoundProject).findFirst().orElseThrow();
        assertInstanceOf(FoundRole.class, found.stream().filter(e -> e != p).findFirst().orElseThrow());
        assertEquals("Payments platform", p.name());
        assertEquals(5, p.teamSize());
        assertEquals("2020-01", p.start().toString());
    }

    @Test
    void claimsTheLinesItReads() {
        RoleClaims claims = new RoleClaims();
        reading.read(RoleContext.of("Company: Globex\nPosition: Data Analyst\n\nSomething else"), claims);
        assertEquals("labelled-fields", claims.claimedBy(0));
        assertEquals("labelled-fields", claims.claimedBy(1));
        assertEquals(null, claims.claimedBy(3));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // several known labels on one line: each value runs to the next label
        "Start: April 1, 2019 End: September 30, 2024 >> start=April 1, 2019; end=September 30, 2024",
        "Type: Permanent Project Start: 2019-04 Team Size: 8 >> start=2019-04; team size=8",
        // an unknown label with a colon inside a value stays in the value
        "Title: Lead Note: hired twice Period: 2019 – 2021 >> title=Lead Note: hired twice; period=2019 – 2021",
        // one known label, a line that does not open with a label, a URL: not several fields
        "Title: Engineer at https://example.com >> ",
        "Built it. Start: 2019 End: 2020 >> "})
    void oneLineMayHoldSeveralFields(String line, String expected) {
        ResumeText t = new ResumeText(line);
        String got = String.join("; ", Fields.parseSeveral(t.lines().get(0)).stream().map(f -> f.label() + "=" + f.value()).toList());
        assertEquals(expected == null ? "" : expected, got, line);
    }
}
