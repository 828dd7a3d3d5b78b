package dev.vitae.app;

import dev.vitae.schemas.ClusterOptions;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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

        @Option(names = "--outcome", description = "Only records dead-lettered with this outcome, e.g. CORRUPT.")
        String outcome;

        List<String> topics() {
            List<String> out = new ArrayList<>();
            for (var input : Topics.INPUTS) {
                String dlq = Topics.dlqOf(input.name());
                String owner = input == Topics.UPLOADED ? "extractor" : input == Topics.EXTRACTED ? "enricher" : "sink";
                if (stage == null || stage.equalsIgnoreCase(owner)) {
                    out.add(dlq);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("'" + stage + "' is not a stage: use extractor, enricher or sink");
            }
            return out;
        }

        boolean accepts(ConsumerRecord<byte[], byte[]> r) {
            return outcome == null || outcome.equalsIgnoreCase(VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME));
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
            Map<String, Integer> byOutcome = new java.util.TreeMap<>();
            try (ClusterAccess access = ClusterAccess.open(cluster);
                 ProfileStore store = ProfileStore.open(storeOptions.config(cluster.dataDir()))) {
                // a dead letter whose document was stored since (replayed after a fix, or uploaded again) is resolved
                Set<String> stored = new HashSet<>(store.documentIds());
                for (String topic : filter.topics()) {
                    Ledger.readAll(access.clientProperties(), topic, r -> {
                        if (!filter.accepts(r)) {
                            return;
                        }
                        String id = Ledger.identity(r);
                        boolean resolved = stored.contains(id);
                        n[resolved ? 1 : 0]++;
                        String outcome = VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME);
                        byOutcome.merge(topic + " " + outcome + (resolved ? " (resolved)" : ""), 1, Integer::sum);
                        out.printf("%s  %-8s  %s  %s  %s/%s@%s  attempts=%s  %s: %s%n", Instant.ofEpochMilli(r.timestamp()),
                                resolved ? "resolved" : "open", id, String.valueOf(VitaeHeaders.get(r.headers(), VitaeHeaders.FILE_NAME)),
                                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_TOPIC), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_PARTITION),
                                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OFFSET), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_ATTEMPTS),
                                outcome, VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_MESSAGE));
                    });
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
            Map<String, Integer> sent = new HashMap<>();
            try (ClusterAccess access = ClusterAccess.open(cluster)) {
                Properties p = new Properties();
                p.putAll(access.clientProperties());
                p.put(ProducerConfig.ACKS_CONFIG, "all");
                p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                    for (String topic : filter.topics()) {
                        String source = topic.substring(0, topic.length() - ".dlq".length());
                        Ledger.readAll(access.clientProperties(), topic, r -> {
                            if (filter.accepts(r)) {
                                producer.send(new ProducerRecord<>(source, null, r.timestamp(), r.key(), r.value(), withoutErrorHeaders(r)));
                                sent.merge(source, 1, Integer::sum);
                            }
                        });
                    }
                    producer.flush();
                }
            }
            sent.forEach((topic, n) -> out.printf("replayed %d record(s) to %s%n", n, topic));
            out.printf("%d record(s) replayed; every stage is idempotent, so replaying twice stores nothing twice%n",
                    sent.values().stream().mapToInt(Integer::intValue).sum());
            out.flush();
            return 0;
        }

        private static RecordHeaders withoutErrorHeaders(ConsumerRecord<byte[], byte[]> r) {
            RecordHeaders h = new RecordHeaders();
            for (Header header : r.headers()) {
                if (!header.key().toLowerCase(Locale.ROOT).startsWith("vitae.error.")) {
                    h.add(header);
                }
            }
            return h;
        }
    }
}
