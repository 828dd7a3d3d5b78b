package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial findings against the HTTP layer, each a test: slow clients must not stop the API,
 * routes match exactly, and every error, down to a malformed request line, is RFC 9457 problem JSON.
 */
class HttpHardeningIT {
    /** Short, so the idle-connection test runs in seconds; production uses {@link HttpSettings#DEFAULTS}. */
    static final Duration IDLE = Duration.ofSeconds(2);

    @TempDir
    static Path dir;
    static ProfileStore store;
    static HttpApi api;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = ProfileStore.open(StoreConfig.sqlite(dir.resolve("vitae.db")));
        Map<String, BooleanSupplier> readiness = new LinkedHashMap<>();
        readiness.put("sink", () -> true);
        api = HttpApi.start(HttpSettings.DEFAULTS.withPort(0).withIdleTimeout(IDLE),
                new HttpApi.Query(readiness, Map.of(), () -> store, () -> Map.of(), () -> Map.of()), null);
    }

    @AfterAll
    static void stop() {
        api.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts an RFC 9457 problem: its media type and the four members, with the status repeated in the body. */
    static JsonNode assertProblem(int status, String contentType, String body) throws IOException {
        assertTrue(contentType != null && contentType.startsWith("application/problem+json"), "content type " + contentType + ": " + body);
        JsonNode p = ProfileJson.mapper().readTree(body);
        assertEquals(status, p.path("status").asInt(), body);
        for (String member : List.of("type", "title", "detail")) {
            assertTrue(p.path(member).isTextual() && !p.path(member).asText().isBlank(), member + " missing in " + body);
        }
        return p;
    }

    @Test
    void slowClientsDoNotStopTheApi() throws Exception {
        // Each connection sends one byte of a request line and then nothing: the old server gave each a worker of four, forever.
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", api.port()), 2000);
                s.getOutputStream().write('G');
                s.getOutputStream().flush();
                slow.add(s);
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(200, get("/health").statusCode(), "health must answer while 32 slow clients are connected");
                assertEquals(200, get("/stats").statusCode());
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void anIdleConnectionIsClosedByTheServer() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", api.port()), 2000);
            s.getOutputStream().write("GET /hea".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.setSoTimeout((int) IDLE.multipliedBy(5).toMillis());
            long t0 = System.nanoTime();
            try {
                InputStream in = s.getInputStream();
                while (in.read() >= 0) {
                    // whatever the server says before closing (a 408 or nothing) is fine; it must close
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a half-sent request open for " + IDLE.multipliedBy(5), e);
            } catch (IOException reset) {
                // a reset is a close too
            }
            long waited = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertTrue(waited >= IDLE.toMillis() / 2, "closed after " + waited + " ms: too early to be the idle timeout");
        }
    }

    @Test
    void routesMatchExactlyAndUnknownPathsAre404Problems() throws Exception {
        for (String path : List.of("/healthz", "/statsfoo", "/health/x", "/profilesx", "/profiles/abc/def", "/nope", "/uploadsx")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertProblem(404, r.headers().firstValue("Content-Type").orElse(null), r.body());
        }
        assertEquals(200, get("/health").statusCode());
        assertEquals(200, get("/stats").statusCode());
    }

    @Test
    void aWrongMethodIsA405Problem() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/stats"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertProblem(405, r.headers().firstValue("Content-Type").orElse(null), r.body());
    }

    @Test
    void badParametersAre400Problems() throws Exception {
        for (String path : List.of("/profiles?limit=0", "/profiles?colour=red", "/profiles/not-an-id", "/profiles?skill=a&skill=b")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            JsonNode p = assertProblem(400, r.headers().firstValue("Content-Type").orElse(null), r.body());
            assertFalse(p.path("detail").asText().contains("Exception"), p.toString());
        }
    }

    @Test
    void malformedRequestsGetProblemJsonNotAnHtmlPage() throws Exception {
        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("GARBAGE\r\n\r\n", 400);
        requests.put("GET /health HTTP/1.1\r\nHost: x\r\nthis header has no colon\r\n\r\n", 400);
        requests.put("GET /health HTTP/7.3\r\nHost: x\r\n\r\n", 505);
        requests.put("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
        requests.put("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n", 431);
        for (var e : requests.entrySet()) {
            RawResponse r = raw(e.getKey());
            String label = e.getKey().substring(0, Math.min(40, e.getKey().length()));
            assertEquals(e.getValue(), r.status(), label + " -> " + r.head());
            assertProblem(e.getValue(), r.header("content-type"), r.body());
        }
    }

    record RawResponse(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** Sends bytes as they are and reads the answer until the server closes or the body's length is read. */
    static RawResponse raw(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", api.port()), 2000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] chunk = new byte[8192];
            try {
                for (int n; (n = in.read(chunk)) >= 0; ) {
                    buf.write(chunk, 0, n);
                    String sofar = buf.toString(StandardCharsets.UTF_8);
                    int end = sofar.indexOf("\r\n\r\n");
                    if (end > 0) {
                        RawResponse head = new RawResponse(0, sofar.substring(0, end), "");
                        String len = head.header("content-length");
                        if (len != null && buf.size() >= end + 4 + Integer.parseInt(len)) {
                            break;
                        }
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what arrived is what the server said
            }
            String all = buf.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no HTTP response to " + request.substring(0, Math.min(40, request.length())) + ": '" + all + "'");
            }
            String head = all.substring(0, end);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new RawResponse(Integer.parseInt(statusLine[1]), head, all.substring(end + 4));
        }
    }
}
