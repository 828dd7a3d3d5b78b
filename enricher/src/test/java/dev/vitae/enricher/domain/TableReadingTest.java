package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tables as text extracted from DOCX: one row a line, each cell led by a tab ("\t" in the table cells below). */
class TableReadingTest {
    private final RoleReading reading = new TableReading();

    private static String tabs(String s) {
        return s.replace("\\t", "\t");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "EXPERIENCE\\n\\tPeriod\\tCompany\\tPosition\\n\\t2021 – Present\\tNorthwind Traders\\tSenior Data Engineer >> Senior Data Engineer >> Northwind Traders >> 2021 >> present",
        "EXPERIENCE\\nDates\\tEmployer\\tJob Title\\tDescription\\n2018 – 2021\\tContoso Ltd\\tData Engineer\\tPipelines >> Data Engineer >> Contoso Ltd >> 2018 >> 2021",
        // a dated employer heading above a table without a company column: the table gives the title
        "■職務経歴\\n株式会社テスト電機（2014年4月～2018年3月）\\n\\t期間\\t業務内容\\t役職・規模\\n\\t2014年4月～2018年3月\\t組込み開発\\tプログラマー\\n3名"
            + " >> プログラマー >> 株式会社テスト電機 >> 2014-04 >> 2018-03",
        // cells one a line
        "EXPERIENCE\\nPeriod\\nCompany\\nPosition\\n2021 – Present\\nNorthwind Traders\\nSenior Data Engineer\\n2018 – 2021\\nContoso Ltd\\nData Engineer"
            + " >> Senior Data Engineer >> Northwind Traders >> 2021 >> present",
        // an undated employer heading: each dated row is a role there
        "경력\\n주식회사 샘플\\n\\t기간\\t직책\\t주요 업무\\n\\t2019.03 ~ 2021.08\\t백엔드 개발자\\tAPI 개발 >> 백엔드 개발자 >> 주식회사 샘플 >> 2019-03 >> 2021-08"})
    void rowsAreReadByTheirHeader(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, tabs(text), title, org, start, end);
    }

    @Test
    void theHeaderRowIsNeverARoleAndTitlesStayInTheirRow() throws Exception {
        List<FoundEntry> found = RoleReadingTables.read(reading, Files.readString(Path.of("../eval/resumes/ja_docx_table.txt")));
        assertEquals(2, found.size(), found.toString());
        FoundRole first = (FoundRole) found.get(0), second = (FoundRole) found.get(1);
        assertEquals("株式会社サンプル商事", first.organization());
        assertEquals("リーダー", first.title()); // the most recent row's
        assertEquals(8, first.teamSize());
        assertEquals("株式会社テスト電機", second.organization());
        assertEquals("プログラマー", second.title());
    }

    @Test
    void cellsOneALineAreReadByTheirHeaderToo() throws Exception {
        List<FoundEntry> found = RoleReadingTables.read(reading, Files.readString(Path.of("../eval/resumes/ja_cell_lines.txt")));
        assertEquals(2, found.size(), found.toString());
        FoundRole first = (FoundRole) found.get(0), second = (FoundRole) found.get(1);
        assertEquals("株式会社ミライ物流", first.organization());
        assertEquals("テックリード", first.title());
        assertEquals(6, first.teamSize(), found.toString());
        assertEquals("株式会社ひかり銀行", second.organization());
        assertEquals("システムエンジニア", second.title());
        List<FoundEntry> en = RoleReadingTables.read(reading, "EXPERIENCE\\nPeriod\\nCompany\\nPosition\\n2021 – Present\\nNorthwind Traders"
                + "\\nSenior Data Engineer\\n2018 – 2021\\nContoso Ltd\\nData Engineer\\n\\nSKILLS\\nSQL");
        assertEquals(List.of("Northwind Traders", "Contoso Ltd"), en.stream().map(e -> ((FoundRole) e).organization()).toList());
        assertEquals("Data Engineer", ((FoundRole) en.get(1)).title());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // cells that are not all column names: no header row, no table reading
        "EXPERIENCE\\n\\tAcme Corp\\tEngineer\\t2019 – 2021",
        // a header row outside an experience section
        "EDUCATION\\n\\tPeriod\\tSchool\\tDegree\\n\\t2010 – 2014\\tMIT\\tBSc"})
    void otherTablesAreLeftToOtherReadings(String text) {
        assertTrue(RoleReadingTables.read(reading, tabs(text)).isEmpty(), text);
    }
}
