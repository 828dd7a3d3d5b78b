package dev.vitae.app;

import dev.vitae.sink.ProfileStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reconciles the books: every distinct document uploaded must be stored or dead-lettered. A
 * pipeline that looks healthy but whose books do not balance is broken, so anything unaccounted
 * for is listed by id (documents still in flight show up here too: audit a quiet pipeline).
 */
public final class Audit {
    /** The reconciliation. {@code unaccounted} maps document id to its file name. */
    public record Report(int uploaded, int stored, Map<String, Integer> deadLettered, Map<String, String> unaccounted,
                         List<String> storedNotUploaded) {
        public boolean balanced() {
            return unaccounted.isEmpty();
        }
    }

    private Audit() {}

    public static Report run(Properties clientProperties, ProfileStore store) throws Exception {
        Ledger ledger = new Ledger(clientProperties);
        Map<String, String> uploaded = ledger.uploaded();
        Map<String, Ledger.DeadLetterEntry> dead = ledger.deadLettered();
        Set<String> stored = new HashSet<>(store.documentIds());
        Map<String, Integer> perDlq = Ledger.countByTopic(dead);
        Map<String, String> unaccounted = new LinkedHashMap<>();
        uploaded.forEach((id, file) -> {
            if (!stored.contains(id) && !dead.containsKey(id)) {
                unaccounted.put(id, file);
            }
        });
        List<String> extra = new ArrayList<>(stored);
        extra.removeAll(uploaded.keySet());
        return new Report(uploaded.size(), stored.size(), perDlq, unaccounted, extra);
    }
}
