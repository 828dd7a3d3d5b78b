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
 * to every Kafka client as they are (security settings, for example).
 */
public final class ClusterOptions {
    /** File in the data directory where {@code vitae up} records its broker's address. */
    public static final String LOCAL_BOOTSTRAP_FILE = "bootstrap.servers";

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

    /** Client properties: the config file's entries plus the resolved {@code bootstrap.servers}. */
    public Properties clientProperties() {
        Properties props = new Properties();
        if (configFile != null) {
            try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --config " + configFile + ": " + e.getMessage(), e);
            }
        }
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
