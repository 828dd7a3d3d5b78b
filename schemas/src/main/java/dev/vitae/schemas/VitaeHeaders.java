package dev.vitae.schemas;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Record header names every stage agrees on. Upload headers describe the file; {@code vitae.error.*}
 * headers are added to a dead letter and say why it is there. Values are UTF-8 strings.
 */
public final class VitaeHeaders {
    public static final String FILE_NAME = "vitae.file.name";
    public static final String CONTENT_TYPE = "vitae.content.type";
    public static final String SOURCE = "vitae.source";
    /** W3C trace context, propagated unchanged from upload to profile. */
    public static final String TRACEPARENT = "traceparent";

    public static final String ERROR_STAGE = "vitae.error.stage";
    public static final String ERROR_OUTCOME = "vitae.error.outcome";
    public static final String ERROR_CLASS = "vitae.error.exception.class";
    public static final String ERROR_MESSAGE = "vitae.error.exception.message";
    public static final String ERROR_ATTEMPTS = "vitae.error.attempts";
    public static final String ERROR_TOPIC = "vitae.error.source.topic";
    public static final String ERROR_PARTITION = "vitae.error.source.partition";
    public static final String ERROR_OFFSET = "vitae.error.source.offset";
    public static final String ERROR_TIMESTAMP = "vitae.error.timestamp";

    private VitaeHeaders() {}

    /** The last value of a header as a string, or null when absent. */
    public static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
