package dev.vitae.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three KRaft nodes with {@link BrokerSecurity}, as docker-compose.yml runs them: the controllers and
 * brokers authenticate to each other (a topic replicated three times gets all its replicas in sync),
 * the admin works, a wrong password is refused, and a SCRAM user the admin created is authenticated
 * but may see no topic no ACL grants.
 */
class SecuredClusterIT {

    @Test
    void threeSecuredNodesReplicateAndAuthorizeOnlyWhatAclsGrant(@TempDir Path dir) throws Exception {
        BrokerSecurity security = BrokerSecurity.sasl("vitae-admin", "admin-secret");
        try (KafkaRaftCluster cluster = KafkaRaftCluster.start(dir, 3, security)) {
            String bootstrap = cluster.bootstrapServers();
            Properties admin = security.adminProperties(bootstrap);
            try (Admin a = Admin.create(admin)) {
                a.createTopics(List.of(new NewTopic("secured", 3, (short) 3))).all().get();
                a.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("vitae-nobody",
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), "nobody-secret"))).all().get();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (a.describeTopics(List.of("secured")).allTopicNames().get().get("secured").partitions().stream()
                        .anyMatch(p -> p.isr().size() < 3)) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("replicas never all in sync: inter-broker SASL failing?");
                    }
                    Thread.sleep(200);
                }
            }
            Properties p = new Properties();
            p.putAll(admin);
            p.put("acks", "all");
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("secured", 0, "k", "v")).get();
            }
            try (var consumer = new KafkaConsumer<>(admin, new StringDeserializer(), new StringDeserializer())) {
                TopicPartition tp = new TopicPartition("secured", 0);
                consumer.assign(List.of(tp));
                consumer.seekToBeginning(List.of(tp));
                ConsumerRecords<String, String> got = ConsumerRecords.empty();
                for (int i = 0; i < 50 && got.isEmpty(); i++) {
                    got = consumer.poll(Duration.ofMillis(200));
                }
                assertEquals("v", got.iterator().next().value());
            }

            Properties wrong = BrokerSecurity.clientProperties(bootstrap, BrokerSecurity.ADMIN_MECHANISM, "vitae-admin", "guess");
            assertRefused(wrong, SaslAuthenticationException.class);
            Properties nobody = BrokerSecurity.clientProperties(bootstrap, BrokerSecurity.SERVICE_MECHANISM, "vitae-nobody", "nobody-secret");
            assertRefused(nobody, TopicAuthorizationException.class);
        }
    }

    private static void assertRefused(Properties client, Class<? extends Throwable> expected) {
        Properties p = new Properties();
        p.putAll(client);
        p.putAll(Map.of("default.api.timeout.ms", "15000", "request.timeout.ms", "10000"));
        try (Admin a = Admin.create(p)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> a.describeTopics(List.of("secured")).allTopicNames().get());
            assertInstanceOf(expected, e.getCause(), e.toString());
        }
    }
}
