package dev.vitae.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.schemas.ProfileJson;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;

/**
 * An RFC 9457 problem: thrown by a handler, written as {@code application/problem+json} with
 * {@code type}, {@code title}, {@code status} and {@code detail}. Plain HTTP failures use type
 * {@code about:blank} with the status phrase as title; Vitae's own kinds have a {@code urn:vitae:problem:}
 * type. {@code error} repeats the detail for clients of the API before problem JSON.
 */
final class Problem extends RuntimeException {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = ProfileJson.mapper();

    final int status;
    final String type;
    final String title;
    final ObjectNode extensions = JSON.createObjectNode();

    private Problem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static Problem of(int status, String detail) {
        return new Problem(status, "about:blank", phrase(status), detail);
    }

    /** A Vitae-specific problem kind, e.g. {@code file-rejected}. */
    static Problem kind(int status, String kind, String title, String detail) {
        return new Problem(status, "urn:vitae:problem:" + kind, title, detail);
    }

    static Problem badRequest(String detail) {
        return of(400, detail);
    }

    static String phrase(int status) {
        String p = HttpStatus.getMessage(status);
        return p == null || p.isBlank() ? "HTTP " + status : p;
    }

    ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode().put("type", type).put("title", title).put("status", status).put("detail", getMessage());
        n.setAll(extensions);
        n.put("error", getMessage());
        return n;
    }

    byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"cannot write the problem\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
