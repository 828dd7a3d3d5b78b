package dev.vitae.app;

import dev.vitae.enricher.EnricherConfig;
import dev.vitae.extractor.ExtractorConfig;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.SinkConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on a secured cluster: the one list of Kafka ACLs Vitae's services need. Each service
 * runs as its own principal and may read its input, write its outputs (its next topic and its input's
 * dead-letter topic), use its consumer group and its transactional ids (and, for the Streams enricher,
 * its internal topics), and nothing else: no service may create topics, read another's input, or write
 * {@code profiles.parsed} except the enricher. Everything else (creating topics, SCRAM credentials, these
 * ACLs, the operator tools {@code dlq}, {@code replay}, {@code audit}, and tombstones that erase a
 * profile) is the admin's, a super user.
 * <p>
 * README (Security), docker-compose.yml ({@code vitae acls --apply}) and AclDrillIT all take the ACLs
 * from here: {@code vitae acls} prints them as {@code kafka-acls.sh} commands.
 */
public final class ServiceAcls {
    /** The admin principal's default name: a super user of the cluster. */
    public static final String ADMIN = "vitae-admin";

    /** The principals the services run as, each named after its service. */
    public enum Service {
        INGEST, EXTRACTOR, ENRICHER, SINK;

        public String principalName() {
            return "vitae-" + name().toLowerCase(Locale.ROOT);
        }

        public String principal() {
            return "User:" + principalName();
        }
    }

    private ServiceAcls() {}

    /** Every ACL binding the services need, service by service. */
    public static List<AclBinding> all() {
        List<AclBinding> out = new ArrayList<>();
        for (Service s : Service.values()) {
            out.addAll(of(s));
        }
        return out;
    }

    /** The ACL bindings of one service's principal (group and id names are the services' defaults). */
    public static List<AclBinding> of(Service service) {
        String who = service.principal();
        List<AclBinding> out = new ArrayList<>();
        switch (service) {
            case INGEST -> out.add(allow(who, ResourceType.TOPIC, Topics.UPLOADED.name(), AclOperation.WRITE));
            case EXTRACTOR -> {
                out.add(allow(who, ResourceType.TOPIC, Topics.UPLOADED.name(), AclOperation.READ));
                out.add(allow(who, ResourceType.TOPIC, Topics.EXTRACTED.name(), AclOperation.WRITE));
                out.add(allow(who, ResourceType.TOPIC, Topics.dlqOf(Topics.UPLOADED.name()), AclOperation.WRITE));
                out.add(allow(who, ResourceType.GROUP, ExtractorConfig.DEFAULT_GROUP, AclOperation.READ));
                out.add(allowPrefixed(who, ResourceType.TRANSACTIONAL_ID, ExtractorConfig.TRANSACTIONAL_ID_PREFIX, AclOperation.WRITE));
            }
            case ENRICHER -> {
                String app = EnricherConfig.DEFAULT_APPLICATION_ID;
                out.add(allow(who, ResourceType.TOPIC, Topics.EXTRACTED.name(), AclOperation.READ));
                out.add(allow(who, ResourceType.TOPIC, Topics.PROFILES.name(), AclOperation.WRITE));
                out.add(allow(who, ResourceType.TOPIC, Topics.dlqOf(Topics.EXTRACTED.name()), AclOperation.WRITE));
                out.add(allow(who, ResourceType.GROUP, app, AclOperation.READ));
                // Kafka Streams names its transactional ids and internal (changelog, repartition) topics after the application id.
                out.add(allowPrefixed(who, ResourceType.TRANSACTIONAL_ID, app + "-", AclOperation.WRITE));
                out.add(allowPrefixed(who, ResourceType.TOPIC, app + "-", AclOperation.ALL));
            }
            case SINK -> {
                out.add(allow(who, ResourceType.TOPIC, Topics.PROFILES.name(), AclOperation.READ));
                out.add(allow(who, ResourceType.TOPIC, Topics.dlqOf(Topics.PROFILES.name()), AclOperation.WRITE));
                out.add(allow(who, ResourceType.GROUP, SinkConfig.DEFAULT_GROUP, AclOperation.READ));
            }
        }
        return out;
    }

    /**
     * The bindings as {@code kafka-acls.sh} arguments, one line each (after
     * {@code kafka-acls.sh --bootstrap-server … --command-config admin.properties}).
     */
    public static List<String> kafkaAclsArguments() {
        return all().stream().map(ServiceAcls::kafkaAclsArguments).toList();
    }

    static String kafkaAclsArguments(AclBinding b) {
        ResourcePattern r = b.pattern();
        String resource = switch (r.resourceType()) {
            case TOPIC -> "--topic";
            case GROUP -> "--group";
            case TRANSACTIONAL_ID -> "--transactional-id";
            default -> throw new IllegalArgumentException("no kafka-acls option for " + r.resourceType());
        };
        return "--add --allow-principal " + b.entry().principal()
                + " --operation " + camel(b.entry().operation().name())
                + " " + resource + " " + r.name()
                + (r.patternType() == PatternType.PREFIXED ? " --resource-pattern-type prefixed" : "");
    }

    private static String camel(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String part : upper.split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static AclBinding allow(String principal, ResourceType type, String name, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }

    private static AclBinding allowPrefixed(String principal, ResourceType type, String prefix, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, prefix, PatternType.PREFIXED),
                new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }
}
