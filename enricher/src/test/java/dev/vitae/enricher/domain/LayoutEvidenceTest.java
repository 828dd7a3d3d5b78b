package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.schemas.LayoutBox;
import dev.vitae.schemas.LayoutLine;
import dev.vitae.schemas.LayoutPage;
import dev.vitae.schemas.TextLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date-anchored header the layout decides: the line set larger names the employer, a smaller one below the date the place. */
class LayoutEvidenceTest {

    /**
     * Each row: the header lines above the date with their font sizes (points, "-" for no layout),
     * the line below the date with its size, and the title, organization and place read.
     */
    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", nullValues = "null", value = {
        // employer over role, larger: the layout names the employer; the smaller line below is the place
        "Freelance Data Engineer:12 | Data Engineer:11 >> San Francisco Bay Area:10 >> Data Engineer >> Freelance Data Engineer >> San Francisco Bay Area",
        // the same text, all one size: left as the text reads it (first title, the line below as the employer)
        "Freelance Data Engineer:10 | Data Engineer:10 >> San Francisco Bay Area:10 >> Freelance Data Engineer >> San Francisco Bay Area >> null",
        // no layout at all: the same as one size
        "Freelance Data Engineer:- | Data Engineer:- >> San Francisco Bay Area:- >> Freelance Data Engineer >> San Francisco Bay Area >> null",
        // larger by less than 5%: not a hierarchy
        "Freelance Data Engineer:10.4 | Data Engineer:10 >> San Francisco Bay Area:10 >> Freelance Data Engineer >> San Francisco Bay Area >> null",
        // the text names the employer already ('Inc.'): the layout is not asked
        "Acme Inc.:10 | Data Engineer:12 >> San Francisco Bay Area:10 >> Data Engineer >> Acme Inc. >> null",
        // a line below with a title word is no place
        "Freelance Data Engineer:12 | Data Engineer:11 >> Lead Engineer:10 >> Data Engineer >> Freelance Data Engineer >> null"})
    void theLargerLineNamesTheEmployer(String above, String below, String title, String org, String place) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Experience", "15"});
        for (String l : above.split(" \\| ")) {
            lines.add(l.split(":"));
        }
        lines.add(new String[] {"May 2020 - July 2020 (3 months)", sizeOf(below)});
        lines.add(below.split(":"));
        lines.add(new String[] {"- Built the ingestion service that moved the billing data to the warehouse", sizeOf(below)});
        StringBuilder text = new StringBuilder();
        List<LayoutLine> layout = new ArrayList<>();
        for (String[] l : lines) {
            if (!l[1].equals("-")) {
                layout.add(LayoutLine.newBuilder().setStart(text.length()).setLength(l[0].length()).setPage(0).setColumn(0)
                        .setFontSize(Math.round(Float.parseFloat(l[1]) * 10)).setBold(false).setItalic(false).setHeading(0)
                        .setBox(new LayoutBox(72, 0, 200, 10)).build());
            }
            text.append(l[0]).append('\n');
        }
        ResumeText t = new ResumeText(text.toString().strip());
        TextLayout avro = layout.isEmpty() ? null
                : TextLayout.newBuilder().setPages(List.of(new LayoutPage(612, 792))).setLines(layout).setCells(List.of()).build();
        RoleContext context = RoleContext.of(t, Sections.of(t), DateParser.ranges(t.text()), "en", PageLayout.of(avro, t));
        FoundRole role = (FoundRole) new DateAnchorReading().read(context, new RoleClaims()).get(0);
        assertEquals(title, role.title(), "title");
        assertEquals(org, role.organization(), "organization");
        if (place != null) {
            assertEquals(place, role.location(), "place");
        }
    }

    private static String sizeOf(String line) {
        return line.substring(line.lastIndexOf(':') + 1).equals("-") ? "-" : "10";
    }
}
