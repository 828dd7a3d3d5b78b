package dev.vitae.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vitae.enricher.domain.SkillTaxonomy;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.sink.ProfileStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode's HTTP endpoints, for users who do not consume Kafka:
 * <ul>
 *   <li>{@code GET /health}: 200 once every service is ready, 503 before, with each service's state and,
 *       under {@code reasons}, why a service that can say is down (the sink: store unavailable, store file deleted);</li>
 *   <li>{@code GET /profiles/{id}}: one stored profile as JSON, 404 when unknown;</li>
 *   <li>{@code GET /profiles?skill=Kafka&minMonths=24&language=ja&limit=20&offset=0}: a page of matches;</li>
 *   <li>{@code GET /stats}: stored profiles, the documents in each dead-letter topic, and the extractor's outcome counts.</li>
 * </ul>
 * Parameters are validated; a bad one gets 400 and a JSON {@code error} that says what is wrong.
 */
final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = ProfileJson.mapper();
    private static final Set<String> SEARCH_PARAMS = Set.of("skill", "minMonths", "language", "limit", "offset");

    private final HttpServer server;
    private final Map<String, BooleanSupplier> readiness;
    private final Map<String, Supplier<Optional<String>>> notReadyReasons;
    private final Supplier<ProfileStore> store;
    private final Supplier<Map<String, Integer>> deadLetterCounts;
    private final Supplier<Map<String, Long>> extractionOutcomes;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.shipped();

    HttpApi(String host, int port, Map<String, BooleanSupplier> readiness, Supplier<ProfileStore> store,
            Supplier<Map<String, Integer>> deadLetterCounts, Supplier<Map<String, Long>> extractionOutcomes) throws IOException {
        this(host, port, readiness, Map.of(), store, deadLetterCounts, extractionOutcomes);
    }

    /** With {@code notReadyReasons}: why a service is down, shown under {@code reasons} in {@code /health}. */
    HttpApi(String host, int port, Map<String, BooleanSupplier> readiness, Map<String, Supplier<Optional<String>>> notReadyReasons,
            Supplier<ProfileStore> store, Supplier<Map<String, Integer>> deadLetterCounts,
            Supplier<Map<String, Long>> extractionOutcomes) throws IOException {
        this.readiness = readiness;
        this.notReadyReasons = notReadyReasons;
        this.store = store;
        this.deadLetterCounts = deadLetterCounts;
        this.extractionOutcomes = extractionOutcomes;
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/health", ex -> handle(ex, this::health));
        server.createContext("/profiles", ex -> handle(ex, this::profiles));
        server.createContext("/stats", ex -> handle(ex, this::stats));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private record Response(int status, Object body) {}

    private interface Handler {
        Response handle(HttpExchange ex) throws Exception;
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private void handle(HttpExchange ex, Handler h) throws IOException {
        Response r;
        try {
            r = ex.getRequestMethod().equals("GET") ? h.handle(ex) : new Response(405, error("only GET is supported"));
        } catch (BadRequest e) {
            r = new Response(400, error(e.getMessage()));
        } catch (Exception e) {
            LOG.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            r = new Response(500, error("internal error: " + e.getClass().getSimpleName()));
        }
        byte[] bytes = r.body() instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(r.body());
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(r.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private Response health(HttpExchange ex) {
        boolean up = readiness.values().stream().allMatch(BooleanSupplier::getAsBoolean);
        ObjectNode body = JSON.createObjectNode().put("status", up ? "UP" : "STARTING");
        ObjectNode services = body.putObject("services");
        readiness.forEach((k, v) -> services.put(k, v.getAsBoolean() ? "UP" : "DOWN"));
        ObjectNode reasons = JSON.createObjectNode();
        notReadyReasons.forEach((k, v) -> v.get().ifPresent(why -> reasons.put(k, why)));
        if (!reasons.isEmpty()) {
            body.set("reasons", reasons);
        }
        return new Response(up ? 200 : 503, body);
    }

    private Response stats(HttpExchange ex) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("profiles", store.get().count());
        ObjectNode dlq = body.putObject("deadLetters");
        deadLetterCounts.get().forEach(dlq::put);
        ObjectNode outcomes = body.putObject("extractionOutcomes"); // this process's extractor, since it started
        extractionOutcomes.get().forEach(outcomes::put);
        return new Response(200, body);
    }

    private Response profiles(HttpExchange ex) throws Exception {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/profiles") || path.equals("/profiles/")) {
            return search(query(ex.getRequestURI()));
        }
        String id = path.substring("/profiles/".length());
        if (!DocumentIds.isValid(id)) {
            throw new BadRequest("'" + id + "' is not a document id (64 lower-case hex characters, the SHA-256 of the file)");
        }
        Optional<String> json = store.get().profileJson(id);
        return json.<Response>map(j -> new Response(200, j))
                .orElseGet(() -> new Response(404, error("no profile stored for " + id)));
    }

    private Response search(Map<String, String> q) throws Exception {
        for (String k : q.keySet()) {
            if (!SEARCH_PARAMS.contains(k)) {
                throw new BadRequest("unknown parameter '" + k + "'; use " + SEARCH_PARAMS);
            }
        }
        String skill = q.get("skill");
        if (skill != null) {
            skill = skill.strip();
            if (skill.isEmpty() || skill.length() > 100) {
                throw new BadRequest("skill must be 1 to 100 characters");
            }
            skill = taxonomy.canonicalOf(skill).orElse(skill); // "k8s" finds Kubernetes
        }
        Integer minMonths = intParam(q, "minMonths", null, 0, 1200);
        if (minMonths != null && skill == null) {
            throw new BadRequest("minMonths needs skill");
        }
        String language = q.get("language");
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new BadRequest("language must be an ISO 639-1 code such as en, ja or ko");
        }
        int limit = intParam(q, "limit", 20, 1, 100);
        int offset = intParam(q, "offset", 0, 0, 1_000_000);
        ProfileStore.Page page = store.get().search(skill, minMonths, language, limit, offset);
        ObjectNode body = JSON.createObjectNode().put("total", page.total()).put("limit", limit).put("offset", offset);
        ArrayNode items = body.putArray("items");
        for (ProfileStore.Hit h : page.hits()) {
            ObjectNode item = items.addObject().put("documentId", h.documentId()).put("fileName", h.fileName())
                    .put("language", h.language()).put("name", h.name()).put("enricherVersion", h.enricherVersion());
            if (skill != null) {
                item.put("skill", skill);
                if (h.skillMonths() == null) {
                    item.putNull("skillMonths");
                } else {
                    item.put("skillMonths", h.skillMonths());
                }
            }
        }
        if (offset + limit < page.total()) {
            body.put("next", "/profiles?" + (skill != null ? "skill=" + enc(skill) + "&" : "")
                    + (minMonths != null ? "minMonths=" + minMonths + "&" : "") + (language != null ? "language=" + language + "&" : "")
                    + "limit=" + limit + "&offset=" + (offset + limit));
        }
        return new Response(200, body);
    }

    private static Integer intParam(Map<String, String> q, String name, Integer dflt, int min, int max) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, was '" + v + "'");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (q.put(k, v) != null) {
                throw new BadRequest("parameter '" + k + "' given twice");
            }
        }
        return q;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
