package dev.vitae.schemas;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * How any Vitae command reaches a Kafka cluster, in order of precedence: {@code --bootstrap-servers},
 * the {@code VITAE_BOOTSTRAP_SERVERS} environment variable, {@code bootstrap.servers} in the
 * {@code --config} file, the local-mode broker recorded in {@code DATA/bootstrap.servers} by
 * {@code vitae up}, and finally {@code localhost:9092}. The config file's other entries are passed
 * to every Kafka client of the command (admin, producers, consumers, Kafka Streams) as they are:
 * security settings, for example. So is every {@code VITAE_KAFKA_*} environment variable, as the
 * property its name spells ({@code VITAE_KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}), over
 * the file's value: a secret can come from the environment while the rest stays in the file.
 */
public final class ClusterOptions {
    /** File in the data directory where {@code vitae up} records its broker's address. */
    public static final String LOCAL_BOOTSTRAP_FILE = "bootstrap.servers";
    /** Environment variables with this prefix are Kafka client properties: the rest of the name, lower case, '_' for '.'. */
    public static final String ENV_PROPERTY_PREFIX = "VITAE_KAFKA_";

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            defaultValue = "${env:VITAE_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers (env VITAE_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:VITAE_CONFIG}",
            description = "Kafka client properties file (env VITAE_CONFIG).")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:VITAE_DATA:-data}",
            description = "Local-mode data directory, used to find the broker of `vitae up` (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    public ClusterOptions() {}

    public ClusterOptions(String bootstrapServers, Path dataDir) {
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when the cluster was named explicitly (flag, environment or config file), not found through local mode. */
    public boolean isExplicit() {
        return (bootstrapServers != null && !bootstrapServers.isBlank()) || configFile != null;
    }

    /** Client properties: the config file's entries, then the {@code VITAE_KAFKA_*} variables, plus the resolved {@code bootstrap.servers}. */
    public Properties clientProperties() {
        return clientProperties(System.getenv());
    }

    /** As {@link #clientProperties()} with {@code environment} for the process environment. */
    public Properties clientProperties(java.util.Map<String, String> environment) {
        Properties props = new Properties();
        if (configFile != null) {
            try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --config " + configFile + ": " + e.getMessage(), e);
            }
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PROPERTY_PREFIX) && name.length() > ENV_PROPERTY_PREFIX.length()) {
                props.setProperty(name.substring(ENV_PROPERTY_PREFIX.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value);
            }
        });
        props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(props));
        return props;
    }

    private String bootstrapServers(Properties fromFile) {
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            return bootstrapServers;
        }
        String configured = fromFile.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path local = dataDir == null ? null : dataDir.resolve(LOCAL_BOOTSTRAP_FILE);
        if (local != null && Files.isReadable(local)) {
            try {
                return Files.readString(local, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + local + ": " + e.getMessage(), e);
            }
        }
        return "localhost:9092";
    }
}
