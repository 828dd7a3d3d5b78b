package dev.vitae.extractor;

import dev.vitae.schemas.ClusterOptions;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vitae extractor}: runs the extractor service alone against any Kafka cluster until SIGTERM. */
@Command(name = "extractor", mixinStandardHelpOptions = true,
        description = "Run the extractor service: resumes.uploaded -> Apache Tika -> resumes.extracted.")
public final class ExtractorCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--group", defaultValue = ExtractorConfig.DEFAULT_GROUP, description = "Consumer group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--instance-id", description = "Unique id of this instance (default: one kept in DATA/instances, the same after a restart).")
    String instanceId;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of topics created at start-up (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", defaultValue = "1", description = "Replication factor of topics created at start-up (default: ${DEFAULT-VALUE}).")
    short replication;

    @Option(names = "--max-attempts", defaultValue = "3", description = "Attempts for transient parser faults (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--in-process", description = "Parse in this JVM instead of a supervised child process (no isolation from hostile files).")
    boolean inProcess;

    @Option(names = "--parse-deadline", defaultValue = "60", description = "Seconds a document may take before its parser process is destroyed (default: ${DEFAULT-VALUE}).")
    int deadlineSeconds;

    @Option(names = "--parser-heap", defaultValue = "512m", description = "Heap of the parser process (default: ${DEFAULT-VALUE}).")
    String parserHeap;

    /** Runs the extractor as its own process. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ExtractorCommand()).execute(args));
    }

    @Override
    public Integer call() {
        SupervisedExtractor.Settings isolation = inProcess ? null : new SupervisedExtractor.Settings(parserHeap, "256m",
                Duration.ofSeconds(deadlineSeconds), 500, TextExtractor.DEFAULT_WRITE_LIMIT, cluster.dataDir().resolve("logs"));
        ExtractorConfig config = new ExtractorConfig(cluster.clientProperties(), group,
                instanceId == null ? dev.vitae.schemas.InstanceIds.persistent(cluster.dataDir(), "extractor") : instanceId, partitions, replication,
                maxAttempts, Duration.ofMillis(200), TextExtractor.DEFAULT_WRITE_LIMIT, isolation);
        ExtractorService service = new ExtractorService(config);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "extractor-shutdown"));
        service.run();
        return 0;
    }
}
