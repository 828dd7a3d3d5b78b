package dev.vitae.app;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vitae audit}: counts uploads, stored profiles and dead letters; exit 1 if any document is neither stored nor dead-lettered. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Reconcile resumes.uploaded against the store and the dead-letter topics; exit 1 if anything is unaccounted for.")
public final class AuditCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ClusterAccess access = ClusterAccess.open(cluster);
             ProfileStore store = ProfileStore.open(storeOptions.config(cluster.dataDir()))) {
            Audit.Report r = Audit.run(access.clientProperties(), store);
            out.printf("uploaded documents   %d%n", r.uploaded());
            out.printf("stored profiles      %d%n", r.stored());
            r.deadLettered().forEach((topic, n) -> out.printf("%-20s %d%n", topic, n));
            out.printf("unaccounted          %d%n", r.unaccounted().size());
            r.unaccounted().forEach((id, file) -> out.printf("  unaccounted %s %s%n", id, file == null ? "" : file));
            if (!r.storedNotUploaded().isEmpty()) {
                out.printf("stored without an upload record (retention or another cluster): %d%n", r.storedNotUploaded().size());
            }
            out.println(r.balanced() ? "balanced: every upload is stored or dead-lettered" : "NOT balanced");
            out.flush();
            return r.balanced() ? 0 : 1;
        }
    }
}
