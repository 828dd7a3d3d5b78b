package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.vitae.app.Pipeline;
import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.StoreConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak drill: local mode (the three services in this JVM, parser children beside it) takes eight
 * waves of 400 documents, one after the other. After each wave is stored, this JVM's heap after a
 * full GC, its thread count, its open file descriptors and its child processes are sampled. From the
 * second wave on (classes loaded, pools and clients built) they must stay flat: a thread, a file, a
 * consumer or a retained document per batch (100 batches at least) would break the margins below.
 * The long version is {@code ./vitae bench pipeline --docs 10000}, which prints the same samples.
 */
@Tag("drill")
@ExtendWith(KafkaClusterExtension.class)
class SoakIT {
    private static final int WAVES = 8;
    private static final int WAVE = 400;
    private static final int MAX_MORE_THREADS = 4;
    private static final long MAX_MORE_FILES = 16;
    /**
     * Measured: +1.7 MB over waves 2 to 8 (2,400 documents), +2.4 MB over 2 to 14; a class histogram
     * puts nearly all of it in the embedded broker's Yammer histograms filling their reservoirs of
     * 1,028 samples each, which are bounded. A leak of a few KB per document breaks this.
     */
    private static final long MAX_MORE_HEAP = 16L << 20;

    record Sample(int wave, long heapAfterGc, int threads, long openFiles, long children) {
        static Sample take(int wave) {
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            long files = os instanceof UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
            return new Sample(wave, heap, ManagementFactory.getThreadMXBean().getThreadCount(), files,
                    ProcessHandle.current().children().count());
        }

        @Override
        public String toString() {
            return String.format("wave %d: heap %.1f MB, %d threads, %d files, %d children", wave, heapAfterGc / 1048576.0, threads, openFiles, children);
        }
    }

    @Test
    void heapThreadsFilesAndChildrenStayFlatOverThousandsOfDocuments(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        ClusterOptions cluster = new ClusterOptions(kafka.bootstrapServers(), dir);
        List<Sample> samples = new ArrayList<>();
        try (Pipeline pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3)) {
            pipeline.awaitReady(Duration.ofMinutes(2));
            for (int w = 1; w <= WAVES; w++) {
                Path wave = DrillCorpus.write(dir.resolve("wave-" + w), (w - 1) * WAVE, WAVE);
                IngestCommand.Result sent = IngestCommand.upload(List.of(wave), cluster, "soak", false, new PrintWriter(new StringWriter()));
                assertEquals(WAVE, sent.sent().size(), "every file uploaded: " + sent.rejected() + " " + sent.notSent());
                long expected = (long) w * WAVE;
                Await.until("wave " + w + " stored", Duration.ofMinutes(3), () -> pipeline.store().count() >= expected);
                Sample s = Sample.take(w);
                samples.add(s);
                System.out.println("soak drill: " + s);
            }
            assertEquals((long) WAVES * WAVE, pipeline.store().count(), "every document stored once");
        }
        Sample warm = samples.get(1);
        Sample last = samples.get(samples.size() - 1);
        assertTrue(last.threads() <= warm.threads() + MAX_MORE_THREADS, "threads grew: " + samples);
        assertTrue(last.openFiles() <= warm.openFiles() + MAX_MORE_FILES, "open files grew: " + samples);
        assertTrue(last.heapAfterGc() <= warm.heapAfterGc() + MAX_MORE_HEAP, "heap after GC grew: " + samples);
        assertEquals(warm.children(), last.children(), "parser children: " + samples);
    }
}
