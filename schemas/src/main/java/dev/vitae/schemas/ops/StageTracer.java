package dev.vitae.schemas.ops;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/**
 * One span per record per stage, and the log context that goes with it. {@link #start} puts the
 * document id and trace id into the SLF4J MDC ({@value #MDC_DOCUMENT}, {@value #MDC_TRACE}) for
 * every line logged while the record is handled, and gives the traceparent the stage writes on
 * what it produces: same trace, this stage's span as the parent.
 *
 * <p>When {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} or {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set
 * (OTLP over HTTP/protobuf; the latter gets {@code /v1/traces} appended, as the specification says),
 * spans are exported there in batches, with {@code service.name} {@code vitae-<stage>}; otherwise
 * nothing is exported and the span id is only a random id in the traceparent.
 */
public final class StageTracer implements AutoCloseable {
    public static final String MDC_DOCUMENT = "documentId";
    public static final String MDC_TRACE = "traceId";
    static final String ENV_TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    static final String ENV_ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private static final AttributeKey<String> DOCUMENT = AttributeKey.stringKey("vitae.document.id");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("vitae.outcome");

    private final String stage;
    private final SdkTracerProvider provider; // null: no export
    private final Tracer tracer;

    private StageTracer(String stage, SdkTracerProvider provider) {
        this.stage = stage;
        this.provider = provider;
        this.tracer = provider == null ? null : provider.get("dev.vitae." + stage);
    }

    /** Exporting when the environment names an OTLP endpoint, else only propagating. */
    public static StageTracer fromEnvironment(String stage) {
        return forEndpoint(stage, System.getenv());
    }

    /** Only propagating, never exporting (tests, and tools that handle records outside a service). */
    public static StageTracer forStage(String stage) {
        return new StageTracer(stage, null);
    }

    static StageTracer forEndpoint(String stage, Map<String, String> env) {
        String endpoint = env.get(ENV_TRACES_ENDPOINT);
        if (endpoint == null || endpoint.isBlank()) {
            String base = env.get(ENV_ENDPOINT);
            endpoint = base == null || base.isBlank() ? null : base.replaceAll("/+$", "") + "/v1/traces";
        }
        if (endpoint == null) {
            return new StageTracer(stage, null);
        }
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "vitae-" + stage))))
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build()).build())
                .build();
        return new StageTracer(stage, provider);
    }

    public boolean exporting() {
        return provider != null;
    }

    /** Starts the span of one record, a child of {@code parent}, and sets the MDC; close the result when done. */
    public RecordSpan start(Traceparent parent, String documentId) {
        MDC.put(MDC_TRACE, parent.traceId());
        if (documentId != null) {
            MDC.put(MDC_DOCUMENT, documentId);
        }
        if (tracer == null) {
            return new RecordSpan(null, parent.child());
        }
        SpanContext remote = SpanContext.createFromRemoteParent(parent.traceId(), parent.spanId(),
                TraceFlags.fromHex(parent.flags(), 0), TraceState.getDefault());
        Span span = tracer.spanBuilder(stage).setSpanKind(SpanKind.CONSUMER).setParent(Context.root().with(Span.wrap(remote)))
                .setAttribute(DOCUMENT, documentId == null ? "" : documentId).startSpan();
        return new RecordSpan(span, parent.withSpan(span.getSpanContext().getSpanId()));
    }

    /** The span of one record: {@link #traceparent()} goes on what the stage produces. */
    public static final class RecordSpan implements AutoCloseable {
        private final Span span;
        private final Traceparent traceparent;

        private RecordSpan(Span span, Traceparent traceparent) {
            this.span = span;
            this.traceparent = traceparent;
        }

        public Traceparent traceparent() {
            return traceparent;
        }

        /** Records the outcome (OK or a dead-letter outcome) on the span. */
        public void outcome(String outcome) {
            if (span != null) {
                span.setAttribute(OUTCOME, outcome);
            }
        }

        /** Clears the log context, leaving the span open (a stage that logs the rest of the work per batch). */
        public void clearLogContext() {
            MDC.remove(MDC_TRACE);
            MDC.remove(MDC_DOCUMENT);
        }

        /** Ends the span and clears the MDC. */
        @Override
        public void close() {
            if (span != null) {
                span.end();
            }
            MDC.remove(MDC_TRACE);
            MDC.remove(MDC_DOCUMENT);
        }
    }

    /** Flushes and stops the exporter. */
    @Override
    public void close() {
        if (provider != null) {
            provider.shutdown().join(10, TimeUnit.SECONDS);
        }
    }
}
