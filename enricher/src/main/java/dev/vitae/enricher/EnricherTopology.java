package dev.vitae.enricher;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageTracer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;

/**
 * resumes.extracted → {@link EnrichProcessor} → profiles.parsed, or resumes.extracted.dlq for
 * records that fail validation or enrichment. Stateless: each record is enriched on its own, keyed
 * by document id, so partitions scale out and ordering holds per document.
 */
public final class EnricherTopology {
    private EnricherTopology() {}

    /** Without metrics export or span export (tests of the topology alone). */
    public static Topology build(ResumeEnricher enricher) {
        return build(enricher, new StageMetrics(new SimpleMeterRegistry(), EnrichProcessor.STAGE), StageTracer.forStage(EnrichProcessor.STAGE));
    }

    public static Topology build(ResumeEnricher enricher, StageMetrics metrics, StageTracer tracer) {
        Topology t = new Topology();
        t.addSource("extracted", new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.EXTRACTED.name());
        t.addProcessor("enrich", () -> new EnrichProcessor(enricher, metrics, tracer), "extracted");
        t.addSink(EnrichProcessor.TO_PROFILES, Topics.PROFILES.name(), new ByteArraySerializer(), new ByteArraySerializer(), "enrich");
        t.addSink(EnrichProcessor.TO_DLQ, Topics.dlqOf(Topics.EXTRACTED.name()), new ByteArraySerializer(), new ByteArraySerializer(), "enrich");
        return t;
    }
}
