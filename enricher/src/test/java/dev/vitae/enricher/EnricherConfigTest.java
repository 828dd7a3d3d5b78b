package dev.vitae.enricher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What each enricher setting is refused for, and what the Streams client is given. */
class EnricherConfigTest {
    private static Properties client() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:9092");
        return p;
    }

    @ParameterizedTest(name = "application id ''{0}'', threads {1}, partitions {2}, instance id ''{3}'' is refused")
    @CsvSource(nullValues = "null", value = {
            "'bad id', 1, 3, null",
            "vitae-enricher, 0, 3, null",
            "vitae-enricher, 65, 3, null",
            "vitae-enricher, 1, 0, null",
            "vitae-enricher, 1, 3, 'has space'",
            "vitae-enricher, 1, 3, 'a/b'"})
    void refused(String applicationId, int threads, int partitions, String instanceId) {
        assertThrows(IllegalArgumentException.class, () ->
                new EnricherConfig(client(), applicationId, Path.of("state"), threads, partitions, (short) 1, instanceId));
    }

    @Test
    void withoutBootstrapServersItIsRefused() {
        assertThrows(IllegalArgumentException.class, () ->
                new EnricherConfig(new Properties(), "vitae-enricher", Path.of("state"), 1, 3, (short) 1));
    }

    @Test
    void anInstanceIdMakesTheMainConsumerAStaticMember() {
        EnricherService s = new EnricherService(new EnricherConfig(client(), "vitae-enricher", Path.of("state"), 1, 3, (short) 1, "abc123"));
        Properties p = s.streamsProperties();
        assertEquals("vitae-enricher-abc123", p.get(StreamsConfig.mainConsumerPrefix("group.instance.id")));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void withoutOneItIsADynamicMember() {
        EnricherService s = new EnricherService(new EnricherConfig(client(), "vitae-enricher", Path.of("state"), 1, 3, (short) 1));
        assertFalse(s.streamsProperties().containsKey(StreamsConfig.mainConsumerPrefix("group.instance.id")));
    }
}
