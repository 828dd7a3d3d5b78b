package dev.vitae.sink;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.ops.MetricsOptions;
import dev.vitae.schemas.ops.StageService;
import dev.vitae.schemas.ops.VitaeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vitae sink}: runs the sink service alone against any Kafka cluster and store until SIGTERM. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink service: profiles.parsed -> SQLite or PostgreSQL, exactly once.")
public final class SinkCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--group", defaultValue = SinkConfig.DEFAULT_GROUP, description = "Consumer group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--batch", defaultValue = "" + SinkConfig.DEFAULT_MAX_BATCH, description = "Records per poll and per database transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--partitions", defaultValue = "" + SinkConfig.DEFAULT_PARTITIONS, description = "Partitions of topics created at start-up (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", defaultValue = "" + SinkConfig.DEFAULT_REPLICATION, description = "Replication factor of created topics (default: ${DEFAULT-VALUE}).")
    short replication;

    /** Runs the sink as its own process. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new SinkCommand()).execute(args));
    }

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        StoreConfig storeConfig = storeOptions.config(cluster.dataDir());
        SinkConfig config = SinkConfig.defaults(cluster.clientProperties(), storeConfig)
                .withGroupId(group).withMaxBatch(batch).withTopics(partitions, replication);
        PrometheusMeterRegistry registry = VitaeMetrics.newRegistry();
        try (ProfileStore store = ProfileStore.open(storeConfig)) {
            StageService.runUntilStopped(new SinkService(config, store, registry), metricsOptions, registry);
        }
        return 0;
    }
}
