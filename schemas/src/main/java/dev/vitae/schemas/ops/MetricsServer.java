package dev.vitae.schemas.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /metrics} (Prometheus text) and {@code GET /health} (200 UP when ready, 503 otherwise)
 * for a service run alone ({@code vitae extractor|enricher|sink --metrics-port N}); {@code ./vitae up}
 * serves both on its HTTP API instead. Paths match exactly. It holds no data a scrape could not
 * show, and is meant for a port that only the monitoring network reaches.
 */
public final class MetricsServer implements AutoCloseable {
    /** Off unless asked for: a service run alone opens no port by default. */
    public static final int OFF = -1;

    private final HttpServer server;
    private final ExecutorService workers;

    private MetricsServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Serves on {@code host:port} (0: any free port). */
    public static MetricsServer start(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier ready) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (!exchange.getRequestMethod().equals("GET")) {
                    send(exchange, 405, "text/plain; charset=utf-8", "GET only\n");
                } else if (path.equals("/metrics")) {
                    send(exchange, 200, VitaeMetrics.CONTENT_TYPE, registry.scrape());
                } else if (path.equals("/health")) {
                    boolean up = ready.getAsBoolean();
                    send(exchange, up ? 200 : 503, "application/json", up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
                } else {
                    send(exchange, 404, "application/json", "{\"status\":404,\"title\":\"Not Found\"}");
                }
            }
        });
        // a few workers: a scraper and a health probe, never starved by one slow client
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "vitae-metrics-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.start();
        return new MetricsServer(server, workers);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
