package dev.vitae.ingest.http;

import dev.vitae.ingest.FileValidator;
import dev.vitae.ingest.Uploads;
import dev.vitae.schemas.HeaderValues;
import dev.vitae.schemas.ops.Traceparent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The HTTP upload's logic, free of HTTP: a batch of files is validated as the CLI validates them
 * ({@link FileValidator}: size, type from the bytes) and then sent to resumes.uploaded.
 * <p>
 * All or nothing at validation: if any file is refused, none is sent and every file's verdict is
 * returned, so the client fixes the batch and sends it again. Otherwise every file is sent and the
 * batch is acknowledged only once Kafka acknowledged every record ({@code send().get()} on the
 * idempotent, acks=all producer of {@link Uploads}). Client-chosen file names are sanitised and
 * capped ({@link HeaderValues}) before they become headers. Thread-safe: one producer serves all
 * requests.
 */
public final class UploadIntake implements AutoCloseable {
    /** Value of the vitae.source header on records sent by this door. */
    public static final String SOURCE = "http";
    /** Longer than the producer's delivery timeout, so the producer's own error arrives first. */
    private static final long ACK_WAIT_SECONDS = 90;

    /** One file as the client sent it. */
    public record Part(String submittedName, byte[] content) {}

    /** One file's verdict; {@code documentId} is set when it was accepted, {@code reason} when refused. */
    public record FileVerdict(String fileName, String documentId, String mediaType, long bytes, String reason) {
        public boolean accepted() {
            return reason == null;
        }
    }

    /** What became of a batch: {@code sent} is true only when every file was acknowledged by Kafka. */
    public record Result(boolean sent, List<FileVerdict> files) {}

    /** Kafka did not acknowledge every record: {@code acknowledged} lists the document ids that are durable. */
    public static final class NotAcknowledgedException extends Exception {
        private final List<String> acknowledged;

        NotAcknowledgedException(List<String> acknowledged, Throwable cause) {
            super("Kafka did not acknowledge the upload: " + cause.getMessage(), cause);
            this.acknowledged = List.copyOf(acknowledged);
        }

        public List<String> acknowledged() {
            return acknowledged;
        }
    }

    private final FileValidator validator = new FileValidator();
    private final KafkaProducer<byte[], byte[]> producer;

    public UploadIntake(Properties clientProperties) {
        this.producer = Uploads.producer(clientProperties);
    }

    public Result submit(List<Part> parts) throws NotAcknowledgedException, InterruptedException {
        return submit(parts, null);
    }

    /**
     * With the request's W3C {@code traceparent} header: when valid, every file of the request joins the
     * caller's trace (the caller's span as parent); when absent or invalid, each file starts its own.
     */
    public Result submit(List<Part> parts, String traceparent) throws NotAcknowledgedException, InterruptedException {
        java.util.Optional<Traceparent> caller = Traceparent.parse(traceparent);
        List<FileVerdict> verdicts = new ArrayList<>(parts.size());
        Map<String, ProducerRecord<byte[], byte[]>> records = new LinkedHashMap<>(); // the same bytes twice are sent once
        for (Part p : parts) {
            String name = HeaderValues.fileName(p.submittedName());
            FileValidator.Verdict v = validator.check(p.content(), name);
            if (!v.accepted()) {
                verdicts.add(new FileVerdict(name, null, v.mediaType(), p.content().length, v.reason()));
                continue;
            }
            ProducerRecord<byte[], byte[]> r = Uploads.record(p.content(), name, v.mediaType(), SOURCE);
            caller.ifPresent(t -> t.writeTo(r.headers()));
            String id = new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
            records.putIfAbsent(id, r);
            verdicts.add(new FileVerdict(name, id, v.mediaType(), p.content().length, null));
        }
        if (verdicts.stream().anyMatch(f -> !f.accepted())) {
            return new Result(false, verdicts);
        }
        Map<String, Future<RecordMetadata>> pending = new LinkedHashMap<>();
        records.forEach((id, r) -> pending.put(id, producer.send(r)));
        List<String> acknowledged = new ArrayList<>();
        Throwable failure = null;
        for (var e : pending.entrySet()) {
            try {
                e.getValue().get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
                acknowledged.add(e.getKey());
            } catch (ExecutionException ex) {
                failure = failure == null ? ex.getCause() : failure;
            } catch (TimeoutException ex) {
                failure = failure == null ? ex : failure;
            }
        }
        if (failure != null) {
            throw new NotAcknowledgedException(acknowledged, failure);
        }
        return new Result(true, verdicts);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
