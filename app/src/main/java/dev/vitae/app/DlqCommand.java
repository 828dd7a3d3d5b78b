package dev.vitae.app;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vitae dlq list|replay}: what is in the dead-letter topics and why; send records back after a fix. */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = "Inspect and replay dead-letter topics.",
        subcommands = {DlqCommand.ListCommand.class, DlqCommand.ReplayDeadLetters.class})
public final class DlqCommand {

    /** Options shared by both subcommands: which topics, which outcome. */
    static final class Filter {
        @Option(names = "--stage", description = "Only this stage's dead letters: extractor, enricher or sink (default: all).")
        String stage;

        @Option(names = "--outcome", paramLabel = "OUTCOME",
                description = "Only records dead-lettered with this outcome, any case: ${COMPLETION-CANDIDATES}.")
        DeadLetterOutcome outcome;

        DeadLetters.Filter selection() {
            return new DeadLetters.Filter(stage, outcome, null, false);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show every dead letter: where it came from and why.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Mixin
        Filter filter;

        @Mixin
        StoreOptions storeOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            int[] n = {0, 0};
            Map<String, Integer> byOutcome = new TreeMap<>();
            DeadLetters.Filter selection = filter.selection();
            try (ClusterAccess access = ClusterAccess.open(cluster);
                 ProfileStore store = ProfileStore.open(storeOptions.config(cluster.dataDir()))) {
                // a dead letter whose document was stored since (replayed after a fix, or uploaded again) is resolved
                Set<String> stored = new HashSet<>(store.documentIds());
                for (DeadLetters.Entry e : new DeadLetters(access.clientProperties()).list(selection, stored)) {
                    n[e.resolved() ? 1 : 0]++;
                    byOutcome.merge(e.topic() + " " + e.outcome() + (e.resolved() ? " (resolved)" : ""), 1, Integer::sum);
                    out.printf("%s  %-8s  %s  %s  %s/%s@%s  attempts=%s  %s: %s%n", Instant.ofEpochMilli(e.uploadedAt()),
                            e.resolved() ? "resolved" : "open", e.documentId(), e.fileName(), e.sourceTopic(), e.sourcePartition(),
                            e.sourceOffset(), e.attempts(), e.outcome(), e.reason());
                }
            }
            byOutcome.forEach((k, v) -> out.printf("  %-56s %d%n", k, v));
            out.printf("%d dead letter(s): %d open, %d resolved (their document is stored)%n", n[0] + n[1], n[0], n[1]);
            out.flush();
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Send dead letters back to their source topic, unchanged but for the vitae.error.* headers (after a fix).")
    static final class ReplayDeadLetters implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Mixin
        Filter filter;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Integer> sent;
            try (ClusterAccess access = ClusterAccess.open(cluster)) {
                sent = new DeadLetters(access.clientProperties()).replay(filter.selection(), Set.of());
            }
            sent.forEach((topic, n) -> out.printf("replayed %d record(s) to %s%n", n, topic));
            out.printf("%d record(s) replayed; every stage is idempotent, so replaying twice stores nothing twice%n",
                    sent.values().stream().mapToInt(Integer::intValue).sum());
            out.flush();
            return 0;
        }
    }
}
