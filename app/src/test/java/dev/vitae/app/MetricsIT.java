package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.ingest.Uploads;
import dev.vitae.kafka.KafkaCluster;
import dev.vitae.kafka.KafkaClusterExtension;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.schemas.ops.Traceparent;
import dev.vitae.schemas.ops.VitaeMetrics;
import dev.vitae.sink.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations end to end on a real broker: the five seeds (one of them through the HTTP upload) and
 * one file no parser reads go through the pipeline; {@code /metrics} then counts them per stage and
 * outcome, the upload-to-stored histogram holds five, the DLQ gauge one, the Kafka clients' lag is
 * there per stage, and the trace of the HTTP upload (the caller's, from its traceparent header) is the
 * trace of its extracted text and profile, and the trace of the unreadable file that of its dead letter.
 */
@ExtendWith(KafkaClusterExtension.class)
class MetricsIT {
    @TempDir
    static Path dir;
    static Properties client;
    static Pipeline pipeline;
    static HttpApi api;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> TRACE_OF = new HashMap<>(); // document id -> trace id at upload
    static String httpUploadId;
    /** The HTTP client's own trace context, sent as the upload request's traceparent header. */
    static final String CALLER_TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    static String hostileId;

    @BeforeAll
    static void start(KafkaCluster kafka) throws Exception {
        client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        pipeline = Pipeline.start(client, dir, StoreConfig.sqlite(dir.resolve("vitae.db")), 3);
        pipeline.awaitReady(Duration.ofMinutes(2));
        DeadLetterCounts counts = new DeadLetterCounts(new Ledger(client)).bindTo(pipeline.registry());
        HttpSettings settings = HttpSettings.DEFAULTS.withPort(0);
        api = HttpApi.start(settings, new HttpApi.Query(pipeline.readiness(), pipeline.notReadyReasons(), pipeline::store, counts::get, Map::of),
                new UploadRoutes(settings, client, pipeline::store), null, pipeline.registry()::scrape);

        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(5, seeds.size());
        // the first seed through the HTTP upload, the rest as ingest sends them
        byte[] first = Files.readAllBytes(seeds.get(0));
        httpUploadId = DocumentIds.of(first);
        HttpResponse<String> r = upload(seeds.get(0).getFileName().toString(), first, CALLER_TRACE);
        assertEquals(202, r.statusCode(), r.body());
        byte[] hostile = new byte[4096];
        new Random(10).nextBytes(hostile); // random bytes: no parser for them
        hostileId = DocumentIds.of(hostile);
        try (KafkaProducer<byte[], byte[]> producer = Uploads.producer(client)) {
            for (Path seed : seeds.subList(1, seeds.size())) {
                byte[] content = Files.readAllBytes(seed);
                var record = Uploads.record(content, seed.getFileName().toString(), "text/plain", "metrics-it");
                TRACE_OF.put(DocumentIds.of(content), Traceparent.of(record.headers()).orElseThrow().traceId());
                producer.send(record).get();
            }
            producer.send(Uploads.record(hostile, "noise.bin", "application/octet-stream", "metrics-it")).get();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (pipeline.store().count() < 5 || counts.get().getOrDefault("resumes.uploaded.dlq", 0) < 1) {
            assertTrue(System.nanoTime() < deadline, "five stored and one dead-lettered within two minutes");
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void metricsCountEachStageByOutcomeAndTheLatencyOfEveryStoredResume() throws Exception {
        Map<String, Double> m = Map.of();
        for (String stage : List.of("extractor", "enricher", "sink")) {
            // a partition's lag appears at the binders' next look after assignment (StageMetrics.KAFKA_REFRESH), stage by stage
            m = scrape(s -> s.contains("vitae_kafka_consumer_fetch_manager_records_lag{") && s.contains("stage=\"" + stage + "\""));
        }
        assertEquals(5.0, m.get("vitae_stage_records_total{outcome=\"OK\",stage=\"extractor\"}"));
        assertEquals(1.0, m.get("vitae_stage_records_total{outcome=\"UNSUPPORTED_TYPE\",stage=\"extractor\"}"));
        assertEquals(6.0, m.get("vitae_stage_processing_seconds_count{stage=\"extractor\"}"));
        assertTrue(m.get("vitae_parser_children_alive{stage=\"extractor\"}") >= 1.0, "a parser child serves");
        assertEquals(0.0, m.get("vitae_parser_children_restarts_total{stage=\"extractor\"}"));
        assertEquals(5.0, m.get("vitae_stage_records_total{outcome=\"OK\",stage=\"enricher\"}"));
        assertEquals(5.0, m.get("vitae_stage_records_total{outcome=\"OK\",stage=\"sink\"}"));
        assertEquals(5.0, m.get("vitae_stage_processing_seconds_count{stage=\"enricher\"}"));
        assertEquals(5.0, m.get("vitae_upload_to_stored_seconds_count"), "one latency per stored résumé");
        assertEquals(5.0, m.get("vitae_upload_to_stored_seconds_bucket{le=\"+Inf\"}"));
        assertNotNull(m.get("vitae_upload_to_stored_seconds_bucket{le=\"10.0\"}"), "the SLO's bucket is exposed");
        assertEquals(1.0, m.get("vitae_dlq_documents{topic=\"resumes.uploaded.dlq\"}"));
        assertEquals(0.0, m.get("vitae_dlq_documents{topic=\"profiles.parsed.dlq\"}"));
        assertTrue(m.keySet().stream().allMatch(k -> k.startsWith("vitae_")), "every name is prefixed: " + m.keySet());
        for (String stage : List.of("extractor", "enricher", "sink")) {
            assertTrue(m.keySet().stream().anyMatch(k -> k.startsWith("vitae_kafka_consumer_fetch_manager_records_lag{") && k.contains("stage=\"" + stage + "\"")),
                    "the " + stage + "'s consumer lag");
        }
        assertTrue(m.keySet().stream().noneMatch(k -> k.contains("topic=\"profiles_parsed\"")), "no legacy copies of per-topic metrics");
        for (String kind : List.of("consumer", "producer")) { // they share a client.id: the kafka_client tag keeps both
            assertTrue(m.keySet().stream().anyMatch(k -> k.startsWith("vitae_kafka_app_info_start_time_ms{") && k.contains("stage=\"extractor\"")
                    && k.contains("kafka_client=\"" + kind + "\"")), "the extractor's " + kind);
        }
    }

    @Test
    void theTraceOfAnUploadIsTheTraceOfItsProfileAndOfItsDeadLetter() throws Exception {
        Map<String, ConsumerRecord<byte[], byte[]>> uploaded = readAll(Topics.UPLOADED.name());
        String httpTrace = Traceparent.of(uploaded.get(httpUploadId).headers()).orElseThrow().traceId();
        assertEquals("0af7651916cd43dd8448eb211c80319c", httpTrace, "the HTTP upload joined the caller's trace");
        TRACE_OF.put(httpUploadId, httpTrace);
        String hostileTrace = Traceparent.of(uploaded.get(hostileId).headers()).orElseThrow().traceId();

        Map<String, ConsumerRecord<byte[], byte[]>> extracted = readAll(Topics.EXTRACTED.name());
        assertEquals(httpTrace, Traceparent.of(extracted.get(httpUploadId).headers()).orElseThrow().traceId());
        Map<String, ConsumerRecord<byte[], byte[]>> profiles = readAll(Topics.PROFILES.name());
        assertEquals(5, profiles.size());
        for (var e : TRACE_OF.entrySet()) {
            Traceparent onProfile = Traceparent.of(profiles.get(e.getKey()).headers()).orElseThrow();
            assertEquals(e.getValue(), onProfile.traceId(), "profile of " + e.getKey());
        }
        Traceparent fromUpload = Traceparent.of(uploaded.get(httpUploadId).headers()).orElseThrow();
        assertNotEquals(fromUpload.spanId(), Traceparent.of(profiles.get(httpUploadId).headers()).orElseThrow().spanId(),
                "the enricher's span is the parent of the profile");
        ConsumerRecord<byte[], byte[]> dead = readAll(Topics.dlqOf(Topics.UPLOADED.name())).get(hostileId);
        assertEquals(hostileTrace, Traceparent.of(dead.headers()).orElseThrow().traceId());
        assertEquals("UNSUPPORTED_TYPE", VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_OUTCOME));
    }

    /** Scrapes /metrics, waiting up to 30 s for a line {@code ready} accepts; answers series -> value, the labels as printed. */
    static Map<String, Double> scrape(Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(VitaeMetrics.CONTENT_TYPE.replace(" ", ""), r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
            if (r.body().lines().anyMatch(ready) || System.nanoTime() > deadline) {
                Files.writeString(Path.of("target", "metrics-it-scrape.txt"), r.body());
                Map<String, Double> out = new TreeMap<>();
                for (String line : r.body().lines().toList()) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        int space = line.lastIndexOf(' ');
                        out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                    }
                }
                return out;
            }
            Thread.sleep(500);
        }
    }

    static HttpResponse<String> upload(String name, byte[] content, String traceparent) throws Exception {
        String boundary = "vitae-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/uploads")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every committed record of a topic, by key (the last one per key). */
    static Map<String, ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        Map<String, ConsumerRecord<byte[], byte[]>> out = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.key() != null) {
                        out.put(new String(r.key(), StandardCharsets.UTF_8), r);
                    }
                }
            }
        }
        return out;
    }
}
