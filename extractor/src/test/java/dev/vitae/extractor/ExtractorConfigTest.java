package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults, each declared once, and the settings that are refused. */
class ExtractorConfigTest {
    private static final Path LOGS = Path.of("target", "logs");

    private static Properties client() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:9092");
        return p;
    }

    @Test
    void theDefaultsParseInOneSupervisedChildPerCoreWithAWarmRestartPolicy() {
        ExtractorConfig c = ExtractorConfig.builder(client(), LOGS).build();
        assertEquals(ExtractorConfig.DEFAULT_GROUP, c.groupId());
        assertEquals(Runtime.getRuntime().availableProcessors(), c.parsers());
        assertEquals(c.parsers() * ExtractorConfig.DEFAULT_RECORDS_PER_PARSER, c.maxPollRecords());
        assertEquals(ExtractorConfig.DEFAULT_MAX_ATTEMPTS, c.maxAttempts());
        assertEquals(ExtractorConfig.DEFAULT_RETRY_BACKOFF, c.retryBackoff());
        assertEquals(ExtractorConfig.DEFAULT_BATCH_ATTEMPTS, c.batchAttempts());
        assertEquals(TextExtractor.DEFAULT_WRITE_LIMIT, c.writeLimit());
        SupervisedExtractor.Settings s = c.isolation();
        assertEquals("512m", s.maxHeap());
        assertEquals(10_000, s.restartAfter());
        assertEquals(Duration.ofSeconds(60), s.deadline());
        assertEquals(ParseWorker.class.getName(), s.workerMainClass());
        assertEquals(SupervisedExtractor.Settings.DEFAULT_WARM_UP_ROUNDS, s.warmUpRounds());
        assertEquals(LOGS, s.logDir());
    }

    @Test
    void aBatchWhoseEveryDocumentRunsToItsDeadlineStillPollsInTime() {
        ExtractorConfig c = ExtractorConfig.builder(client(), LOGS).parsers(2).maxPollRecords(32).build();
        Duration worst = c.isolation().deadline().multipliedBy(16);
        assertTrue(c.maxPollInterval().compareTo(worst) > 0, c.maxPollInterval() + " vs " + worst);
    }

    @Test
    void theWriteLimitReachesTheChildrenAndInProcessHasNoIsolation() {
        ExtractorConfig c = ExtractorConfig.builder(client(), LOGS).writeLimit(1234).build();
        assertEquals(1234, c.isolation().writeLimit());
        ExtractorConfig local = ExtractorConfig.builder(client(), LOGS).inProcess().build();
        assertNull(local.isolation());
        assertTrue(local.newExtractor() instanceof TextExtractor);
    }

    static Stream<Arguments> refused() {
        return Stream.<Arguments>of(
                Arguments.of("parsers", (UnaryOperator<ExtractorConfig.Builder>) b -> b.parsers(0)),
                Arguments.of("parsers", (UnaryOperator<ExtractorConfig.Builder>) b -> b.parsers(65)),
                Arguments.of("max poll records", (UnaryOperator<ExtractorConfig.Builder>) b -> b.maxPollRecords(0)),
                Arguments.of("batch attempts", (UnaryOperator<ExtractorConfig.Builder>) b -> b.batchAttempts(0)),
                Arguments.of("max attempts", (UnaryOperator<ExtractorConfig.Builder>) b -> b.maxAttempts(11)),
                Arguments.of("retry backoff", (UnaryOperator<ExtractorConfig.Builder>) b -> b.retryBackoff(Duration.ofMillis(-1))),
                Arguments.of("group id", (UnaryOperator<ExtractorConfig.Builder>) b -> b.groupId(" ")),
                Arguments.of("partitions", (UnaryOperator<ExtractorConfig.Builder>) b -> b.partitions(0)),
                Arguments.of("write limit", (UnaryOperator<ExtractorConfig.Builder>) b -> b.writeLimit(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aBadSettingIsRefusedWithItsName(String name, UnaryOperator<ExtractorConfig.Builder> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> change.apply(ExtractorConfig.builder(client(), LOGS)).build());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    static Stream<Arguments> refusedChild() {
        return Stream.<Arguments>of(
                Arguments.of("max heap", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.maxHeap("lots")),
                Arguments.of("max metaspace", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.maxMetaspace("0m")),
                Arguments.of("deadline", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.deadline(Duration.ZERO)),
                Arguments.of("restart after", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.restartAfter(0)),
                Arguments.of("heap percent", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.restartAboveHeapPercent(101)),
                Arguments.of("worker main class", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.workerMainClass("")),
                Arguments.of("warm-up rounds", (UnaryOperator<SupervisedExtractor.Settings.Builder>) b -> b.warmUpRounds(-1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChild")
    void aBadChildSettingIsRefusedWithItsName(String name, UnaryOperator<SupervisedExtractor.Settings.Builder> change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> change.apply(SupervisedExtractor.Settings.builder(LOGS)).build());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void withoutBootstrapServersTheConfigIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExtractorConfig.builder(new Properties(), LOGS).build());
    }
}
