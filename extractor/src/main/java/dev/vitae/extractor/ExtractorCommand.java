package dev.vitae.extractor;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.ops.MetricsOptions;
import dev.vitae.schemas.ops.StageService;
import dev.vitae.schemas.ops.VitaeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vitae extractor}: runs the extractor service alone against any Kafka cluster until SIGTERM.
 * Options left out keep the defaults of {@link ExtractorConfig} and {@link SupervisedExtractor.Settings}.
 */
@Command(name = "extractor", mixinStandardHelpOptions = true,
        description = "Run the extractor service: resumes.uploaded -> Apache Tika -> resumes.extracted.")
public final class ExtractorCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    MetricsOptions metricsOptions;

    @Option(names = "--group", description = "Consumer group (default: " + ExtractorConfig.DEFAULT_GROUP + ").")
    String group;

    @Option(names = "--instance-id", description = "Unique id of this instance (default: one kept in DATA/instances, the same after a restart).")
    String instanceId;

    @Option(names = "--partitions", description = "Partitions of topics created at start-up (default: " + ExtractorConfig.DEFAULT_PARTITIONS + ").")
    Integer partitions;

    @Option(names = "--replication", description = "Replication factor of topics created at start-up (default: " + ExtractorConfig.DEFAULT_REPLICATION + ").")
    Short replication;

    @Option(names = "--max-attempts", description = "Attempts for transient parser faults (default: " + ExtractorConfig.DEFAULT_MAX_ATTEMPTS + ").")
    Integer maxAttempts;

    @Option(names = "--parsers", description = "Documents parsed at once, each in its own parser process (default: one per core).")
    Integer parsers;

    @Option(names = "--in-process", description = "Parse in this JVM instead of supervised child processes (no isolation from hostile files).")
    boolean inProcess;

    @Option(names = "--parse-deadline", description = "Seconds a document may take before its parser process is destroyed (default: "
            + SupervisedExtractor.Settings.DEFAULT_DEADLINE_SECONDS + ").")
    Integer deadlineSeconds;

    @Option(names = "--parser-heap", description = "Heap of each parser process (default: " + SupervisedExtractor.Settings.DEFAULT_MAX_HEAP + ").")
    String parserHeap;

    /** Runs the extractor as its own process. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ExtractorCommand()).execute(args));
    }

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        ExtractorConfig.Builder b = ExtractorConfig.builder(cluster.clientProperties(), cluster.dataDir().resolve("logs"));
        if (inProcess) {
            b.inProcess();
        } else {
            SupervisedExtractor.Settings.Builder child = SupervisedExtractor.Settings.builder(cluster.dataDir().resolve("logs"));
            if (deadlineSeconds != null) {
                child.deadline(Duration.ofSeconds(deadlineSeconds));
            }
            if (parserHeap != null) {
                child.maxHeap(parserHeap);
            }
            b.isolation(child.build());
        }
        if (group != null) {
            b.groupId(group);
        }
        // kept in DATA/instances unless given: a restarted extractor reuses its transactional id and fences the killed one
        b.instanceId(instanceId != null ? instanceId : dev.vitae.schemas.InstanceIds.persistent(cluster.dataDir(), "extractor"));
        if (partitions != null) {
            b.partitions(partitions);
        }
        if (replication != null) {
            b.replication(replication);
        }
        if (maxAttempts != null) {
            b.maxAttempts(maxAttempts);
        }
        if (parsers != null) {
            b.parsers(parsers);
        }
        PrometheusMeterRegistry registry = VitaeMetrics.newRegistry();
        StageService.runUntilStopped(new ExtractorService(b.build(), registry), metricsOptions, registry);
        return 0;
    }
}
