package dev.vitae.app;

import dev.vitae.ingest.IngestCommand;
import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vitae demo}: local mode, ingest a folder of résumés, wait until every one of them is
 * stored or dead-lettered, print a table, shut down. Exit 1 if any document is unaccounted for.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run everything locally, ingest seeds/, wait until each file is stored or dead-lettered, print a table.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${env:VITAE_DATA:-data}", description = "State directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--input", defaultValue = "seeds", description = "File or folder to ingest (default: ${DEFAULT-VALUE}).")
    List<Path> input;

    @Option(names = "--timeout", defaultValue = "180", description = "Seconds to wait for every document (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (LocalStack stack = LocalStack.start(data, 0, -1, null)) {
            stack.awaitReady(Duration.ofMinutes(2));
            out.printf("local Vitae up in %.1f s (Kafka at %s)%n", (System.nanoTime() - t0) / 1e9, stack.bootstrapServers());
            out.flush();
            IngestCommand.Result sent = IngestCommand.upload(input, new ClusterOptions(stack.bootstrapServers(), data), "demo",
                    false, spec.commandLine().getErr());
            out.printf("ingested %d file(s), %d rejected at the door%n", sent.sent().size(), sent.rejected().size());
            out.flush();
            Map<String, Ledger.DeadLetterEntry> dead = awaitAccounted(stack, sent.sent().keySet());
            printTable(out, stack.store(), sent.sent(), dead);
            Set<String> missing = unaccounted(stack.store(), dead, sent.sent().keySet());
            out.printf("%d stored, %d dead-lettered, %d unaccounted; %.1f s in all%n", sent.sent().size() - dead.size() - missing.size(),
                    dead.size(), missing.size(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            return missing.isEmpty() && sent.rejected().isEmpty() ? 0 : 1;
        }
    }

    private Map<String, Ledger.DeadLetterEntry> awaitAccounted(LocalStack stack, Set<String> ids) throws Exception {
        Ledger ledger = new Ledger(stack.clientProperties());
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (true) {
            Map<String, Ledger.DeadLetterEntry> dead = ledger.deadLettered();
            dead.keySet().retainAll(ids);
            if (unaccounted(stack.store(), dead, ids).isEmpty() || System.nanoTime() > deadline) {
                return dead;
            }
            Thread.sleep(300);
        }
    }

    private static Set<String> unaccounted(ProfileStore store, Map<String, Ledger.DeadLetterEntry> dead, Set<String> ids) throws Exception {
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(store.documentIds());
        missing.removeAll(dead.keySet());
        return missing;
    }

    private static void printTable(PrintWriter out, ProfileStore store, Map<String, String> files,
                                   Map<String, Ledger.DeadLetterEntry> dead) throws Exception {
        Map<String, ProfileStore.Summary> stored = store.summaries().stream()
                .collect(Collectors.toMap(ProfileStore.Summary::documentId, s -> s));
        String format = "%-28s %-5s %-22s %5s %6s %7s  %s%n";
        out.printf(format, "file", "lang", "name", "roles", "skills", "metrics", "status");
        files.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            ProfileStore.Summary s = stored.get(e.getKey());
            Ledger.DeadLetterEntry d = dead.get(e.getKey());
            if (s != null) {
                out.printf(format, cut(e.getValue(), 28), s.language() == null ? "-" : s.language(),
                        cut(s.name() == null ? "-" : s.name(), 22), s.roles(), s.skills(), s.metrics(), "stored");
            } else if (d != null) {
                out.printf(format, cut(e.getValue(), 28), "-", "-", "-", "-", "-", "dead-lettered (" + d.stage() + ": " + d.outcome() + ")");
            } else {
                out.printf(format, cut(e.getValue(), 28), "-", "-", "-", "-", "-", "UNACCOUNTED");
            }
        });
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
