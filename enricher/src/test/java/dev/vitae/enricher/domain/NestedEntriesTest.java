package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NestedEntriesTest {

    /**
     * Each row: a résumé text ("\n" for line breaks); the proposed roles ("|" between), each as
     * {@code name/title/start/end} (title "-" for none, end "now" for current, "-" for none), its
     * header covering the name's first occurrence; and the names that become projects.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // sub-headings inside a role heading's period: what was done there
        "## Experience\\n### Larkfield | Frontend Developer (2022.06 ~ 2025.11)\\n#### Checkout rewrite\\n2025.02 ~ 2025.03\\n#### Design system\\n2022.09 ~ 2025.11;"
                + "Larkfield/Frontend Developer/2022-06/2025-11|Checkout rewrite/-/2025-02/2025-03|Design system/-/2022-09/2025-11; Checkout rewrite|Design system",
        // a body line (no heading) inside the block, within the period
        "## Experience\\n### Larkfield | Frontend Developer (2022.06 ~ 2025.11)\\nBilling Portal, 2023.01 ~ 2023.06;"
                + "Larkfield/Frontend Developer/2022-06/2025-11|Billing Portal/-/2023-01/2023-06; Billing Portal",
        // a current role holds every later period, a current sub-entry only under a current role
        "### Larkfield | Engineer (2020 – present)\\n#### Migration\\n2021 – present;Larkfield/Engineer/2020/now|Migration/-/2021/now; Migration",
        "### Larkfield | Engineer (2020 – 2022)\\n#### Migration\\n2021 – present;Larkfield/Engineer/2020/2022|Migration/-/2021/now; -",
        // a period outside the role's: another job
        "### Larkfield | Engineer (2020 – 2022)\\n#### Ostbank\\n2018 – 2019;Larkfield/Engineer/2020/2022|Ostbank/-/2018/2019; -",
        // positions as headings of the same rank stay roles
        "### Capwell | Software Engineer (2024 – present)\\n### Capwell | Campus Ambassador (2024 – 2025);"
                + "Capwell/Software Engineer/2024/now|Capwell/Campus Ambassador/2024/2025; -",
        // an employer heading alone lists its positions
        "### Ostbank (2015 – 2020)\\n#### Senior Analyst\\n2018 – 2020\\n#### Analyst\\n2015 – 2018;"
                + "Ostbank/-/2015/2020|Senior Analyst/-/2018/2020|Analyst/-/2015/2018; -",
        // an employer heading alone, its clients as body lines within its period: assignments there, not positions
        "### 2016.06 – present - Solo Studio\\nFreelance front-end work.\\n    2021.04 – present\\n    Northwind KK, contract, remote\\n    2017.04 – 2019.12\\n    Halden Systems Co.;"
                + "Solo Studio/-/2016-06/now|Northwind KK, contract, remote/-/2021-04/now|Halden Systems Co./-/2017-04/2019-12; Northwind KK, contract, remote|Halden Systems Co.",
        // there a body line with a title word is a position, and one naming the employer again too
        "### Ostbank (2015 – 2020)\\nSenior Analyst, 2018 – 2020\\nOstbank AG, 2015 – 2018;Ostbank/-/2015/2020|Senior Analyst/-/2018/2020|Ostbank AG/-/2015/2018; -",
        // a section heading above is no role: nothing nests
        "## Experience\\n### Pelham Retail\\n2019 – 2021;Pelham Retail/-/2019/2021; -",
        // an undated entry is never nested
        "### Larkfield | Engineer (2020 – 2022)\\n#### Ostbank;Larkfield/Engineer/2020/2022|Ostbank/-/-/-; -",
    })
    void dated_entries_in_a_role_headings_block_become_its_projects(String text, String roles, String projects) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        List<FoundEntry> proposed = new ArrayList<>();
        for (String spec : roles.split("\\|")) {
            String[] f = spec.split("/");
            int at = t.text().indexOf(f[0]);
            FoundEntry.Builder b = FoundEntry.builder().organization(f[0]).title(f[1].equals("-") ? null : f[1])
                    .header(at, at + f[0].length());
            if (!f[2].equals("-")) {
                b.period(date(f[2]), f[3].equals("now") || f[3].equals("-") ? null : date(f[3]), f[3].equals("now"));
            }
            proposed.add(b.role());
        }
        List<String> demoted = NestedEntries.demote(proposed, t).stream().filter(e -> e instanceof FoundProject)
                .map(e -> ((FoundProject) e).name()).toList();
        assertEquals(projects.equals("-") ? List.of() : List.of(projects.split("\\|")), demoted);
    }

    private static PartialDate date(String s) {
        String[] p = s.split("-");
        return new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : null, null);
    }
}
