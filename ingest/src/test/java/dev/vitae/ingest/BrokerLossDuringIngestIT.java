package dev.vitae.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vitae.kafka.EmbeddedKafkaBroker;
import dev.vitae.schemas.TopicCreator;
import dev.vitae.schemas.Topics;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Fault drill: the broker dies in the middle of {@code vitae ingest}. The upload is held at a
 * known file by making that file a named pipe: ingest blocks reading it, the test sees the files
 * before it arrive in Kafka, stops the broker, then feeds the pipe. Ingest must then give up within
 * its delivery timeout (not a minute per remaining file), name every file it did not send, and exit non-zero.
 */
@Tag("drill")
class BrokerLossDuringIngestIT {
    private static final int BEFORE = 3;
    private static final int AFTER = 25;

    @Test
    void failsFastNamesEveryUnsentFileAndExitsNonZero(@TempDir Path dir) throws Exception {
        Path gate = dir.resolve("files/gate.txt");
        Files.createDirectories(gate.getParent());
        assumeTrue(mkfifo(gate), "needs mkfifo to hold the upload at a known file");
        List<String> args = new ArrayList<>();
        List<Path> after = new ArrayList<>();
        for (int i = 0; i < BEFORE + AFTER; i++) {
            Path f = dir.resolve("files/cv-" + i + ".txt");
            Files.writeString(f, "Candidate " + i + "\n\nExperience\nEngineer, Initech GmbH, 2019 - 2024\n", StandardCharsets.UTF_8);
            if (i >= BEFORE) {
                after.add(f);
            }
            if (i == BEFORE) {
                args.add(gate.toString());
            }
            args.add(f.toString());
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit;
        try {
            Properties client = new Properties();
            client.put("bootstrap.servers", broker.bootstrapServers());
            TopicCreator.ensureTopics(client, 1, (short) 1);
            List<String> argv = new ArrayList<>(List.of("--bootstrap-servers", broker.bootstrapServers(),
                    "--data", dir.resolve("data").toString(), "--quiet"));
            argv.addAll(args);
            exit = CompletableFuture.supplyAsync(() -> new CommandLine(new IngestCommand())
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(argv.toArray(String[]::new)));
            awaitRecords(client, BEFORE);
        } finally {
            broker.close();
        }
        long t0 = System.nanoTime();
        try (OutputStream pipe = Files.newOutputStream(gate)) { // unblocks ingest, now facing a dead broker
            pipe.write("Gate Keeper\n\nExperience\nPorter, Initech GmbH, 2010 - 2012\n".getBytes(StandardCharsets.UTF_8));
        }
        int code = exit.get(150, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ingest broker-loss drill: %d files after the broker died, ingest exited %d after %.1f s%n",
                AFTER + 1, code, seconds);
        String errors = err.toString();
        assertEquals(IngestCommand.EXIT_NOT_SENT, code, "exit code must say that files were not sent; out: " + out + " err: " + errors);
        for (Path f : after) {
            assertTrue(errors.contains("not sent " + f + ":"), "not reported as unsent: " + f + "\n" + errors);
        }
        assertTrue(errors.contains("not sent " + gate + ":"), "the file read when the broker died is not reported\n" + errors);
        for (int i = 0; i < BEFORE; i++) {
            assertFalse(errors.contains("cv-" + i + ".txt:"), "cv-" + i + " was sent, yet reported\n" + errors);
        }
        assertTrue(out.toString().contains("sent:      " + BEFORE + "\n"), out.toString());
        assertTrue(out.toString().contains("NOT SENT:  " + (AFTER + 1) + " "), out.toString());
        assertTrue(seconds < Uploads.DELIVERY_TIMEOUT.toSeconds() + 15,
                "ingest took " + seconds + " s to give up; the delivery timeout is " + Uploads.DELIVERY_TIMEOUT);
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void awaitRecords(Properties client, int n) throws Exception {
        try (var c = new KafkaConsumer<>(client, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(Topics.UPLOADED.name(), 0);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (c.endOffsets(List.of(tp)).get(tp) < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the first " + n + " files never reached Kafka");
                }
                Thread.sleep(100);
            }
        }
    }
}
