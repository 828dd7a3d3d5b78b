package dev.vitae.app;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.TopicCreator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vitae acls}: prints the ACLs of {@link ServiceAcls} as {@code kafka-acls.sh} commands, or with
 * {@code --apply} sets up a secured cluster as its admin: creates Vitae's topics (no service may),
 * the services' SCRAM-SHA-512 credentials, and their ACLs.
 */
@Command(name = "acls", mixinStandardHelpOptions = true,
        description = "Print the Kafka ACLs each service needs, or --apply them (with topics and SCRAM users) as the admin.")
public final class AclsCommand implements Callable<Integer> {
    /** SCRAM iterations for the service credentials: Kafka's maximum is 16384, its minimum 4096. */
    static final int SCRAM_ITERATIONS = 8192;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--apply", description = "Create the topics, SCRAM users and ACLs on the cluster (run as the admin, with --config).")
    boolean apply;

    @Option(names = "--scram-user", paramLabel = "NAME=PASSWORD",
            description = "With --apply: create or update the SCRAM-SHA-512 credential of this principal (repeatable).")
    Map<String, String> scramUsers = new TreeMap<>();

    @Option(names = "--partitions", defaultValue = "3", description = "With --apply: partitions of created topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", defaultValue = "1", description = "With --apply: replication factor of created topics (default: ${DEFAULT-VALUE}).")
    short replication;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!apply) {
            for (String args : ServiceAcls.kafkaAclsArguments()) {
                out.println("kafka-acls.sh --bootstrap-server \"$BOOTSTRAP\" --command-config admin.properties " + args);
            }
            out.flush();
            return 0;
        }
        apply(cluster.clientProperties(), scramUsers, partitions, replication);
        out.printf("created topics (where missing), %d SCRAM credential(s) and %d ACL(s)%n", scramUsers.size(), ServiceAcls.all().size());
        out.flush();
        return 0;
    }

    /** As {@code vitae acls --apply}: {@code admin} are the admin principal's client properties. */
    public static void apply(Properties admin, Map<String, String> scramUsers, int partitions, short replication) throws Exception {
        TopicCreator.ensureTopics(admin, partitions, replication);
        try (Admin client = Admin.create(admin)) {
            if (!scramUsers.isEmpty()) {
                List<UserScramCredentialAlteration> users = new ArrayList<>();
                scramUsers.forEach((name, password) -> users.add(new UserScramCredentialUpsertion(name,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)));
                client.alterUserScramCredentials(users).all().get();
            }
            client.createAcls(ServiceAcls.all()).all().get(); // creating an existing binding again is a no-op
        }
    }
}
