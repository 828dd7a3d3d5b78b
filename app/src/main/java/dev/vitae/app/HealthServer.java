package dev.vitae.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** {@code GET /health}: 200 with every service's state once all are ready, 503 before. */
final class HealthServer implements AutoCloseable {
    private final HttpServer server;

    HealthServer(String host, int port, Map<String, BooleanSupplier> services) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", exchange -> respond(exchange, services));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, Map<String, BooleanSupplier> services) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        boolean up = services.values().stream().allMatch(BooleanSupplier::getAsBoolean);
        String body = "{\"status\":\"" + (up ? "UP" : "STARTING") + "\",\"services\":{"
                + services.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + (e.getValue().getAsBoolean() ? "UP" : "DOWN") + "\"")
                        .collect(Collectors.joining(",")) + "}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(up ? 200 : 503, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
