package dev.vitae.schemas.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metric registry of one Vitae process, scraped in Prometheus text format. Every meter is named
 * {@code vitae_*}: Vitae's own ({@link StageMetrics}) already are, and the Kafka clients' meters
 * (Micrometer's Kafka binders: {@code kafka.consumer.*}, {@code kafka.producer.*}, {@code kafka.stream.*})
 * are renamed by a filter, so {@code kafka_consumer_fetch_manager_records_lag} is scraped as
 * {@code vitae_kafka_consumer_fetch_manager_records_lag}. Kafka's legacy per-topic copies (topic
 * name with {@code _} for {@code .}) are dropped.
 */
public final class VitaeMetrics {
    public static final String PREFIX = "vitae.";
    /** Content type of {@link PrometheusMeterRegistry#scrape()}: the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private VitaeMetrics() {}

    /** A new Prometheus registry with the {@code vitae.} prefix filter. */
    public static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        prefixed(registry);
        return registry;
    }

    /** Adds the prefix filter to {@code registry} (before any meter is registered). */
    public static <R extends MeterRegistry> R prefixed(R registry) {
        // Kafka's clients report each per-topic metric twice, under the topic's name and under a legacy copy with
        // '.' replaced by '_'; every Vitae topic has a dot, so the copy is dropped and sums by stage stay right
        // (Micrometer maps every id before it asks any filter to accept it: the name here is already prefixed)
        registry.config().meterFilter(MeterFilter.deny(id -> id.getName().startsWith(PREFIX + "kafka.")
                && id.getTag("topic") != null && id.getTag("topic").indexOf('.') < 0 && id.getTag("topic").indexOf('_') >= 0));
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public io.micrometer.core.instrument.Meter.Id map(io.micrometer.core.instrument.Meter.Id id) {
                return id.getName().startsWith(PREFIX) ? id : id.withName(PREFIX + id.getName());
            }
        });
        return registry;
    }
}
