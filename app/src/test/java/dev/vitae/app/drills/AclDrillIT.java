package dev.vitae.app.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.app.AclsCommand;
import dev.vitae.app.ServiceAcls;
import dev.vitae.app.ServiceAcls.Service;
import dev.vitae.ingest.IngestCommand;
import dev.vitae.kafka.BrokerSecurity;
import dev.vitae.kafka.EmbeddedKafkaBroker;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The secured deployment on a real broker: SASL on every listener and the StandardAuthorizer, the
 * admin sets the cluster up as {@code vitae acls --apply} does (topics, SCRAM-SHA-512 users, the ACLs of
 * {@link ServiceAcls}), then each service runs as its own child process and principal, configured only
 * by its own {@code --config} client properties file, as docker-compose.yml runs them. Documents
 * uploaded by the ingest principal must be stored, so the documented ACLs are enough (and the client
 * properties of the file, and for the sink's credential of a {@code VITAE_KAFKA_*} variable, reach
 * every client of every service: admin, consumers, producers, Kafka Streams); a principal
 * asking for what they do not grant gets {@link TopicAuthorizationException}; and only the admin
 * erases a profile with a tombstone.
 */
@Tag("drill")
class AclDrillIT {
    private static final int DOCUMENTS = 20;

    @Test
    void eachServiceAsItsOwnPrincipalWithExactlyTheDocumentedAclsRunsThePipeline(@TempDir Path dir) throws Exception {
        BrokerSecurity security = BrokerSecurity.sasl(ServiceAcls.ADMIN, "admin-secret");
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, security)) {
            String bootstrap = kafka.bootstrapServers();
            Properties admin = security.adminProperties(bootstrap);
            Map<String, String> passwords = new TreeMap<>();
            Map<Service, Path> configs = new EnumMap<>(Service.class);
            for (Service s : Service.values()) {
                passwords.put(s.principalName(), s.principalName() + "-secret");
                configs.put(s, writeConfig(dir.resolve(s.principalName() + ".properties"),
                        BrokerSecurity.clientProperties(bootstrap, BrokerSecurity.SERVICE_MECHANISM, s.principalName(), s.principalName() + "-secret")));
            }
            // The sink's credential comes from the environment, the rest of its settings from its file: both reach its clients.
            Properties sinkFile = loaded(configs.get(Service.SINK));
            Map<String, String> sinkEnvironment = Map.of("VITAE_KAFKA_SASL_JAAS_CONFIG", (String) sinkFile.remove("sasl.jaas.config"));
            Path sinkConfig = writeConfig(dir.resolve("vitae-sink-without-secret.properties"), sinkFile);
            AclsCommand.apply(admin, passwords, 3, (short) 1);
            try (Admin a = Admin.create(admin)) { // the broker's authorizer learns new ACLs from the metadata log a moment later
                Await.until("the broker holds the ACLs", Duration.ofSeconds(30),
                        () -> a.describeAcls(AclBindingFilter.ANY).values().get().size() >= ServiceAcls.all().size());
                assertEquals(Set.copyOf(ServiceAcls.all()), Set.copyOf(a.describeAcls(AclBindingFilter.ANY).values().get()),
                        "the broker holds exactly the documented ACLs");
            }

            Path data = dir.resolve("data");
            try (ProfileStore store = ProfileStore.open(StoreConfig.sqlite(data.resolve("vitae.db")));
                 ServiceProcess sink = ServiceProcess.start("sink", null, data, sinkEnvironment, "--config", sinkConfig.toString());
                 ServiceProcess extractor = service("extractor", configs.get(Service.EXTRACTOR), data, "--in-process");
                 ServiceProcess enricher = service("enricher", configs.get(Service.ENRICHER), data)) {
                ClusterOptions ingest = CommandLine.populateCommand(new ClusterOptions(),
                        "--config", configs.get(Service.INGEST).toString(), "--data", data.toString());
                IngestCommand.Result sent = IngestCommand.upload(List.of(DrillCorpus.write(dir.resolve("cvs"), DOCUMENTS)), ingest,
                        "acl-drill", false, new PrintWriter(new StringWriter()));
                assertEquals(DOCUMENTS, sent.sent().size(), "the ingest principal uploads: " + sent.notSent());
                Await.until(DOCUMENTS + " documents stored", Duration.ofSeconds(60), () -> {
                    for (ServiceProcess p : List.of(sink, extractor, enricher)) {
                        assertTrue(p.isAlive(), p.service() + " died:\n" + p.tail());
                    }
                    return KillNineDrillIT.count(store) >= DOCUMENTS;
                });
                Books books = Books.take(admin, store);
                assertTrue(books.clean(), books.toString());

                Properties sinkClient = loaded(configs.get(Service.SINK));
                String anId = sent.sent().keySet().iterator().next();
                assertRefused(() -> produce(sinkClient, Topics.PROFILES.name(), anId, new byte[] {1}), "the sink principal writes profiles.parsed");
                assertRefused(() -> produce(sinkClient, Topics.PROFILES.name(), anId, null), "the sink principal erases a profile");
                assertRefused(() -> produce(loaded(configs.get(Service.EXTRACTOR)), Topics.PROFILES.name(), anId, null),
                        "the extractor principal erases a profile");
                assertRefused(() -> readOne(loaded(configs.get(Service.INGEST)), Topics.PROFILES.name()), "the ingest principal reads profiles");
                assertRefused(() -> readOne(loaded(configs.get(Service.SINK)), Topics.UPLOADED.name()), "the sink principal reads uploads");

                produce(admin, Topics.PROFILES.name(), anId, null); // the admin may erase
                Await.until("the admin's tombstone erased " + anId, Duration.ofSeconds(30),
                        () -> KillNineDrillIT.count(store) == DOCUMENTS - 1 && !store.documentIds().contains(anId));
            }
        }
    }

    private static ServiceProcess service(String name, Path config, Path data, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--config";
        args[1] = config.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return ServiceProcess.start(name, null, data, args);
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable action, String what) {
        Throwable t = assertThrows(Throwable.class, action, what + " must be refused");
        Throwable cause = t instanceof ExecutionException ? t.getCause() : t;
        assertInstanceOf(TopicAuthorizationException.class, cause, what + ": " + t);
    }

    private static void produce(Properties client, String topic, String key, byte[] value) throws Exception {
        Properties p = new Properties();
        p.putAll(client);
        p.put("max.block.ms", "10000");
        p.put("delivery.timeout.ms", "15000");
        p.put("request.timeout.ms", "10000");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(java.nio.charset.StandardCharsets.UTF_8), value)).get();
        }
    }

    private static void readOne(Properties client, String topic) {
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(client, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.assign(List.of(new TopicPartition(topic, 0)));
            c.seekToBeginning(c.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!c.poll(Duration.ofMillis(500)).isEmpty()) {
                    return;
                }
            }
        }
    }

    private static Path writeConfig(Path file, Properties p) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "client properties of one service principal");
        }
        return file;
    }

    private static Properties loaded(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
