package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.ProfileJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vitae parse}: profiles for good files, a "refused" line and exit 1 for bad ones, JSON Resume on request. */
class ParseCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = VitaeCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesEveryGoodFileAndRefusesTheBadOnesAfterwards(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("noise.bin"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 200});
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = run(out, err, "parse", "--in-process", "--out", dir.resolve("out").toString(),
                "../seeds/001_12268666d2510657.txt", bad.toString());
        assertEquals(1, exit);
        assertTrue(Files.exists(dir.resolve("out/001_12268666d2510657.txt.json")));
        assertTrue(err.toString().contains("refused " + bad + ": UNSUPPORTED_TYPE — "), err.toString());
    }

    @Test
    void jsonResumeHasWorkWithIsoDatesAndVitaeExtrasUnderMeta(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, "parse", "--in-process", "--format", "jsonresume", "--as-of", "2026-11-01T00:00:00Z",
                "../seeds/001_12268666d2510657.txt"), err.toString());
        JsonNode r = ProfileJson.mapper().readTree(out.toString());
        assertEquals("Kosuke Kikuchi", r.at("/basics/name").asText());
        JsonNode first = r.at("/work/0");
        assertEquals("YUZURIHA", first.get("name").asText());
        assertEquals("2021-01", first.get("startDate").asText());
        assertFalse(first.has("endDate"), "a current role has no endDate");
        assertEquals(5, r.get("work").size());
        for (JsonNode w : r.get("work")) {
            w.fields().forEachRemaining(f -> assertFalse(f.getValue().isNull(), f.getKey() + " is null"));
            if (w.has("endDate")) {
                assertTrue(w.get("endDate").asText().matches("[12]\\d{3}(-[01]\\d(-[0-3]\\d)?)?"));
            }
        }
        assertEquals(10, r.at("/meta/vitae/work/0/teamSize").asInt());
        assertTrue(r.at("/meta/vitae/metrics").size() >= 6);
        assertTrue(r.at("/meta/vitae/skills/0/evidence/0/end").asInt() > 0);
    }

    @Test
    void textWritesWhatTheReadingsReadAndEvidenceIndexesIntoIt(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, "parse", "--in-process", "--as-of", "2026-11-01T00:00:00Z", "--text", dir.resolve("text").toString(),
                "../seeds/001_12268666d2510657.txt"), err.toString());
        String text = Files.readString(dir.resolve("text/001_12268666d2510657.txt.txt"));
        assertTrue(text.contains("Kosuke Kikuchi"), text);
        JsonNode profile = ProfileJson.mapper().readTree(out.toString());
        JsonNode skill = profile.at("/skills/0");
        JsonNode span = skill.at("/mentions/0/evidence");
        String mention = text.substring(span.get("start").asInt(), span.get("end").asInt());
        assertEquals(skill.at("/mentions/0/alias").asText().toLowerCase(java.util.Locale.ROOT), mention.toLowerCase(java.util.Locale.ROOT), skill.toString());
    }
}
