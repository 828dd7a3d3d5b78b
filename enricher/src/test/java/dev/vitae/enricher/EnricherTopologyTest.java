package dev.vitae.enricher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Topics;
import dev.vitae.schemas.VitaeHeaders;
import dev.vitae.schemas.ops.StageMetrics;
import dev.vitae.schemas.ops.StageTracer;
import dev.vitae.schemas.ops.Traceparent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnricherTopologyTest {
    private static final Instant T = Instant.parse("2026-01-15T10:00:00Z");
    private TopologyTestDriver driver;
    private StageMetrics metrics;
    private TestInputTopic<byte[], byte[]> in;
    private TestOutputTopic<byte[], byte[]> profiles;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void setUp() {
        Properties p = new Properties();
        p.put("application.id", "test");
        p.put("bootstrap.servers", "unused:9092");
        metrics = new StageMetrics(new SimpleMeterRegistry(), EnrichProcessor.STAGE);
        driver = new TopologyTestDriver(EnricherTopology.build(new ResumeEnricher("t", Clock.fixed(T, ZoneOffset.UTC)), metrics,
                StageTracer.forStage(EnrichProcessor.STAGE)), p);
        in = driver.createInputTopic(Topics.EXTRACTED.name(), new ByteArraySerializer(), new ByteArraySerializer());
        profiles = driver.createOutputTopic(Topics.PROFILES.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(Topics.dlqOf(Topics.EXTRACTED.name()), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private static ExtractedText text(String id, String body) {
        return ExtractedText.newBuilder().setDocumentId(id).setMediaType("text/plain").setText(body)
                .setExtractorVersion("x").setUploadedAt(T).setExtractedAt(T).build();
    }

    @Test
    void extractedTextBecomesAProfileKeyedByDocumentId() {
        String body = "Jane Doe\n\nExperience\nSenior Engineer | Acme Inc. | Jan 2020 – Present\n- Cut API latency by 30% with Kafka and Go";
        String id = DocumentIds.of(body.getBytes(StandardCharsets.UTF_8));
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        in.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8),
                Topics.EXTRACTED.valueSerde().serializer().serialize("t", text(id, body)), headers, T));
        TestRecord<byte[], byte[]> out = profiles.readRecord();
        ResumeProfile profile = Topics.PROFILES.valueSerde().deserializer().deserialize("t", out.value());
        assertEquals(id, new String(out.key(), StandardCharsets.UTF_8));
        assertEquals("Acme Inc.", profile.getRoles().get(0).getOrganization());
        assertTrue(profile.getRoles().get(0).getCurrent());
        assertEquals(30.0, profile.getMetrics().get(0).getValue());
        // the same trace, with the enricher's span as the parent of the profile
        Traceparent passedOn = Traceparent.parse(VitaeHeaders.get(out.headers(), VitaeHeaders.TRACEPARENT)).orElseThrow();
        assertEquals("0af7651916cd43dd8448eb211c80319c", passedOn.traceId());
        assertEquals("01", passedOn.flags());
        assertNotEquals("b7ad6b7169203331", passedOn.spanId());
        assertTrue(dlq.isEmpty());
        assertEquals(1, metrics.countOf(StageMetrics.OK));
    }

    @Test
    void unreadableBytesGoToTheDlqUnchangedWithTheReason() {
        byte[] garbage = {1, 2, 3, 4};
        in.pipeInput("k".getBytes(StandardCharsets.UTF_8), garbage);
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals(garbage, dead.value());
        assertEquals("enricher", VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_STAGE));
        assertEquals("INVALID_RECORD", VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_OUTCOME));
        assertEquals(Topics.EXTRACTED.name(), VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_TOPIC));
        assertTrue(VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_MESSAGE).contains("single-object"));
        assertTrue(profiles.isEmpty());
    }

    @Test
    void aKeyThatIsNotTheDocumentIdIsRejected() {
        String id = DocumentIds.of(new byte[] {9});
        byte[] value = Topics.EXTRACTED.valueSerde().serializer().serialize("t", text(id, "some text"));
        in.pipeInput("another-key".getBytes(StandardCharsets.UTF_8), value);
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals(value, dead.value());
        assertTrue(VitaeHeaders.get(dead.headers(), VitaeHeaders.ERROR_MESSAGE).contains("differs"));
    }

    @Test
    void blankTextIsDeadLetteredAsEmpty() {
        String id = DocumentIds.of(new byte[] {7});
        in.pipeInput(id.getBytes(StandardCharsets.UTF_8), Topics.EXTRACTED.valueSerde().serializer().serialize("t", text(id, "  \n ")));
        assertEquals("EMPTY", VitaeHeaders.get(dlq.readRecord().headers(), VitaeHeaders.ERROR_OUTCOME));
    }

    @Test
    void aDeadLetterKeepsTheTraceAndARecordWithoutOneStartsATrace() {
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        in.pipeInput(new TestRecord<>("k".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3}, headers, T));
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", Traceparent.of(dead.headers()).orElseThrow().traceId());

        in.pipeInput("k".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3}); // a producer outside Vitae: no traceparent
        assertTrue(Traceparent.of(dlq.readRecord().headers()).isPresent(), "every record handled is in some trace");
        assertEquals(2, metrics.countOf("INVALID_RECORD"));
        assertEquals(0, metrics.countOf(StageMetrics.OK));
        assertEquals(2, metrics.processing().count());
    }
}
