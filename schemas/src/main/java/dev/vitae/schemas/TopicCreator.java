package dev.vitae.schemas;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates Vitae's topics at start-up when they do not exist yet; existing topics are left as they are. */
public final class TopicCreator {
    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {}

    /**
     * Fails with a clear message when {@code topic} does not exist. For front doors, which must not
     * create topics with their own partition and replication choices: the services own that.
     */
    public static void requireTopic(Properties clientProps, String topic) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put("default.api.timeout.ms", "15000");
        p.put("request.timeout.ms", "10000");
        try (Admin admin = Admin.create(p)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + clientProps.getProperty("bootstrap.servers")
                        + "; start the services (or `vitae up`), which create Vitae's topics");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka at " + clientProps.getProperty("bootstrap.servers") + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Creates the topics that do not exist yet. On a cluster with ACLs a service principal may not
     * create topics (nor see those it has no right on): each topic it is refused is left to the
     * admin, who creates them ({@code vitae acls --apply}), and the service goes on.
     */
    public static void ensureTopics(Properties clientProps, int partitions, short replication) {
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.all().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), partitions, replication).configs(t.configs()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            List<String> created = new java.util.ArrayList<>();
            List<String> refused = new java.util.ArrayList<>();
            for (var e : admin.createTopics(missing).values().entrySet()) {
                try {
                    e.getValue().get();
                    created.add(e.getKey());
                } catch (ExecutionException failed) {
                    Throwable cause = failed.getCause();
                    if (cause instanceof TopicAuthorizationException || cause instanceof ClusterAuthorizationException) {
                        refused.add(e.getKey());
                    } else if (!(cause instanceof TopicExistsException)) { // another service created it concurrently: what we wanted
                        throw failed;
                    }
                }
            }
            if (!created.isEmpty()) {
                LOG.info("created topics {} ({} partitions, replication {})", created, partitions, replication);
            }
            if (!refused.isEmpty()) {
                LOG.info("not allowed to create (or see) topics {}: left to the admin (vitae acls --apply creates them)", refused);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
