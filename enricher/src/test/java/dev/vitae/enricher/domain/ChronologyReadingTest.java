package dev.vitae.enricher.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChronologyReadingTest {
    private final RoleReading reading = new ChronologyReading();

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "-", value = {
        "職歴\\n2014年4月 株式会社NTTデータ 入社\\n\\nシステムエンジニアとして勤務\\n\\n2019年10月 株式会社NTTデータ 退社"
            + " >> システムエンジニア >> 株式会社NTTデータ >> 2014-04 >> 2019-10",
        "職歴\\n2019年11月 株式会社メルカリ 入社\\n\\n現在に至る >> - >> 株式会社メルカリ >> 2019-11 >> present",
        "경력\\n2015.03 네이버 입사\\n2018.02 네이버 퇴사 >> - >> 네이버 >> 2015-03 >> 2018-02"})
    void joinedAndLeftEventsMakeARole(String text, String title, String org, String start, String end) {
        RoleReadingTables.assertFirst(reading, text, title, org, start, end);
    }
}
