package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the code instead of started:
 * every service command is a real subcommand whose options parse, every {@code VITAE_*} variable is
 * one the code reads, the Kafka image is the version Vitae builds against, and the cluster settings
 * hold what the services rely on (replication 3, two in-sync replicas, 16 MiB records).
 */
class DeploymentFileTest {
    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:(VITAE_[A-Z_]+)");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(in); // SnakeYAML resolves the anchors and '<<' merges
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
        assertNotNull(services, "docker-compose.yml has services");
    }

    @TestFactory
    Stream<DynamicTest> everyServiceCommandIsASubcommandWhoseOptionsParse() {
        CommandLine vitae = VitaeCommand.commandLine();
        return services.entrySet().stream().filter(e -> !isKafka(e.getKey()) && !e.getKey().equals("postgres"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    List<String> argv = commandOf(e.getValue());
                    assertFalse(argv.isEmpty(), e.getKey() + " names a vitae command");
                    CommandLine sub = vitae.getSubcommands().get(argv.get(0));
                    assertNotNull(sub, e.getKey() + ": '" + argv.get(0) + "' is not a vitae subcommand");
                    if (!argv.get(0).equals("ingest")) { // ingest's paths come from `docker compose run`
                        VitaeCommand.commandLine().parseArgs(argv.toArray(String[]::new)); // throws on an unknown option or value
                    }
                }));
    }

    @Test
    void theStageServicesCreateTwelvePartitionsReplicatedThreeTimes() {
        for (String name : List.of("extractor", "enricher", "sink")) {
            List<String> argv = commandOf(services.get(name));
            assertEquals("12", argv.get(argv.indexOf("--partitions") + 1), name + " partitions");
            assertEquals("3", argv.get(argv.indexOf("--replication") + 1), name + " replication");
        }
    }

    @Test
    void everyVitaeVariableIsOneTheCodeReads() {
        Set<String> read = new TreeSet<>();
        collectEnvironment(VitaeCommand.commandLine().getCommandSpec(), read);
        List<String> unknown = new ArrayList<>();
        services.forEach((name, service) -> environmentOf(service).keySet().stream()
                .filter(k -> k.startsWith("VITAE_") && !read.contains(k))
                .forEach(k -> unknown.add(name + ": " + k)));
        assertTrue(unknown.isEmpty(), "variables no command reads: " + unknown + "; the code reads " + read);
        assertTrue(read.containsAll(Set.of("VITAE_BOOTSTRAP_SERVERS", "VITAE_STORE_URL", "VITAE_DATA")), read.toString());
    }

    @Test
    void theKafkaImagesAreTheVersionVitaeIsBuiltAgainst() throws IOException {
        Properties kafkaClients = new Properties();
        try (InputStream in = KafkaProducer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            kafkaClients.load(in);
        }
        String version = kafkaClients.getProperty("version");
        List<String> kafka = services.keySet().stream().filter(DeploymentFileTest::isKafka).toList();
        assertEquals(3, kafka.size(), "three brokers");
        for (String name : kafka) {
            assertEquals("apache/kafka:" + version, services.get(name).get("image"), name);
        }
    }

    @Test
    void theBrokersHoldWhatTheServicesRelyOn() {
        for (String name : services.keySet().stream().filter(DeploymentFileTest::isKafka).toList()) {
            Map<String, Object> env = environmentOf(services.get(name));
            assertEquals("3", String.valueOf(env.get("KAFKA_DEFAULT_REPLICATION_FACTOR")), name);
            assertEquals("2", String.valueOf(env.get("KAFKA_MIN_INSYNC_REPLICAS")), name);
            assertEquals("2", String.valueOf(env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")), name);
            assertEquals("false", String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")), name);
            assertTrue(Long.parseLong(String.valueOf(env.get("KAFKA_MESSAGE_MAX_BYTES"))) >= Topics.MAX_MESSAGE_BYTES,
                    name + ": the broker accepts the largest upload record");
            assertNotNull(env.get("KAFKA_NODE_ID"), name);
        }
    }

    private static boolean isKafka(String service) {
        return service.startsWith("kafka-");
    }

    @SuppressWarnings("unchecked")
    private static List<String> commandOf(Map<String, Object> service) {
        List<String> argv = new ArrayList<>();
        Object entrypoint = service.get("entrypoint");
        if (entrypoint instanceof List<?> e) {
            List<String> ep = (List<String>) e;
            int jar = ep.indexOf("/opt/vitae/vitae.jar");
            argv.addAll(ep.subList(jar + 1, ep.size()));
        }
        Object command = service.get("command");
        if (command instanceof List<?> c) {
            argv.addAll((List<String>) c);
        }
        return argv;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environmentOf(Map<String, Object> service) {
        Object env = service.get("environment");
        return env instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Environment variables named in option defaults ({@code ${env:VITAE_X}}) of every command and mixin. */
    private static void collectEnvironment(CommandSpec spec, Set<String> into) {
        for (OptionSpec o : spec.options()) {
            // the annotation's text: picocli's defaultValue() is already interpolated
            CommandLine.Option declared = o.userObject() instanceof java.lang.reflect.AnnotatedElement a
                    ? a.getAnnotation(CommandLine.Option.class) : null;
            if (declared != null) {
                Matcher m = ENV_DEFAULT.matcher(declared.defaultValue());
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
        spec.subcommands().values().forEach(sub -> collectEnvironment(sub.getCommandSpec(), into));
    }
}
