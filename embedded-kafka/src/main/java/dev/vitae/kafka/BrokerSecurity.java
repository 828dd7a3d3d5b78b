package dev.vitae.kafka;

import java.util.Objects;
import java.util.Properties;

/**
 * Authentication and authorization of an in-JVM broker, as the secured deployment (docker-compose.yml)
 * runs it: every listener speaks SASL_PLAINTEXT, nothing is allowed that an ACL does not grant
 * ({@code StandardAuthorizer}), and two principals are super users: the brokers themselves (inter-broker
 * and controller traffic, SASL/PLAIN) and a named admin (SASL/PLAIN), who creates the topics, the SCRAM
 * credentials of the service principals and their ACLs. The services authenticate with SCRAM-SHA-512,
 * whose credentials live in the cluster metadata and so exist only once the admin created them. The
 * listener names ({@code CLIENT}, {@code CONTROLLER}) and mechanisms are the ones docker-compose.yml gives its brokers.
 *
 * @param adminUser the admin principal's name ({@code User:adminUser})
 * @param adminPassword its SASL/PLAIN password
 * @param brokerPassword the brokers' own SASL/PLAIN password, shared by every node of a cluster
 */
public record BrokerSecurity(String adminUser, String adminPassword, String brokerPassword) {
    public static final String SERVICE_MECHANISM = "SCRAM-SHA-512";
    public static final String ADMIN_MECHANISM = "PLAIN";
    static final String BROKER_USER = "broker";
    static final String LISTENER = "CLIENT";
    private static final String AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";
    private static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private static final String SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    public BrokerSecurity {
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(brokerPassword, "brokerPassword");
        if (adminUser.equals(BROKER_USER)) {
            throw new IllegalArgumentException("the admin cannot be named " + BROKER_USER);
        }
    }

    /** SASL with {@code adminUser} as the admin and a random broker password. */
    public static BrokerSecurity sasl(String adminUser, String adminPassword) {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        return new BrokerSecurity(adminUser, adminPassword, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Client properties of a SASL_PLAINTEXT client authenticating with {@code mechanism} as {@code user}. */
    public static Properties clientProperties(String bootstrapServers, String mechanism, String user, String password) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", mechanism);
        p.put("sasl.jaas.config", jaas(mechanism.equals(ADMIN_MECHANISM) ? PLAIN_MODULE : SCRAM_MODULE, user, password, ""));
        return p;
    }

    /** The admin's client properties. */
    public Properties adminProperties(String bootstrapServers) {
        return clientProperties(bootstrapServers, ADMIN_MECHANISM, adminUser, adminPassword);
    }

    /**
     * Replaces the plaintext listeners of {@code broker} (as {@link KraftNode#properties} sets them)
     * with SASL ones on the same ports and turns the authorizer on.
     */
    void applyTo(Properties broker, int brokerPort, int controllerPort) {
        broker.putAll(brokerProperties(brokerPort, controllerPort));
    }

    /**
     * The broker settings of this security on these ports: listeners, SASL mechanisms and their JAAS
     * configurations, authorizer and super users. Public so that a test can hold a deployment's broker
     * settings against them.
     */
    public Properties brokerProperties(int brokerPort, int controllerPort) {
        Properties broker = new Properties();
        String plainUsers = " user_" + BROKER_USER + "=\"" + brokerPassword + "\" user_" + adminUser + "=\"" + adminPassword + "\"";
        String plain = jaas(PLAIN_MODULE, BROKER_USER, brokerPassword, plainUsers);
        broker.put("listeners", LISTENER + "://" + KraftNode.HOST + ":" + brokerPort + ",CONTROLLER://" + KraftNode.HOST + ":" + controllerPort);
        broker.put("advertised.listeners", LISTENER + "://" + KraftNode.HOST + ":" + brokerPort);
        broker.put("inter.broker.listener.name", LISTENER);
        broker.put("listener.security.protocol.map", LISTENER + ":SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        broker.put("sasl.enabled.mechanisms", SERVICE_MECHANISM + "," + ADMIN_MECHANISM);
        broker.put("sasl.mechanism.inter.broker.protocol", ADMIN_MECHANISM);
        broker.put("sasl.mechanism.controller.protocol", ADMIN_MECHANISM);
        String client = "listener.name." + LISTENER.toLowerCase(java.util.Locale.ROOT) + ".";
        broker.put(client + "plain.sasl.jaas.config", plain);
        broker.put(client + "scram-sha-512.sasl.jaas.config", SCRAM_MODULE + " required;");
        broker.put("listener.name.controller.sasl.enabled.mechanisms", ADMIN_MECHANISM);
        // the controllers take only the brokers: the admin reaches the cluster through the client listener
        broker.put("listener.name.controller.plain.sasl.jaas.config",
                jaas(PLAIN_MODULE, BROKER_USER, brokerPassword, " user_" + BROKER_USER + "=\"" + brokerPassword + "\""));
        broker.put("authorizer.class.name", AUTHORIZER);
        broker.put("super.users", "User:" + BROKER_USER + ";User:" + adminUser);
        broker.put("allow.everyone.if.no.acl.found", "false");
        return broker;
    }

    private static String jaas(String module, String user, String password, String extra) {
        return module + " required username=\"" + user + "\" password=\"" + password + "\"" + extra + ";";
    }
}
