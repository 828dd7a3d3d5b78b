package dev.vitae.schemas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The metrics port of a service run alone: exact paths, the stage's meters in Prometheus text, readiness. */
class MetricsServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(MetricsServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesMetricsAndHealthAndNothingElse() throws Exception {
        PrometheusMeterRegistry registry = VitaeMetrics.newRegistry();
        StageMetrics stage = new StageMetrics(registry, "sink");
        stage.count(StageMetrics.OK);
        stage.count(dev.vitae.schemas.DeadLetterOutcome.STORE_REJECTED);
        registry.counter("unprefixed.thing").increment(); // a binder's meter: renamed
        registry.counter("kafka.consumer.bytes", "topic", "resumes.uploaded").increment();
        registry.counter("kafka.consumer.bytes", "topic", "resumes_uploaded").increment(); // Kafka's legacy copy: dropped
        AtomicBoolean ready = new AtomicBoolean(false);
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, registry, ready::get)) {
            HttpResponse<String> m = get(server, "/metrics");
            assertEquals(200, m.statusCode());
            assertTrue(m.body().contains("vitae_stage_records_total{outcome=\"OK\",stage=\"sink\"} 1.0"), m.body());
            assertTrue(m.body().contains("vitae_stage_records_total{outcome=\"STORE_REJECTED\",stage=\"sink\"} 1.0"), m.body());
            assertTrue(m.body().contains("vitae_unprefixed_thing_total 1.0"), m.body());
            assertTrue(m.body().contains("vitae_kafka_consumer_bytes_total{topic=\"resumes.uploaded\"} 1.0"), m.body());
            assertTrue(!m.body().contains("resumes_uploaded"), m.body());
            assertEquals(503, get(server, "/health").statusCode());
            ready.set(true);
            assertEquals(200, get(server, "/health").statusCode());
            assertEquals(404, get(server, "/healthz").statusCode());
            assertEquals(404, get(server, "/metricsfoo").statusCode());
        }
    }
}
