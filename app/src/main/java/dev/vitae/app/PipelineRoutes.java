package dev.vitae.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.sink.ProfileStore;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Routes the web page needs beyond the read-only API, answered from the topics; mounted by {@link HttpApi}.
 * <ul>
 *   <li>{@code GET /profiles/{id}/text}: the extracted text the profile's evidence spans index
 *       ({@link ExtractedTexts}), with the extractor version it came from;</li>
 *   <li>{@code GET /dead-letters?stage=&outcome=&limit=}: the dead letters, one item per document and
 *       dead-letter topic (its latest record, and how many records it has there), newest first, each
 *       open or resolved (its document is stored since) — what {@code vitae dlq list} shows;</li>
 *   <li>{@code POST /dead-letters/replay}: JSON {@code {stage, outcome, documentId, includeResolved}},
 *       every field optional; sends the selected dead letters back to their source topics as
 *       {@code vitae dlq replay} does ({@link DeadLetters}), open ones only unless includeResolved.
 *       The body must be {@code application/json}: a cross-site form cannot send that without a CORS
 *       preflight, which this server never grants, so another site cannot trigger a replay.</li>
 * </ul>
 */
final class PipelineRoutes implements AutoCloseable {
    private static final ObjectMapper JSON = ProfileJson.mapper();
    private static final Set<String> LIST_PARAMS = Set.of("stage", "outcome", "limit");
    private static final Set<String> REPLAY_FIELDS = Set.of("stage", "outcome", "documentId", "includeResolved");

    private final Supplier<ProfileStore> store;
    private final ExtractedTexts texts;
    private final DeadLetters deadLetters;

    PipelineRoutes(Properties clientProperties, Supplier<ProfileStore> store) {
        this.store = store;
        this.texts = new ExtractedTexts(clientProperties);
        this.deadLetters = new DeadLetters(clientProperties);
    }

    void text(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw Problem.badRequest("'" + HttpApi.echo(id) + "' is not a document id (64 lower-case hex characters, the SHA-256 of the file)");
        }
        Optional<String> profile = store.get().profileJson(id);
        if (profile.isEmpty()) {
            throw Problem.of(404, "no profile stored for " + id);
        }
        JsonNode version = JSON.readTree(profile.get()).get("extractorVersion");
        String profileVersion = version == null || version.isNull() ? null : version.asText();
        ExtractedText t = texts.find(id, profileVersion).orElseThrow(() -> Problem.kind(404, "text-gone", "Text no longer kept",
                "the profile is stored, but its extracted text is no longer in resumes.extracted (past the topic's retention)"));
        ObjectNode body = JSON.createObjectNode().put("documentId", id)
                .put("extractorVersion", t.getExtractorVersion().toString())
                .put("matchesProfile", profileVersion != null && profileVersion.contentEquals(t.getExtractorVersion()))
                .put("mediaType", t.getMediaType().toString())
                .put("extractedAt", Instant.ofEpochMilli(t.getExtractedAt().toEpochMilli()).toString())
                .put("text", t.getText().toString());
        ctx.status(200).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    void list(Context ctx) throws Exception {
        Map<String, List<String>> params = ctx.queryParamMap();
        HttpApi.requireKnown(params, LIST_PARAMS);
        int limit = HttpApi.intParam(params, "limit", 100, 1, 1000);
        DeadLetters.Filter filter = filter(HttpApi.one(params, "stage"), HttpApi.one(params, "outcome"), null, false);
        Set<String> stored = new HashSet<>(store.get().documentIds());
        // one item per document and dead-letter topic: replaying and failing again adds records, not rows
        Map<String, DeadLetters.Entry> latest = new LinkedHashMap<>();
        Map<String, Integer> records = new LinkedHashMap<>();
        for (DeadLetters.Entry e : deadLetters.list(filter, stored)) {
            String k = e.topic() + " " + e.documentId();
            latest.put(k, e);
            records.merge(k, 1, Integer::sum);
        }
        List<Map.Entry<String, DeadLetters.Entry>> rows = new ArrayList<>(latest.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<String, DeadLetters.Entry> r) -> instant(r.getValue().deadLetteredAt())).reversed());
        long open = rows.stream().filter(r -> !r.getValue().resolved()).count();
        ObjectNode body = JSON.createObjectNode().put("total", rows.size()).put("open", open).put("resolved", rows.size() - open)
                .put("limit", limit);
        ArrayNode items = body.putArray("items");
        for (var row : rows.subList(0, Math.min(limit, rows.size()))) {
            DeadLetters.Entry e = row.getValue();
            ObjectNode n = items.addObject().put("documentId", e.documentId()).put("fileName", e.fileName())
                    .put("deadLetterTopic", e.topic()).put("sourceTopic", e.sourceTopic()).put("stage", e.stage())
                    .put("outcome", e.outcome()).put("reason", e.reason()).put("exceptionClass", e.exceptionClass())
                    .put("attempts", e.attempts()).put("deadLetteredAt", e.deadLetteredAt())
                    .put("uploadedAt", Instant.ofEpochMilli(e.uploadedAt()).toString())
                    .put("records", records.get(row.getKey())).put("status", e.resolved() ? "resolved" : "open");
            if (e.resolved()) {
                n.put("profile", "/profiles/" + e.documentId());
            }
        }
        ctx.status(200).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    void replay(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw Problem.kind(415, "not-json", "Unsupported Media Type", "send the selection as application/json, e.g. {\"documentId\": \"…\"} or {}");
        }
        JsonNode req;
        try {
            req = JSON.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw Problem.badRequest("the body is not JSON");
        }
        if (req == null || req.isMissingNode()) {
            req = JSON.createObjectNode();
        }
        if (!req.isObject()) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        for (Iterator<String> it = req.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!REPLAY_FIELDS.contains(f)) {
                throw Problem.badRequest("unknown field '" + HttpApi.echo(f) + "'; use " + REPLAY_FIELDS);
            }
        }
        String documentId = text(req, "documentId");
        if (documentId != null && !DocumentIds.isValid(documentId)) {
            throw Problem.badRequest("'" + HttpApi.echo(documentId) + "' is not a document id (64 lower-case hex characters, the SHA-256 of the file)");
        }
        JsonNode resolved = req.get("includeResolved");
        if (resolved != null && !resolved.isBoolean()) {
            throw Problem.badRequest("includeResolved must be true or false");
        }
        boolean includeResolved = resolved != null && resolved.asBoolean();
        DeadLetters.Filter filter = filter(text(req, "stage"), text(req, "outcome"), documentId, !includeResolved);
        Set<String> stored = includeResolved ? Set.of() : new HashSet<>(store.get().documentIds());
        Map<String, Integer> sent = deadLetters.replay(filter, stored);
        ObjectNode body = JSON.createObjectNode().put("replayed", sent.values().stream().mapToInt(Integer::intValue).sum());
        ObjectNode topics = body.putObject("topics");
        sent.forEach(topics::put);
        ctx.status(200).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    /** A header's ISO-8601 time; a missing or foreign one sorts as oldest. */
    private static Instant instant(String iso) {
        try {
            return iso == null ? Instant.EPOCH : Instant.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String text(JsonNode req, String field) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().length() > 100) {
            throw Problem.badRequest(field + " must be a string of at most 100 characters");
        }
        return v.asText();
    }

    private static DeadLetters.Filter filter(String stage, String outcome, String documentId, boolean openOnly) {
        try {
            return DeadLetters.Filter.parse(stage, outcome, documentId, openOnly);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    @Override
    public void close() {
        texts.close();
    }
}
