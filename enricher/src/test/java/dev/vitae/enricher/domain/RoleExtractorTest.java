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
}
