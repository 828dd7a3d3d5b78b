package dev.vitae.app;

import dev.vitae.schemas.DeadLetterOutcome;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead-letter topics, read and replayed; what {@code vitae dlq} and the HTTP API's
 * {@code /dead-letters} routes share.
 * <p>
 * Listing reads each selected dead-letter topic from its beginning to its end ({@link Ledger#readAll})
 * and turns every record's {@code vitae.error.*} headers into an {@link Entry}; an entry whose document
 * the store holds (replayed after a fix, or uploaded again) is resolved. Replaying sends each selected
 * record back to its source topic ({@code T.dlq} to {@code T}) with its key, value, timestamp and
 * headers unchanged but for the {@code vitae.error.*} ones, on an idempotent producer with acks=all,
 * flushed before returning; every stage is idempotent, so replaying twice stores nothing twice.
 */
final class DeadLetters {
    /** The stage that dead-letters each input topic's records, in pipeline order. */
    static final Map<String, String> STAGE_OF_INPUT = Map.of(
            Topics.UPLOADED.name(), "extractor", Topics.EXTRACTED.name(), "enricher", Topics.PROFILES.name(), "sink");

    /**
     * Which dead letters: null fields select all.
     *
     * @param stage      extractor, enricher or sink: that stage's dead-letter topic only
     * @param outcome    only records dead-lettered with this outcome ({@link #parse} reads it in any case)
     * @param documentId only this document's records
     * @param openOnly   leave out records whose document is stored since (needs the stored ids)
     */
    record Filter(String stage, DeadLetterOutcome outcome, String documentId, boolean openOnly) {
        static final Filter ALL = new Filter(null, null, null, false);

        Filter {
            stage = blankToNull(stage);
            documentId = blankToNull(documentId);
            if (stage != null && !STAGE_OF_INPUT.containsValue(stage.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("'" + HttpApi.echo(stage) + "' is not a stage: use extractor, enricher or sink");
            }
        }

        /** From request text: the outcome in any case; one outside the closed set is an {@link IllegalArgumentException}. */
        static Filter parse(String stage, String outcome, String documentId, boolean openOnly) {
            String o = blankToNull(outcome);
            DeadLetterOutcome typed = o == null ? null : DeadLetterOutcome.fromHeader(o).orElseThrow(() -> new IllegalArgumentException(
                    "'" + HttpApi.echo(o) + "' is not a dead-letter outcome: use one of " + java.util.Arrays.toString(DeadLetterOutcome.values())));
            return new Filter(stage, typed, documentId, openOnly);
        }

        /** The dead-letter topics this filter reads, in pipeline order. */
        List<String> topics() {
            List<String> out = new ArrayList<>();
            for (var input : Topics.INPUTS) {
                if (stage == null || stage.equalsIgnoreCase(STAGE_OF_INPUT.get(input.name()))) {
                    out.add(Topics.dlqOf(input.name()));
                }
            }
            return out;
        }

        boolean accepts(ConsumerRecord<byte[], byte[]> r, Set<String> stored) {
            // a header from before the outcomes were typed is read in any case; one outside the set matches no outcome
            if (outcome != null && DeadLetterOutcome.fromHeader(VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME))
                    .filter(outcome::equals).isEmpty()) {
                return false;
            }
            String id = documentId != null || openOnly ? Ledger.identity(r) : null;
            return (documentId == null || documentId.equals(id)) && (!openOnly || !stored.contains(id));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * One dead-letter record, as its headers tell it.
     *
     * @param deadLetteredAt when the stage gave up (ISO-8601, from vitae.error.timestamp), null if the header is missing
     * @param uploadedAt     the record's own timestamp, kept from the upload (epoch millis)
     * @param resolved       the store holds the document now
     */
    record Entry(String documentId, String fileName, String topic, String sourceTopic, String stage, String outcome, String reason,
                 String exceptionClass, String attempts, String sourcePartition, String sourceOffset, String deadLetteredAt,
                 long uploadedAt, boolean resolved) {}

    private final Properties clientProperties;

    DeadLetters(Properties clientProperties) {
        this.clientProperties = clientProperties;
    }

    /** Every dead letter the filter selects, in topic order then offset order; {@code stored}: the ids the store holds. */
    List<Entry> list(Filter filter, Set<String> stored) {
        List<Entry> out = new ArrayList<>();
        for (String topic : filter.topics()) {
            Ledger.readAll(clientProperties, topic, r -> {
                if (filter.accepts(r, stored)) {
                    out.add(entry(topic, r, stored));
                }
            });
        }
        return out;
    }

    /** Sends the selected dead letters back to their source topics; answers how many went to each, once Kafka acknowledged all. */
    Map<String, Integer> replay(Filter filter, Set<String> stored) {
        Map<String, Integer> sent = new LinkedHashMap<>();
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (String topic : filter.topics()) {
                String source = topic.substring(0, topic.length() - ".dlq".length());
                Ledger.readAll(clientProperties, topic, r -> {
                    if (filter.accepts(r, stored)) {
                        acks.add(producer.send(new ProducerRecord<>(source, null, r.timestamp(), r.key(), r.value(), withoutErrorHeaders(r))));
                        sent.merge(source, 1, Integer::sum);
                    }
                });
            }
            producer.flush();
            for (var ack : acks) {
                ack.get(); // a send that failed fails the replay: the caller must not believe it happened
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge a replayed record: " + e.getCause(), e.getCause());
        }
        return sent;
    }

    private static Entry entry(String topic, ConsumerRecord<byte[], byte[]> r, Set<String> stored) {
        String id = Ledger.identity(r);
        return new Entry(id, VitaeHeaders.get(r.headers(), VitaeHeaders.FILE_NAME), topic,
                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_TOPIC), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_STAGE),
                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OUTCOME), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_MESSAGE),
                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_CLASS), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_ATTEMPTS),
                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_PARTITION), VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_OFFSET),
                VitaeHeaders.get(r.headers(), VitaeHeaders.ERROR_TIMESTAMP), r.timestamp(), stored.contains(id));
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
