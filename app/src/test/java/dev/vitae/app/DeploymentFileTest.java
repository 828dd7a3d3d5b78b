package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.kafka.BrokerSecurity;
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
        return services.entrySet().stream().filter(e -> e.getValue().containsKey("build")) // Vitae's image, not Kafka's, PostgreSQL's or Prometheus's
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
                .filter(k -> k.startsWith("VITAE_") && !read.contains(k) && !k.startsWith(dev.vitae.schemas.ClusterOptions.ENV_PROPERTY_PREFIX))
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

    @Test
    void theBrokersAuthenticateEveryConnectionAndAuthorizeByAcl() {
        for (String name : services.keySet().stream().filter(DeploymentFileTest::isKafka).toList()) {
            Map<String, Object> env = environmentOf(services.get(name));
            String protocols = String.valueOf(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
            for (String listener : protocols.split(",")) {
                assertTrue(listener.endsWith(":SASL_PLAINTEXT") || listener.endsWith(":SASL_SSL"), name + ": " + listener + " unauthenticated");
            }
            assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", env.get("KAFKA_AUTHORIZER_CLASS_NAME"), name);
            assertEquals("false", String.valueOf(env.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")), name);
            assertEquals(Set.of("User:broker", "User:" + ServiceAcls.ADMIN), Set.of(String.valueOf(env.get("KAFKA_SUPER_USERS")).split(";")),
                    name + ": the brokers and the admin, no one else, are super users");
            assertEquals(passwordOf(String.valueOf(adminSetup().cluster.clientProperties().get("sasl.jaas.config"))),
                    jaasOption(String.valueOf(env.get("KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG")), "user_" + ServiceAcls.ADMIN),
                    name + ": the admin's password in deploy/kafka-clients/admin.properties is the one the brokers check");
        }
    }

    /**
     * The brokers' security settings are those of {@link BrokerSecurity}, with which AclDrillIT runs
     * the embedded broker: what passed there is what the deployment runs. Secrets and host names differ;
     * the JAAS configurations are compared with their passwords blanked.
     */
    @Test
    void theBrokersSecurityIsTheOneTheAclDrillRunsOn() {
        Properties embedded = BrokerSecurity.sasl(ServiceAcls.ADMIN, "x").brokerProperties(9092, 9093);
        for (String name : services.keySet().stream().filter(DeploymentFileTest::isKafka).toList()) {
            Map<String, Object> env = environmentOf(services.get(name));
            for (String key : embedded.stringPropertyNames()) {
                if (key.equals("advertised.listeners")) {
                    continue; // the host's name
                }
                Object deployed = env.get(imageVariable(key));
                assertNotNull(deployed, name + " sets " + key + " (" + imageVariable(key) + ")");
                assertEquals(withoutSecrets(embedded.getProperty(key)).replace("127.0.0.1", ""), withoutSecrets(String.valueOf(deployed)),
                        name + ": " + key);
            }
        }
    }

    /** The apache/kafka image's variable for a broker property: '.' is '_', '_' is '__', '-' is '___'. */
    private static String imageVariable(String property) {
        return "KAFKA_" + property.replace("_", "__").replace("-", "___").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static String withoutSecrets(String jaas) {
        return jaas.replaceAll("(password|user_[\\w-]+)=\"[^\"]*\"", "$1=\"\"");
    }

    @Test
    void kafkaSetupAppliesTheAclsAsTheAdmin() {
        AclsCommand setup = adminSetup();
        assertTrue(setup.apply, "kafka-setup runs vitae acls --apply");
        assertEquals(ServiceAcls.ADMIN, jaasOption(String.valueOf(setup.cluster.clientProperties().get("sasl.jaas.config")), "username"));
        assertEquals(12, setup.partitions);
        assertEquals(3, setup.replication);
        for (String name : List.of("extractor", "enricher", "sink")) {
            Object dependsOn = services.get(name).get("depends_on");
            assertTrue(dependsOn instanceof Map<?, ?> m && m.containsKey("kafka-setup"), name + " starts after kafka-setup");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachServiceAuthenticatesAsItsOwnPrincipalWithTheCredentialKafkaSetupCreates() {
        Map<String, String> scramUsers = adminSetup().scramUsers;
        assertEquals(ServiceAcls.Service.values().length, scramUsers.size(), "a SCRAM user per service: " + scramUsers.keySet());
        return java.util.Arrays.stream(ServiceAcls.Service.values()).map(s -> DynamicTest.dynamicTest(s.principalName(), () -> {
            String name = s.name().toLowerCase(java.util.Locale.ROOT);
            Properties client = clientPropertiesOf(name);
            assertEquals("SASL_PLAINTEXT", client.getProperty("security.protocol"), name);
            assertEquals("SCRAM-SHA-512", client.getProperty("sasl.mechanism"), name);
            String jaas = client.getProperty("sasl.jaas.config");
            assertEquals(s.principalName(), jaasOption(jaas, "username"), name);
            assertEquals(scramUsers.get(s.principalName()), passwordOf(jaas), name + ": the password kafka-setup gives " + s.principalName());
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceOnItsMetricsPort() throws IOException {
        Map<String, Object> prometheus = services.get("prometheus");
        assertNotNull(prometheus, "a prometheus service");
        String mount = ((List<String>) prometheus.get("volumes")).stream()
                .filter(v -> v.split(":")[1].equals("/etc/prometheus/prometheus.yml")).findFirst()
                .orElseThrow(() -> new AssertionError("prometheus mounts its configuration"));
        Map<String, Object> config;
        try (InputStream in = Files.newInputStream(COMPOSE.resolveSibling(mount.split(":")[0]))) {
            config = new Yaml().load(in);
        }
        Map<String, Integer> scraped = new java.util.TreeMap<>(); // compose service -> port
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            for (Map<String, Object> sd : (List<Map<String, Object>>) job.getOrDefault("dns_sd_configs", List.of())) {
                assertEquals("A", sd.get("type"), job.get("job_name") + ": every replica's address");
                for (String name : (List<String>) sd.get("names")) {
                    scraped.put(name, (Integer) sd.get("port"));
                }
            }
            for (Map<String, Object> sc : (List<Map<String, Object>>) job.getOrDefault("static_configs", List.of())) {
                for (String target : (List<String>) sc.get("targets")) {
                    scraped.put(target.substring(0, target.lastIndexOf(':')), Integer.parseInt(target.substring(target.lastIndexOf(':') + 1)));
                }
            }
        }
        Map<String, Integer> served = new java.util.TreeMap<>(); // every long-running service: its command has --metrics-port
        CommandLine vitae = VitaeCommand.commandLine();
        services.forEach((name, service) -> {
            List<String> argv = commandOf(service);
            if (!service.containsKey("build") || argv.isEmpty() || service.containsKey("profiles")) {
                return; // not Vitae's image, or a one-shot tool run by hand
            }
            boolean hasMetrics = vitae.getSubcommands().get(argv.get(0)).getCommandSpec().findOption("--metrics-port") != null;
            if (hasMetrics) {
                int at = argv.indexOf("--metrics-port");
                assertTrue(at >= 0, name + " serves its metrics (--metrics-port)");
                served.put(name, Integer.parseInt(argv.get(at + 1)));
            }
        });
        assertEquals(Set.of("extractor", "enricher", "sink"), served.keySet(), "the long-running services");
        assertEquals(served, scraped, "Prometheus scrapes each service on the port it serves, and nothing else");
    }

    /** The kafka-setup service's command, parsed as vitae parses it, with its VITAE_CONFIG file as --config. */
    private static AclsCommand adminSetup() {
        List<String> argv = new ArrayList<>(commandOf(services.get("kafka-setup")));
        assertEquals("acls", argv.remove(0));
        argv.addAll(List.of("--config", hostPathOf(services.get("kafka-setup")).toString()));
        return CommandLine.populateCommand(new AclsCommand(), argv.toArray(String[]::new));
    }

    /** The client properties a service reads: the repository file mounted where its VITAE_CONFIG points. */
    private static Properties clientPropertiesOf(String service) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(hostPathOf(services.get(service)))) {
            p.load(in);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Path hostPathOf(Map<String, Object> service) {
        String inContainer = String.valueOf(environmentOf(service).get("VITAE_CONFIG"));
        for (String volume : (List<String>) service.get("volumes")) {
            String[] parts = volume.split(":");
            if (parts[1].equals(inContainer)) {
                Path file = COMPOSE.resolveSibling(parts[0]);
                assertTrue(Files.isRegularFile(file), file + " is in the repository");
                return file;
            }
        }
        throw new AssertionError("no volume mounts VITAE_CONFIG " + inContainer);
    }

    private static String passwordOf(String jaas) {
        return jaasOption(jaas, "password");
    }

    private static String jaasOption(String jaas, String option) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(option) + "=\"([^\"]*)\"").matcher(jaas);
        assertTrue(m.find(), option + " in " + jaas);
        return m.group(1);
    }

    private static boolean isKafka(String service) {
        return service.matches("kafka-\\d+"); // the brokers, not kafka-setup
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
