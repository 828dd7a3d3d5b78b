package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceIdsTest {
    @Test
    void anIdWrittenByAnEarlierRunIsTakenBack(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("instances"));
        Files.writeString(data.resolve("instances/extractor-0.id"), "before-the-crash\n", StandardCharsets.UTF_8);
        assertEquals("before-the-crash", InstanceIds.persistent(data, "extractor"));
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryGetsItsOwnIdAndKeepsIt(@TempDir Path data) throws Exception {
        String first = InstanceIds.persistent(data, "sink");
        String second = InstanceIds.persistent(data, "sink"); // slot 0 is locked by the first
        assertNotEquals(first, second);
        assertEquals(first, Files.readString(data.resolve("instances/sink-0.id")).strip());
        assertEquals(second, Files.readString(data.resolve("instances/sink-1.id")).strip());
        assertEquals(36, first.length(), "a random UUID on first use");
    }

    @Test
    void servicesHaveSeparateSlots(@TempDir Path data) {
        assertNotEquals(InstanceIds.persistent(data, "extractor"), InstanceIds.persistent(data, "enricher"));
    }
}
