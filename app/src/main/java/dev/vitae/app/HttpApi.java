package dev.vitae.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.enricher.domain.SkillTaxonomy;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.ops.VitaeMetrics;
import dev.vitae.sink.ProfileStore;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vitae's HTTP API on Javalin (Jetty 12), for users who do not consume Kafka:
 * <ul>
 *   <li>{@code GET /health}: 200 once every service is ready, 503 before, with each service's state and,
 *       under {@code reasons}, why a service that can say is down (the sink: store unavailable, store file deleted);</li>
 *   <li>{@code GET /profiles/{id}}: one stored profile as JSON, 404 when unknown;</li>
 *   <li>{@code GET /profiles?skill=Kafka&minMonths=24&language=ja&limit=20&offset=0}: a page of matches;</li>
 *   <li>{@code GET /stats}: stored profiles, the documents in each dead-letter topic, and the extractor's outcome counts;</li>
 *   <li>{@code GET /metrics}: every {@code vitae_*} meter in Prometheus text format (empty when started without a registry);</li>
 *   <li>{@code POST /uploads}, {@code GET /uploads/{id}}: the HTTP upload, when mounted ({@link UploadRoutes});</li>
 *   <li>{@code GET /profiles/{id}/text}, {@code GET /dead-letters}, {@code POST /dead-letters/replay}: a profile's
 *       extracted text (what its evidence points into) and the dead letters, when mounted ({@link PipelineRoutes});</li>
 *   <li>{@code GET /}, {@code GET /web/{asset}}: the web page ({@link WebPage});</li>
 *   <li>{@code GET /openapi.json}: the description of all of the above, kept by hand beside this class and
 *       checked against the registered routes by a test.</li>
 * </ul>
 * Routes match exactly (no prefix, no trailing slash). Every error, down to a request Jetty cannot
 * parse, is RFC 9457 problem JSON ({@link Problem}, {@link ProblemErrorHandler}). Slow clients cannot
 * starve it: Jetty parses requests without a worker until they are complete, a connection silent for
 * the idle timeout is closed even mid-request, and request bodies slower than a minimum rate are cut.
 * When a token is set, every route but {@code /health}, {@code /openapi.json} and the page's own files
 * needs {@code Authorization: Bearer <token>} (the page asks for it and sends it); a non-loopback address
 * is refused without one. Every response carries the page's security headers ({@link WebPage#SECURITY_HEADERS}).
 */
final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = ProfileJson.mapper();
    private static final Set<String> SEARCH_PARAMS = Set.of("skill", "minMonths", "language", "limit", "offset");
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/openapi.json", "/");
    /** The page's scripts and styles hold no data, and the page must load before it can ask for the token. */
    private static final String OPEN_PREFIX = "/web/";
    static final String OPENAPI_RESOURCE = "openapi.json";
    /** Largest non-multipart request body; no route but the upload reads one. */
    private static final long MAX_PLAIN_BODY = 64 * 1024;

    /** What the read-only routes answer from. */
    record Query(Map<String, BooleanSupplier> readiness, Map<String, Supplier<Optional<String>>> notReadyReasons,
                 Supplier<ProfileStore> store, Supplier<Map<String, Integer>> deadLetterCounts,
                 Supplier<Map<String, Long>> extractionOutcomes) {}

    private final Javalin app;
    private final Query query;
    private final UploadRoutes uploads;
    private final PipelineRoutes pipelineRoutes;
    private final WebPage page = new WebPage();
    private final byte[] token;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
    private final byte[] openApi;

    /** The read-only API on the default settings at {@code host:port}, without uploads. */
    HttpApi(String host, int port, Map<String, BooleanSupplier> readiness, Supplier<ProfileStore> store,
            Supplier<Map<String, Integer>> deadLetterCounts, Supplier<Map<String, Long>> extractionOutcomes) {
        this(host, port, readiness, Map.of(), store, deadLetterCounts, extractionOutcomes);
    }

    /** With {@code notReadyReasons}: why a service is down, shown under {@code reasons} in {@code /health}. */
    HttpApi(String host, int port, Map<String, BooleanSupplier> readiness, Map<String, Supplier<Optional<String>>> notReadyReasons,
            Supplier<ProfileStore> store, Supplier<Map<String, Integer>> deadLetterCounts,
            Supplier<Map<String, Long>> extractionOutcomes) {
        this(HttpSettings.DEFAULTS.withHost(host).withPort(port),
                new Query(readiness, notReadyReasons, store, deadLetterCounts, extractionOutcomes), null, null, () -> "");
    }

    /** Starts serving; {@code uploads} may be null (no upload routes). Closing the API closes the upload routes too. */
    static HttpApi start(HttpSettings settings, Query query, UploadRoutes uploads) {
        return new HttpApi(settings, query, uploads, null, () -> "");
    }

    /** With {@code pipelineRoutes} (null for none): texts and dead letters; closing the API closes them too. */
    static HttpApi start(HttpSettings settings, Query query, UploadRoutes uploads, PipelineRoutes pipelineRoutes) {
        return new HttpApi(settings, query, uploads, pipelineRoutes, () -> "");
    }

    /** And {@code GET /metrics} answering {@code scrape} (a Prometheus registry's text; empty without one). */
    static HttpApi start(HttpSettings settings, Query query, UploadRoutes uploads, PipelineRoutes pipelineRoutes, Supplier<String> scrape) {
        return new HttpApi(settings, query, uploads, pipelineRoutes, scrape);
    }

    private HttpApi(HttpSettings s, Query query, UploadRoutes uploads, PipelineRoutes pipelineRoutes, Supplier<String> scrape) {
        s.requireSafeBinding();
        this.query = query;
        this.uploads = uploads;
        this.pipelineRoutes = pipelineRoutes;
        this.token = s.token() == null ? null : ("Bearer " + s.token()).getBytes(StandardCharsets.UTF_8);
        this.openApi = readOpenApi();
        int idleMillis = Math.toIntExact(s.idleTimeout().toMillis());
        QueuedThreadPool pool = new QueuedThreadPool(s.maxThreads(), Math.min(4, s.maxThreads()), 60_000);
        pool.setName("vitae-http");
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.router.ignoreTrailingSlashes = false;
            cfg.router.treatMultipleSlashesAsSingleSlash = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = MAX_PLAIN_BODY;
            cfg.jetty.threadPool = pool;
            cfg.jetty.multipartConfig.maxFileSize(Topics.MAX_FILE_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(s.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setRequestHeaderSize(8192); // 414 for longer URIs, 431 for longer headers
                h.setIdleTimeout(idleMillis);
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(s.host());
                c.setPort(s.port());
                c.setIdleTimeout(idleMillis);
                return c;
            });
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                // Jetty 12 enforces a body's minimum rate here (HttpConfiguration's setting is a no-op); Javalin nests its servlet inside
                server.setHandler(new MinimumDataRateHandler(s.minRequestDataRate(), 0));
            });

            cfg.routes.before(WebPage::secure);
            cfg.routes.beforeMatched(this::authorise);
            cfg.routes.get("/", page::index);
            cfg.routes.get("/web/{asset}", page::asset);
            cfg.routes.get("/health", this::health);
            cfg.routes.get("/stats", this::stats);
            cfg.routes.get("/metrics", ctx -> ctx.contentType(VitaeMetrics.CONTENT_TYPE).result(scrape.get()));
            cfg.routes.get("/profiles", this::search);
            cfg.routes.get("/profiles/{id}", this::profile);
            cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            if (uploads != null) {
                cfg.routes.post("/uploads", uploads::upload);
                cfg.routes.get("/uploads/{id}", uploads::status);
            }
            if (pipelineRoutes != null) {
                cfg.routes.get("/profiles/{id}/text", pipelineRoutes::text);
                cfg.routes.get("/dead-letters", pipelineRoutes::list);
                cfg.routes.post("/dead-letters/replay", pipelineRoutes::replay);
            }
            cfg.routes.exception(Problem.class, (e, ctx) -> write(ctx, e));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e, ctx)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                write(ctx, Problem.of(500, "internal error: " + e.getClass().getSimpleName()));
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            closeRoutes();
            throw e;
        }
    }

    int port() {
        return app.port();
    }

    /** Method and path of every registered route, for the OpenAPI contract test. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method.name() + " " + e.path).sorted().toList();
    }

    private static byte[] readOpenApi() {
        try (InputStream in = HttpApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    private void authorise(Context ctx) {
        if (token == null || OPEN_PATHS.contains(ctx.path()) || ctx.path().startsWith(OPEN_PREFIX)) {
            return;
        }
        String given = ctx.header("Authorization");
        // constant time: how much of a guess was right must not show in the answer's timing
        if (given == null || !MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"vitae\"");
            throw Problem.kind(401, "unauthorized", "Unauthorized",
                    given == null ? "this server needs Authorization: Bearer <token>" : "the bearer token is not this server's");
        }
    }

    static void write(Context ctx, Problem p) {
        ctx.status(p.status).contentType(Problem.MEDIA_TYPE).result(p.bytes());
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        String path = ctx.path().length() > 200 ? ctx.path().substring(0, 200) + "…" : ctx.path();
        return switch (e.getStatus()) {
            case 404 -> Problem.of(404, "no route " + ctx.method().name() + " " + path + "; see /openapi.json");
            case 405 -> {
                String allowed = e.getDetails().getOrDefault("availableMethods", "");
                if (!allowed.isEmpty()) {
                    ctx.header("Allow", allowed);
                }
                yield Problem.of(405, ctx.method().name() + " is not allowed on " + path + (allowed.isEmpty() ? "" : "; use " + allowed));
            }
            case 413 -> Problem.of(413, "the request body is larger than this route accepts");
            default -> Problem.of(e.getStatus(), e.getMessage() == null || e.getMessage().isBlank() ? Problem.phrase(e.getStatus()) : e.getMessage());
        };
    }

    private static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body));
    }

    private void health(Context ctx) throws IOException {
        boolean up = query.readiness().values().stream().allMatch(BooleanSupplier::getAsBoolean);
        ObjectNode body = JSON.createObjectNode().put("status", up ? "UP" : "STARTING");
        ObjectNode services = body.putObject("services");
        query.readiness().forEach((k, v) -> services.put(k, v.getAsBoolean() ? "UP" : "DOWN"));
        ObjectNode reasons = JSON.createObjectNode();
        query.notReadyReasons().forEach((k, v) -> v.get().ifPresent(why -> reasons.put(k, why)));
        if (!reasons.isEmpty()) {
            body.set("reasons", reasons);
        }
        json(ctx, up ? 200 : 503, body);
    }

    private void stats(Context ctx) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("profiles", query.store().get().count());
        ObjectNode dlq = body.putObject("deadLetters");
        query.deadLetterCounts().get().forEach(dlq::put);
        ObjectNode outcomes = body.putObject("extractionOutcomes"); // this process's extractor, since it started
        query.extractionOutcomes().get().forEach(outcomes::put);
        json(ctx, 200, body);
    }

    private void profile(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw Problem.badRequest("'" + echo(id) + "' is not a document id (64 lower-case hex characters, the SHA-256 of the file)");
        }
        Optional<String> profile = query.store().get().profileJson(id);
        if (profile.isEmpty()) {
            throw Problem.of(404, "no profile stored for " + id);
        }
        json(ctx, 200, profile.get());
    }

    private void search(Context ctx) throws Exception {
        Map<String, List<String>> params = ctx.queryParamMap();
        requireKnown(params, SEARCH_PARAMS);
        String skill = one(params, "skill");
        if (skill != null) {
            skill = skill.strip();
            if (skill.isEmpty() || skill.length() > 100) {
                throw Problem.badRequest("skill must be 1 to 100 characters");
            }
            skill = taxonomy.canonicalOf(skill).orElse(skill); // "k8s" finds Kubernetes
        }
        Integer minMonths = intParam(params, "minMonths", null, 0, 1200);
        if (minMonths != null && skill == null) {
            throw Problem.badRequest("minMonths needs skill");
        }
        String language = one(params, "language");
        if (language != null && !language.matches("[a-z]{2}")) {
            throw Problem.badRequest("language must be an ISO 639-1 code such as en, ja or ko");
        }
        int limit = intParam(params, "limit", 20, 1, 100);
        int offset = intParam(params, "offset", 0, 0, 1_000_000);
        ProfileStore.Page page = query.store().get().search(skill, minMonths, language, limit, offset);
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
            body.put("next", "/profiles?" + (skill != null ? "skill=" + URLEncoder.encode(skill, StandardCharsets.UTF_8) + "&" : "")
                    + (minMonths != null ? "minMonths=" + minMonths + "&" : "") + (language != null ? "language=" + language + "&" : "")
                    + "limit=" + limit + "&offset=" + (offset + limit));
        }
        json(ctx, 200, body);
    }

    /** Refuses a parameter not in {@code known}, or one given twice. */
    static void requireKnown(Map<String, List<String>> params, Set<String> known) {
        for (var e : params.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw Problem.badRequest("unknown parameter '" + echo(e.getKey()) + "'; use " + known);
            }
            if (e.getValue().size() > 1) {
                throw Problem.badRequest("parameter '" + e.getKey() + "' given twice");
            }
        }
    }

    static String one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static Integer intParam(Map<String, List<String>> params, String name, Integer dflt, int min, int max) {
        String v = one(params, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw Problem.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + " must be a whole number, was '" + echo(v) + "'");
        }
    }

    /** Client input echoed in a problem's detail is kept short. */
    static String echo(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public void close() {
        app.stop();
        closeRoutes();
    }

    private void closeRoutes() {
        if (uploads != null) {
            uploads.close();
        }
        if (pipelineRoutes != null) {
            pipelineRoutes.close();
        }
    }
}
