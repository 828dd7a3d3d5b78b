package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vitae.schemas.LayoutBox;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.LayoutPage;
import dev.vitae.schemas.TextLayout;
import java.util.ArrayList;
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
        // more labels: 社名 / 職位 / 在職期間, 근무처 / 직무 / 입사일 / 퇴사일, Compañía / Rol / Desde / Hasta
        "社名：株式会社サンプル\\n職位：主任\\n在職期間：2016年4月～2020年3月 >> 主任 >> 株式会社サンプル >> 2016-04 >> 2020-03",
        "근무처: 하늘소프트\\n직무: 백엔드 개발\\n입사일: 2018.02\\n퇴사일: 2020.07 >> 백엔드 개발 >> 하늘소프트 >> 2018-02 >> 2020-07",
        "Compañía: Torva Datos\\nRol: Analista\\nDesde: 2017-05\\nHasta: 2019-11 >> Analista >> Torva Datos >> 2017-05 >> 2019-11",
        // a PDF joins field lines into one and drops the heading's mark: the line above names the employer
        "Umbrella Inc.\\nType: Permanent End: September 30, 2024 Start: April 1, 2019 Title: Platform Engineer >> Platform Engineer >> Umbrella Inc. >> 2019-04-01 >> 2024-09-30",
        "Company: Globex Position: Data Analyst Period: 2018-01 – Present >> Data Analyst >> Globex >> 2018-01 >> present",
        "会社名：株式会社ABC 役職：リードエンジニア 期間：2020年4月～現在 >> リードエンジニア >> 株式会社ABC >> 2020-04 >> present"})
    void fieldsFormARole(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }

    /**
     * A PDF wraps the last value of a field line: it goes on with the next line when the line ends at
     * the right margin and the next starts right below it, at its left edge, with no label of its own.
     * Each row: the width of the field line (the body line below is 450 wide, the margin), how far
     * below it the next line sits (points; "-" for a text file, no layout), the next line, the title.
     */
    @ParameterizedTest(name = "{0} wide, next {1} below: {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // wrapped at the margin, the next line right below: one value
        "440|14|Engineer (Backend)|CTO / Software Engineer (Backend)",
        // a short line ends its value where the author did
        "250|14|Engineer (Backend)|CTO / Software",
        // a paragraph gap: the next line starts something else
        "440|40|Engineer (Backend)|CTO / Software",
        // the next line is a field of its own
        "440|14|Location: Tokyo|CTO / Software",
        // a text file: its lines are as written
        "440|-|Engineer (Backend)|CTO / Software"})
    void aValueWrappedAtTheMarginGoesOnWithTheNextLine(int width, Integer below, String next, String title) {
        String[] lines = {"Umbrella Inc.", "Type: Permanent Start: April 1, 2019 Title: CTO / Software", next, "",
            "Built the billing platform that moved every invoice of the company to the new ledger."};
        int[][] boxes = {{72, 60, 150, 14}, {72, 80, width, 10}, {72, 80 + (below == null ? 0 : below), 100, 10}, null, {72, 150, 450, 10}};
        StringBuilder text = new StringBuilder();
        List<LayoutLine> layout = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (boxes[i] != null && below != null) {
                int[] b = boxes[i];
                layout.add(LayoutLine.newBuilder().setStart(text.length()).setLength(lines[i].length()).setPage(0).setColumn(0)
                        .setFontSize(i == 0 ? 140 : 100).setBold(i == 0).setItalic(false).setHeading(0)
                        .setBox(new LayoutBox(b[0], b[1], b[2], b[3])).build());
            }
            text.append(lines[i]).append('\n');
        }
        ResumeText t = new ResumeText(text.toString());
        TextLayout avro = layout.isEmpty() ? null
                : TextLayout.newBuilder().setPages(List.of(new LayoutPage(612, 792))).setLines(layout).setCells(List.of()).build();
        RoleContext context = RoleContext.of(t, Sections.of(t), DateParser.ranges(t.text()), "en", PageLayout.of(avro, t));
        FoundRole role = (FoundRole) reading.read(context, new RoleClaims()).get(0);
        assertEquals(title, role.title());
        assertEquals("Umbrella Inc.", role.organization());
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
        "Built it. Start: 2019 End: 2020 >> ",
        // after a bullet and a space the line still opens with a label; a bullet glued to the label is part of no label
        "- Start: 2019 End: 2020 >> start=2019; end=2020",
        "•Start: 2019 End: 2020 >> "})
    void oneLineMayHoldSeveralFields(String line, String expected) {
        ResumeText t = new ResumeText(line);
        String got = String.join("; ", Fields.parseSeveral(t.lines().get(0)).stream().map(f -> f.label() + "=" + f.value()).toList());
        assertEquals(expected == null ? "" : expected, got, line);
    }
}
