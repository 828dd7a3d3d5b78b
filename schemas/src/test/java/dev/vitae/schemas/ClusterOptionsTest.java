package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Where a command's Kafka client properties come from: flags, the --config file, VITAE_KAFKA_* variables. */
class ClusterOptionsTest {
    private static final String FILE = """
            bootstrap.servers=from-file:9092
            security.protocol=SASL_SSL
            sasl.mechanism=PLAIN
            sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="file";
            ssl.truststore.location=/etc/vitae/truststore.p12
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("every entry of the file passes through", new String[] {}, Map.of(), Map.of(
                        "bootstrap.servers", "from-file:9092", "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN",
                        "ssl.truststore.location", "/etc/vitae/truststore.p12",
                        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"file\";")),
                Arguments.of("--bootstrap-servers wins over the file", new String[] {"--bootstrap-servers", "flag:9092"}, Map.of(),
                        Map.of("bootstrap.servers", "flag:9092", "security.protocol", "SASL_SSL")),
                Arguments.of("a VITAE_KAFKA_ variable is the property its name spells, over the file", new String[] {},
                        Map.of("VITAE_KAFKA_SASL_JAAS_CONFIG", "from-env", "VITAE_KAFKA_SSL_TRUSTSTORE_PASSWORD", "secret"),
                        Map.of("sasl.jaas.config", "from-env", "ssl.truststore.password", "secret", "sasl.mechanism", "PLAIN")),
                Arguments.of("other variables are not properties", new String[] {},
                        Map.of("VITAE_KAFKA_", "nothing", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "VITAE_DATA", "/data"),
                        Map.of("sasl.mechanism", "PLAIN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clientProperties(String description, String[] flags, Map<String, String> environment, Map<String, String> expected,
                          @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kafka.properties"), FILE);
        String[] argv = Stream.concat(Stream.of("--config", file.toString(), "--data", dir.toString()), Stream.of(flags)).toArray(String[]::new);
        Properties props = CommandLine.populateCommand(new ClusterOptions(), argv).clientProperties(environment);
        expected.forEach((k, v) -> assertEquals(v, props.getProperty(k), k));
        assertEquals(0, props.stringPropertyNames().stream().filter(k -> k.isEmpty() || k.contains("_")).count(), props.toString());
    }
}
