package dev.vitae.schemas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class StageTracerTest {
    private static final Traceparent PARENT = Traceparent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").orElseThrow();

    @Test
    void withoutAnEndpointItPropagatesAndSetsTheLogContextOnly() {
        try (StageTracer tracer = StageTracer.forEndpoint("enricher", Map.of())) {
            assertFalse(tracer.exporting());
            try (StageTracer.RecordSpan span = tracer.start(PARENT, "doc-1")) {
                assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", MDC.get(StageTracer.MDC_TRACE));
                assertEquals("doc-1", MDC.get(StageTracer.MDC_DOCUMENT));
                assertEquals(PARENT.traceId(), span.traceparent().traceId());
                assertNotEquals(PARENT.spanId(), span.traceparent().spanId());
            }
            assertNull(MDC.get(StageTracer.MDC_TRACE), "cleared after the record");
            assertNull(MDC.get(StageTracer.MDC_DOCUMENT));
        }
    }

    /** A stand-in collector on an ephemeral port: the span arrives over OTLP/HTTP with the upload's trace id. */
    @Test
    void withAnEndpointEachRecordIsAnExportedSpanOfTheUploadsTrace() throws Exception {
        List<byte[]> bodies = new CopyOnWriteArrayList<>();
        List<String> paths = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        collector.createContext("/", ex -> {
            paths.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(ex.getRequestBody().readAllBytes());
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        collector.start();
        try {
            String spanId;
            try (StageTracer tracer = StageTracer.forEndpoint("sink", Map.of(StageTracer.ENV_ENDPOINT,
                    "http://127.0.0.1:" + collector.getAddress().getPort() + "/"))) {
                assertTrue(tracer.exporting());
                try (StageTracer.RecordSpan span = tracer.start(PARENT, "doc-2")) {
                    span.outcome("OK");
                    spanId = span.traceparent().spanId();
                }
            } // closing flushes the batch
            assertEquals(List.of("/v1/traces application/x-protobuf"), paths);
            String body = HexFormat.of().formatHex(bodies.get(0));
            assertTrue(body.contains(PARENT.traceId()), "the trace id");
            assertTrue(body.contains(PARENT.spanId()), "the parent span id");
            assertTrue(body.contains(spanId), "the span id passed on is the exported span's");
        } finally {
            collector.stop(0);
        }
    }
}
