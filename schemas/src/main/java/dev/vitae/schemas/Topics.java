package dev.vitae.schemas;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one registry of Vitae's topics. Every record is keyed by document id (SHA-256 hex of the
 * uploaded bytes), so ordering holds per document and partitions are a safe unit of parallelism.
 *
 * <pre>
 * resumes.uploaded   raw file bytes          -> extractor -> resumes.extracted (Avro ExtractedText)
 * resumes.extracted  ExtractedText           -> enricher  -> profiles.parsed   (Avro ResumeProfile, compacted)
 * profiles.parsed    ResumeProfile           -> sink      -> store
 * each input topic T has a dead-letter topic T.dlq holding failed records unchanged plus vitae.error.* headers
 * </pre>
 */
public final class Topics {
    /** Files up to this size are accepted for upload. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Topic-level max.message.bytes for topics that carry whole files: room for headers and batching overhead. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private static final Map<String, String> FILE_TOPIC = Map.of(
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES));

    public static final Topic<String, byte[]> UPLOADED = new Topic<>(
            "resumes.uploaded", Serdes.String(), Serdes.ByteArray(), FILE_TOPIC);

    public static final Topic<String, ExtractedText> EXTRACTED = new Topic<>(
            "resumes.extracted", Serdes.String(), new AvroSerde<>(ExtractedText.class), FILE_TOPIC);

    public static final Topic<String, ResumeProfile> PROFILES = new Topic<>(
            "profiles.parsed", Serdes.String(), new AvroSerde<>(ResumeProfile.class), Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES)));

    /** Stage inputs, in pipeline order; each has a dead-letter topic. */
    public static final List<Topic<String, ?>> INPUTS = List.of(UPLOADED, EXTRACTED, PROFILES);

    private Topics() {}

    public static String dlqOf(String inputTopic) {
        return inputTopic + ".dlq";
    }

    public static Topic<byte[], byte[]> dlq(Topic<?, ?> input) {
        return new Topic<>(dlqOf(input.name()), Serdes.ByteArray(), Serdes.ByteArray(), FILE_TOPIC);
    }

    /** Every topic Vitae creates at start-up: the inputs and their dead-letter topics. */
    public static List<Topic<?, ?>> all() {
        return INPUTS.stream().<Topic<?, ?>>mapMulti((t, out) -> {
            out.accept(t);
            out.accept(dlq(t));
        }).toList();
    }
}
