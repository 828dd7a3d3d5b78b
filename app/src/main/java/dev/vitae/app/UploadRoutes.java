package dev.vitae.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.ingest.http.UploadIntake;
import dev.vitae.ingest.http.UploadStages;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The HTTP upload's routes, mounted by {@link HttpApi}; the logic is ingest's ({@link UploadIntake},
 * {@link UploadStages}).
 * <ul>
 *   <li>{@code POST /uploads}: multipart, one or many files in field {@code file}. 202 with each file's
 *       documentId and status URL once Kafka acknowledged every file; 422 problem listing every file's
 *       verdict when any is refused (then none is sent); 413 past the request-size or file-count limit;
 *       415 when not multipart; 503 when Kafka did not acknowledge.</li>
 *   <li>{@code GET /uploads/{id}}: the document's stage: uploaded, extracted, parsed, stored, or
 *       dead-lettered with the outcome and reason.</li>
 * </ul>
 */
final class UploadRoutes implements AutoCloseable {
    private static final ObjectMapper JSON = ProfileJson.mapper();
    static final String FIELD = "file";

    private final HttpSettings settings;
    private final UploadIntake intake;
    private final UploadStages stages;

    UploadRoutes(HttpSettings settings, Properties clientProperties, Supplier<ProfileStore> store) {
        this.settings = settings;
        this.intake = new UploadIntake(clientProperties);
        this.stages = new UploadStages(clientProperties, id -> {
            try {
                return store.get().profileJson(id).isPresent();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the store", e);
            }
        });
    }

    void upload(Context ctx) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw Problem.kind(415, "not-multipart", "Unsupported Media Type",
                    "send multipart/form-data with one or more files in field '" + FIELD + "'");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles(FIELD);
        } catch (Exception e) { // Jetty's ServletException too, which Kotlin does not declare
            throw multipartFailure(e);
        }
        if (files.isEmpty()) {
            throw Problem.kind(400, "no-file", "No file", "the request has no file in field '" + FIELD + "'");
        }
        if (files.size() > settings.maxUploadFiles()) {
            throw Problem.kind(413, "too-many-files", "Too many files",
                    files.size() + " files in one request; the limit is " + settings.maxUploadFiles());
        }
        List<UploadIntake.Part> parts = new ArrayList<>(files.size());
        for (UploadedFile f : files) {
            try (InputStream in = f.content()) {
                parts.add(new UploadIntake.Part(f.filename(), in.readAllBytes()));
            }
        }
        UploadIntake.Result result;
        try {
            result = intake.submit(parts, ctx.header("traceparent")); // the caller's trace, when it sends one
        } catch (UploadIntake.NotAcknowledgedException e) {
            Problem p = Problem.kind(503, "not-acknowledged", "Not acknowledged",
                    "Kafka did not acknowledge the upload; send it again (" + HttpApi.echo(String.valueOf(e.getCause().getMessage())) + ")");
            ArrayNode acked = p.extensions.putArray("acknowledged");
            e.acknowledged().forEach(acked::add);
            ctx.header("Retry-After", "5");
            throw p;
        }
        if (!result.sent()) {
            List<UploadIntake.FileVerdict> refused = result.files().stream().filter(f -> !f.accepted()).toList();
            Problem p = Problem.kind(422, "file-rejected", "File rejected", refused.size() + " of " + result.files().size()
                    + " file(s) refused, nothing was sent: " + refused.stream().map(f -> f.fileName() + ": " + f.reason())
                    .collect(Collectors.joining("; ")));
            p.extensions.set("files", verdicts(result.files()));
            throw p;
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("uploads", verdicts(result.files()));
        if (result.files().size() == 1) {
            ctx.header("Location", statusUrl(result.files().get(0).documentId()));
        }
        ctx.status(202).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    void status(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw Problem.badRequest("'" + HttpApi.echo(id) + "' is not a document id (64 lower-case hex characters, the SHA-256 of the file)");
        }
        UploadStages.Status s = stages.status(id)
                .orElseThrow(() -> Problem.of(404, "no upload known for " + id + " in the topics or the store"));
        ObjectNode body = JSON.createObjectNode().put("documentId", id).put("stage", s.stage().wireName);
        if (s.fileName() != null) {
            body.put("fileName", s.fileName());
        }
        if (s.stage() == UploadStages.Stage.STORED) {
            body.put("profile", "/profiles/" + id);
        }
        if (s.deadLetter() != null) {
            body.put("outcome", s.deadLetter().outcome()).put("reason", s.deadLetter().reason())
                    .put("failedStage", s.deadLetter().stage()).put("deadLetterTopic", s.deadLetter().topic());
        }
        ctx.status(200).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    static String statusUrl(String documentId) {
        return "/uploads/" + documentId;
    }

    private static ArrayNode verdicts(List<UploadIntake.FileVerdict> files) {
        ArrayNode out = JSON.createArrayNode();
        for (UploadIntake.FileVerdict f : files) {
            ObjectNode n = out.addObject().put("fileName", f.fileName()).put("bytes", f.bytes()).put("mediaType", f.mediaType());
            if (f.accepted()) {
                n.put("documentId", f.documentId()).put("status", statusUrl(f.documentId()));
            } else {
                n.put("accepted", false).put("reason", f.reason());
            }
        }
        return out;
    }

    private Problem tooLarge() {
        return Problem.kind(413, "upload-too-large", "Upload too large", String.format(
                "the request is larger than %d MiB, or a file larger than %d MiB", settings.maxUploadBytes() >> 20, Topics.MAX_FILE_BYTES >> 20));
    }

    /**
     * Jetty ends a body that is too large or too slow with an exception carrying the status (or, for the
     * multipart limits, naming the size); anything else is a malformed body.
     */
    private Problem multipartFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 408
                    || t instanceof java.util.concurrent.TimeoutException) {
                return Problem.kind(408, "upload-too-slow", "Request Timeout", String.format(
                        "the request body arrived slower than %d bytes a second", settings.minRequestDataRate()));
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413
                    || m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                return tooLarge();
            }
        }
        return Problem.kind(400, "bad-multipart", "Malformed multipart body", "the multipart body cannot be read");
    }

    @Override
    public void close() {
        intake.close();
        stages.close();
    }
}
