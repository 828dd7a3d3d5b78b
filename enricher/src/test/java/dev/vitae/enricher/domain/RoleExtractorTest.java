package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the readings' roles are merged: repeats of one role are kept once. */
class RoleExtractorTest {

    private static List<String> roles(String text) {
        ResumeText t = new ResumeText(text.replace("\\n", "\n"));
        return new RoleExtractor().extract(t, Sections.of(t), DateParser.ranges(t.text())).roles().stream()
                .map(r -> r.organization() + " / " + r.title() + " / " + r.start()).toList();
    }

    /** Each row: the text, then its roles as "organization / title / start", separated by ";". */
    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // an overview table row, then the employer's detail block with its period again and no title: one role
        "Work Experience\\nUmbrella Corporation 2019/04 - 2022/10 Sales Manager\\n\\nUmbrella Corporation\\nPeriod: 2019/04 - 2022/10\\nEmployees: 7,700\\n- Opened the northern region"
            + " >> Umbrella Corporation / Sales Manager / 2019-04",
        // two titled roles at one employer from the same start stay two
        "Experience\\nUmbrella Corporation — Sales Manager — 2019-04 – 2020-03\\nUmbrella Corporation — Sales Lead — 2019-04 – 2022-10"
            + " >> Umbrella Corporation / Sales Manager / 2019-04;Umbrella Corporation / Sales Lead / 2019-04"})
    void repeatsOfOneRoleAreKeptOnce(String text, String expected) {
        assertEquals(List.of(expected.split(";")), roles(text));
    }

    /** Each row: an untitled role's description, then the title it states ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        "都内を中心に、Webフロントエンドエンジニアとして活動。 >> Webフロントエンドエンジニア",
        "受託開発におけるシステムエンジニアとして、設計から導入までを担当。 >> システムエンジニア",
        // a post with no title word is passed over for the next one
        "創業メンバーとして参加。また、制御系プログラマとして制御ソフトを開発。 >> 制御系プログラマ",
        "個人事業主として独立。 >> -",
        "株式会社サンプルエンジニアリングとして登記。 >> -",
        "Led the platform team as its engineer. >> -"})
    void aJapaneseDescriptionStatesTheTitle(String description, String expected) {
        assertEquals(expected.equals("-") ? null : expected, RoleExtractor.statedTitle(description));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // an employer heading with no title, its description naming the post
        "## 職務経歴\\n### 2012年04月～2016年06月 - 株式会社サンプル商事\\n    社内SEとして入社し、のちにインフラエンジニアとして基盤を担当。"
            + " >> 株式会社サンプル商事 / インフラエンジニア / 2012-04"})
    void anUntitledRoleTakesTheTitleItsDescriptionStates(String text, String expected) {
        assertEquals(List.of(expected.split(";")), roles(text));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // a dated break between two jobs names no employer and no post: no role
        "Berufserfahrung\\nData Analyst\\nNordwerk GmbH\\n11/2018 - 01/2022\\nSabbatical / Weiterbildung\\n03/2018 - 10/2018\\nResearcher\\nKargo Institut GmbH\\n01/2014 - 02/2018"
            + " >> Nordwerk GmbH / Data Analyst / 2018-11;Kargo Institut GmbH / Researcher / 2014-01",
        "Experience\\nCareer break\\n2019 – 2020\\nSenior Engineer\\nUmbrella Inc.\\n2015 – 2019 >> Umbrella Inc. / Senior Engineer / 2015",
        // a break word inside an employer's name is no break
        "Experience\\nAnalyst\\nWeiterbildung Nord GmbH\\n2015 – 2019 >> Weiterbildung Nord GmbH / Analyst / 2015"})
    void aCareerBreakIsNoRole(String text, String expected) {
        assertEquals(List.of(expected.split(";")), roles(text));
    }
}
