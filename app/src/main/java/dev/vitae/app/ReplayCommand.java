package dev.vitae.app;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vitae replay}: rewind a stopped stage so a new version reprocesses its input. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Reset a stopped stage's consumer offsets so it reprocesses its input topic.")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--stage", required = true, description = "extractor, enricher or sink.",
            converter = StageConverter.class)
    Replay.Stage stage;

    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    static final class From {
        @Option(names = "--from-beginning", description = "Reprocess everything.")
        boolean beginning;

        @Option(names = "--from-time", paramLabel = "INSTANT", description = "Reprocess records at or after this time (ISO-8601, e.g. 2026-11-01T00:00:00Z).")
        Instant time;
    }

    static final class StageConverter implements picocli.CommandLine.ITypeConverter<Replay.Stage> {
        @Override
        public Replay.Stage convert(String value) {
            try {
                return Replay.Stage.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a stage: use extractor, enricher or sink");
            }
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ClusterAccess access = ClusterAccess.open(cluster)) {
            if (access.localRunning()) {
                throw new IllegalStateException("a local `vitae up` is running on " + cluster.dataDir()
                        + "; stop it first (a stage is replayed while stopped), then run replay and start it again");
            }
            Map<TopicPartition, Long> offsets;
            if (stage == Replay.Stage.SINK) {
                try (ProfileStore store = ProfileStore.open(storeOptions.config(cluster.dataDir()))) {
                    offsets = Replay.reset(access.clientProperties(), stage, from.beginning ? null : from.time, store);
                }
            } else {
                offsets = Replay.reset(access.clientProperties(), stage, from.beginning ? null : from.time, null);
            }
            offsets.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(TopicPartition::partition)))
                    .forEach(e -> out.printf("%s-%d -> offset %d%n", e.getKey().topic(), e.getKey().partition(), e.getValue()));
            out.printf("%s will reprocess from there when it starts%n", stage.name().toLowerCase());
            out.flush();
            return 0;
        }
    }
}
