package dev.vitae.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineBenchTest {
    @ParameterizedTest
    @CsvSource({
            "vitae-extractor, extractorLoop",
            "vitae-parse-supervisor, parserPipe",
            "vitae-sink, sink",
            "vitae-enricher-83c8bf9a-582a-49dd-9a8d-9c86f564b433-StreamThread-1, enricherStreamThread",
            "kafka-producer-network-thread | vitae-extractor-local, kafkaClientIo",
            "data-plane-kafka-request-handler-0, brokerAndOther",
            "main, ingestUploader",
            "bench-proc-sampler, bench",
    })
    void threadsAreGroupedByWhatTheyDo(String thread, String group) {
        assertEquals(group, ThreadCpu.group(thread));
    }

    @ParameterizedTest
    @CsvSource({"50, 5", "95, 10", "99, 10", "10, 1", "1, 1"})
    void percentilesAreNearestRank(int p, long expected) {
        assertEquals(expected, PipelineRun.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, p));
    }

    @Test
    void noLatenciesNoPercentile() {
        assertNull(PipelineRun.percentile(new long[0], 99));
    }

    @Test
    void optionsHaveTheirDefaultsAndParse() {
        PipelineBench.Options d = PipelineBench.Options.parse(new String[0]);
        assertEquals(500, d.docs());
        assertEquals(dev.vitae.app.Pipeline.DEFAULT_PARSERS, d.parsers(), "the extractor's own default: one parser per core");
        assertNull(d.rate());
        PipelineBench.Options o = PipelineBench.Options.parse(
                new String[] {"--docs", "20", "--seed", "9", "--rate", "half", "--peer-jar", "/x/tika.jar", "--jfr", "--parsers", "3"});
        assertEquals(20, o.docs());
        assertEquals(9, o.seed());
        assertEquals("half", o.rate());
        assertTrue(o.peer());
        assertEquals(Path.of("/x/tika.jar"), o.peerJar());
        assertTrue(o.jfr());
        assertEquals(3, o.parsers());
        assertThrows(IllegalArgumentException.class, () -> PipelineBench.Options.parse(new String[] {"--rate", "0"}));
        assertThrows(IllegalArgumentException.class, () -> PipelineBench.Options.parse(new String[] {"--bogus"}));
    }

    @Test
    void withoutTheJarThePeerIsNullWithAReason() throws Exception {
        var out = TikaServerPeer.measure(Path.of("/nonexistent/tika-server-standard.jar"), java.util.List.of(), 1, 0);
        assertTrue(out.containsKey("peer"));
        assertNull(out.get("peer"));
        assertTrue(((String) out.get("peerReason")).contains("no such file"));
    }

    @Test
    void procReadsThisProcess() {
        assertTrue(ProcessSampler.rssKb(ProcessHandle.current().pid()) > 0);
        assertTrue(ProcessSampler.cpuTicks(ProcessHandle.current().pid()) >= 0);
        assertEquals(-1, ProcessSampler.cpuTicks(Path.of("/proc/no-such-pid")));
    }
}
