package dev.vitae.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.DocumentIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the watched folder does with each kind of file, on a clock the test moves. */
class WatchedFolderTest {
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final byte[] RESUME = "Jane Roe\nData Engineer, Initech, 2020 - 2023\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock();
    private final List<String> sent = new ArrayList<>();
    private final WatchedFolder.Sender acknowledging = (content, name, type) -> sent.add(name + " " + DocumentIds.of(content));

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private List<String> names(String sub) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsTakenOnlyAfterItHasSettledThenSentAndMovedToDone() throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, SETTLE, clock);
        Files.write(dir.resolve("jane.txt"), RESUME);
        assertTrue(folder.scan(acknowledging).isEmpty(), "first sight: not settled yet");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(folder.scan(acknowledging).isEmpty(), "1 s unchanged is not 2 s");
        clock.advance(Duration.ofSeconds(1));
        List<WatchedFolder.Result> r = folder.scan(acknowledging);
        assertEquals(List.of(new WatchedFolder.Result("jane.txt", WatchedFolder.Outcome.SENT, DocumentIds.of(RESUME), null)), r);
        assertEquals(List.of("jane.txt " + DocumentIds.of(RESUME)), sent);
        assertEquals(List.of("jane.txt"), names(WatchedFolder.DONE));
        assertFalse(Files.exists(dir.resolve("jane.txt")), "moved, not copied");
    }

    @Test
    void aFileStillGrowingWaitsUntilItStopsChanging() throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, SETTLE, clock);
        Path f = dir.resolve("big.txt");
        Files.write(f, RESUME);
        folder.scan(acknowledging);
        for (int i = 0; i < 3; i++) {
            clock.advance(SETTLE);
            Files.write(f, RESUME, java.nio.file.StandardOpenOption.APPEND); // the writer is not done
            assertTrue(folder.scan(acknowledging).isEmpty(), "changed since the last scan: waits");
        }
        clock.advance(SETTLE);
        assertEquals(WatchedFolder.Outcome.SENT, folder.scan(acknowledging).get(0).outcome());
        assertEquals(RESUME.length * 4L, Files.size(dir.resolve(WatchedFolder.DONE).resolve("big.txt")), "sent whole");
    }

    @ParameterizedTest(name = "''{0}'' is never taken")
    @CsvSource({".hidden.txt", "cv.pdf.part", "cv.pdf.crdownload", "cv.docx.tmp", "cv.txt~", "CV.PDF.PART", ".~lock.cv.odt#"})
    void filesStillBeingWrittenOrHiddenAreNeverTaken(String name) throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, Duration.ZERO, clock);
        Files.write(dir.resolve(name), RESUME);
        assertTrue(folder.scan(acknowledging).isEmpty());
        assertTrue(Files.exists(dir.resolve(name)), "left where it is");
        assertTrue(sent.isEmpty());
    }

    @ParameterizedTest(name = "{0} is rejected: {2}")
    @CsvSource({
            "empty file, empty.txt, the file is empty",
            "binary noise, noise.bin, not a recognisable document"})
    void anInvalidFileGoesToRejectedWithItsReasonBesideItAndIsNeverSent(String what, String name, String reason) throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, Duration.ZERO, clock);
        byte[] content = name.equals("empty.txt") ? new byte[0] : new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3, 4, 0, 0, 9};
        Files.write(dir.resolve(name), content);
        WatchedFolder.Result r = folder.scan(acknowledging).get(0);
        assertEquals(WatchedFolder.Outcome.REJECTED, r.outcome(), what);
        assertTrue(r.reason().contains(reason), r.reason());
        assertEquals(List.of(name, name + WatchedFolder.REASON_SUFFIX), names(WatchedFolder.REJECTED));
        assertTrue(Files.readString(dir.resolve(WatchedFolder.REJECTED).resolve(name + WatchedFolder.REASON_SUFFIX)).contains(reason));
        assertTrue(sent.isEmpty(), "a rejected file is never sent");
    }

    @Test
    void whenKafkaFailsTheFileStaysAndTheScanStopsThenItIsSentLater() throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, Duration.ZERO, clock);
        Files.write(dir.resolve("a.txt"), RESUME);
        Files.write(dir.resolve("b.txt"), "John Doe\nAnalyst\n".getBytes(StandardCharsets.UTF_8));
        List<WatchedFolder.Result> failed = folder.scan((c, n, t) -> {
            throw new java.util.concurrent.ExecutionException(new org.apache.kafka.common.errors.TimeoutException("broker gone"));
        });
        assertEquals(1, failed.size(), "the scan stops at the first failure: the rest would only wait out the same timeout");
        assertEquals(WatchedFolder.Outcome.NOT_SENT, failed.get(0).outcome());
        assertTrue(failed.get(0).reason().contains("broker gone"), failed.get(0).reason());
        assertTrue(Files.exists(dir.resolve("a.txt")) && Files.exists(dir.resolve("b.txt")), "nothing moved, nothing lost");
        assertEquals(2, folder.scan(acknowledging).size(), "sent when Kafka is back, without settling again");
        assertEquals(List.of("a.txt", "b.txt"), names(WatchedFolder.DONE));
    }

    @Test
    void theSameNameDroppedAgainKeepsBothInDone() throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, Duration.ZERO, clock);
        Files.write(dir.resolve("cv.txt"), RESUME);
        folder.scan(acknowledging);
        byte[] second = "Jane Roe\nSenior Data Engineer, Initech, 2020 - 2025\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("cv.txt"), second);
        folder.scan(acknowledging);
        assertEquals(List.of("cv-" + DocumentIds.of(second).substring(0, 12) + ".txt", "cv.txt"), names(WatchedFolder.DONE));
    }

    @Test
    void aCrashBetweenAcknowledgementAndMoveSendsTheSameDocumentAgainAfterARestart() throws Exception {
        Files.write(dir.resolve("cv.txt"), RESUME);
        WatchedFolder first = new WatchedFolder(dir, Duration.ZERO, clock);
        List<WatchedFolder.Result> r = first.scan((c, n, t) -> {
            sent.add(n + " " + DocumentIds.of(c)); // acknowledged by Kafka...
            throw new IllegalStateException("killed before the move"); // ...and the process dies here
        });
        assertEquals(WatchedFolder.Outcome.NOT_SENT, r.get(0).outcome());
        assertTrue(Files.exists(dir.resolve("cv.txt")), "still in the folder");
        new WatchedFolder(dir, Duration.ZERO, clock).scan(acknowledging); // the restarted watcher
        assertEquals(2, sent.size());
        assertEquals(sent.get(0), sent.get(1), "the same document id twice: one document downstream");
        assertEquals(List.of("cv.txt"), names(WatchedFolder.DONE));
    }

    @Test
    void subfoldersAreLeftAlone() throws Exception {
        WatchedFolder folder = new WatchedFolder(dir, Duration.ZERO, clock);
        Files.createDirectories(dir.resolve("inbox"));
        Files.write(dir.resolve("inbox").resolve("cv.txt"), RESUME);
        assertTrue(folder.scan(acknowledging).isEmpty());
        assertTrue(Files.exists(dir.resolve("inbox").resolve("cv.txt")));
    }
}
