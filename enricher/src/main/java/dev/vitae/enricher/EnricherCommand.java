package dev.vitae.enricher;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.ops.MetricsOptions;
import dev.vitae.schemas.ops.StageService;
import dev.vitae.schemas.ops.VitaeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vitae enricher}: runs the enricher service alone against any Kafka cluster until SIGTERM. */
@Command(name = "enricher", mixinStandardHelpOptions = true,
        description = "Run the enricher service: resumes.extracted -> Kafka Streams -> profiles.parsed.")
public final class EnricherCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--application-id", defaultValue = EnricherConfig.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", description = "Kafka Streams state directory (default: DATA/streams).")
    Path stateDir;

    @Option(names = "--instance-id", description = "Unique id of this instance in the group (default: one kept in DATA/instances, the same after a restart).")
    String instanceId;
    @Option(names = "--threads", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of topics created at start-up (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", defaultValue = "1", description = "Replication factor of created topics (default: ${DEFAULT-VALUE}).")
    short replication;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        EnricherConfig config = new EnricherConfig(cluster.clientProperties(), applicationId,
                stateDir != null ? stateDir : cluster.dataDir().resolve("streams"), threads, partitions, replication,
                instanceId != null ? instanceId : dev.vitae.schemas.InstanceIds.persistent(cluster.dataDir(), "enricher"));
        PrometheusMeterRegistry registry = VitaeMetrics.newRegistry();
        StageService.runUntilStopped(new EnricherService(config, EnricherService.VERSION, registry), metricsOptions, registry);
        return 0;
    }
}
