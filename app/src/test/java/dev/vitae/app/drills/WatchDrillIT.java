package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.watch.WatchedFolder;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drill for {@code vitae watch}: the watcher runs as a child process on a folder that 300
 * résumés are dropped into, some written in two halves 0.3 s apart (a slow writer; the watcher
 * waits for 1 s without change), plus one
 * file that is not a document. The watcher is killed with SIGKILL once about a third is done and
 * started again. Then every résumé is in {@code .done/} exactly once, the bad file is in
 * {@code .rejected/} with its reason, nothing is left or lost, and {@code resumes.uploaded} holds
 * exactly the documents dropped: every key is the SHA-256 of a whole file (a half-written file sent
 * would add a key of its own), and each at least once (a file acknowledged just before the kill may be
 * sent twice: the same id, one document downstream).
 */
@Tag("drill")
@ExtendWith(KafkaClusterExtension.class)
class WatchDrillIT {
    private static final int DOCUMENTS = 300;

    @Test
    void aWatcherKilledMidRunAndRestartedLosesNoFileAndSendsNoHalfWrittenOne(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        TopicCreator.ensureTopics(client, 3, (short) 1);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Map<String, String> expected = new HashMap<>(); // document id -> file name
        try (ServiceProcess watch = ServiceProcess.start("watch", kafka.bootstrapServers(), dir.resolve("data"),
                inbox.toString(), "--settle", "1", "--interval", "100")) {
            Files.write(inbox.resolve("noise.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
            for (int i = 0; i < DOCUMENTS; i++) {
                String name = String.format("cv-%03d.txt", i);
                byte[] content = DrillCorpus.text(i, false).getBytes(StandardCharsets.UTF_8);
                expected.put(DocumentIds.of(content), name);
                if (i % 25 == 0) {
                    writeSlowly(inbox.resolve(name), content);
                } else {
                    Files.write(inbox.resolve(name), content);
                }
                if (i == DOCUMENTS / 3) {
                    Await.until("a third done", Duration.ofMinutes(2), () -> {
                        assertTrue(watch.isAlive(), "the watcher died:\n" + watch.tail());
                        return count(inbox.resolve(WatchedFolder.DONE)) >= DOCUMENTS / 3;
                    });
                    watch.kill9();
                    watch.restart();
                }
            }
            Await.until("every file done or rejected", Duration.ofMinutes(2), () -> {
                assertTrue(watch.isAlive(), "the watcher died:\n" + watch.tail());
                return count(inbox.resolve(WatchedFolder.DONE)) >= DOCUMENTS && count(inbox.resolve(WatchedFolder.REJECTED)) >= 2;
            });
        }
        assertEquals(0, count(inbox), "nothing left in the folder");
        Set<String> done = names(inbox.resolve(WatchedFolder.DONE));
        assertEquals(new HashSet<>(expected.values()), done, "every résumé in .done, once, under its own name");
        assertEquals(Set.of("noise.bin", "noise.bin" + WatchedFolder.REASON_SUFFIX), names(inbox.resolve(WatchedFolder.REJECTED)));
        assertTrue(Files.readString(inbox.resolve(WatchedFolder.REJECTED).resolve("noise.bin.reason")).contains("not a recognisable document"));

        Map<String, Integer> onTopic = new HashMap<>();
        Books.readCommitted(client, Topics.UPLOADED.name(), r -> onTopic.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum));
        Set<String> partial = new HashSet<>(onTopic.keySet());
        partial.removeAll(expected.keySet());
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(onTopic.keySet());
        assertTrue(partial.isEmpty(), partial.size() + " documents on the topic are no whole file (sent half-written)");
        assertTrue(missing.isEmpty(), "never sent: " + missing.stream().map(expected::get).toList());
        long resent = onTopic.values().stream().filter(n -> n > 1).count();
        System.out.println("watch drill: " + DOCUMENTS + " files done, " + onTopic.values().stream().mapToInt(Integer::intValue).sum()
                + " records, " + resent + " sent again after the kill");
        assertTrue(resent <= 5, "only files caught between acknowledgement and move are sent again: " + resent);
    }

    /** Half the file, a pause shorter than the watcher's settle time, the rest: a writer it must wait for. */
    private static void writeSlowly(Path file, byte[] content) throws IOException, InterruptedException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content, 0, content.length / 2);
            out.flush();
            Thread.sleep(300);
            out.write(content, content.length / 2, content.length - content.length / 2);
        }
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0; // the watcher makes it when it moves its first file
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            Set<String> out = new HashSet<>();
            s.forEach(p -> out.add(p.getFileName().toString()));
            return out;
        }
    }
}
