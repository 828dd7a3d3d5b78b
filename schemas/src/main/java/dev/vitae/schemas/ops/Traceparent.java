package dev.vitae.schemas.ops;

import dev.vitae.schemas.VitaeHeaders;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Headers;

/**
 * A W3C trace context ({@code traceparent}, version 00): {@code 00-<32 hex trace id>-<16 hex parent
 * span id>-<2 hex flags>}. The front doors start a trace ({@link #newRoot}); each stage keeps the
 * trace id and names its own span as the parent of what it produces ({@link #child}), so one upload
 * is one trace across resumes.uploaded, resumes.extracted, profiles.parsed and their dead letters.
 * {@link #parse} follows the specification's rules: lower-case hex only, no all-zero ids, version ff
 * invalid; a higher version is read by its first four fields.
 */
public record Traceparent(String traceId, String spanId, String flags) {
    private static final Pattern V00 = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern LATER = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Sampled: every upload is worth a trace at Vitae's volumes. */
    static final String SAMPLED = "01";

    /** A new trace, sampled, with a random trace id and span id. */
    public static Traceparent newRoot() {
        return new Traceparent(randomHex(16), randomHex(8), SAMPLED);
    }

    /** The same trace, with {@code spanId} (a span of this process) as the parent of what follows. */
    public Traceparent withSpan(String spanId) {
        return new Traceparent(traceId, spanId, flags);
    }

    /** The same trace and flags with a new random span id: the context a stage passes on. */
    public Traceparent child() {
        return withSpan(randomHex(8));
    }

    /** The header value. */
    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    /** The context a header value holds, or empty when it is absent or not a valid traceparent. */
    public static Optional<Traceparent> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        var m = V00.matcher(v);
        String trace, span, flags;
        if (m.matches()) {
            trace = m.group(1);
            span = m.group(2);
            flags = m.group(3);
        } else {
            var later = LATER.matcher(v);
            if (!later.matches() || later.group(1).equals("00") || later.group(1).equals("ff")) {
                return Optional.empty(); // version 00 with extra fields is invalid; ff is forbidden
            }
            trace = later.group(2);
            span = later.group(3);
            flags = later.group(4);
        }
        if (trace.equals(ZERO_TRACE) || span.equals(ZERO_SPAN)) {
            return Optional.empty();
        }
        return Optional.of(new Traceparent(trace, span, flags));
    }

    /** The context in a record's {@code traceparent} header, if valid. */
    public static Optional<Traceparent> of(Headers headers) {
        return parse(VitaeHeaders.get(headers, VitaeHeaders.TRACEPARENT));
    }

    /** Writes this context as the record's {@code traceparent} header, replacing any. */
    public void writeTo(Headers headers) {
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, toString());
    }

    /**
     * The record's valid context, or a new root written into its headers when it has none (a producer
     * outside Vitae's front doors): every record handled is in some trace.
     */
    public static Traceparent ensure(Headers headers) {
        Optional<Traceparent> t = of(headers);
        if (t.isPresent()) {
            return t.get();
        }
        Traceparent root = newRoot();
        root.writeTo(headers);
        return root;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        do {
            RANDOM.nextBytes(b);
        } while (isZero(b));
        return HexFormat.of().formatHex(b);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
