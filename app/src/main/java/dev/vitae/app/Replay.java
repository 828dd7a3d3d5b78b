package dev.vitae.app;

import dev.vitae.enricher.EnricherConfig;
import dev.vitae.extractor.ExtractorConfig;
import dev.vitae.schemas.Topics;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.SinkConfig;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Rewinds a stopped stage so that it processes its input again: the stage's consumer group offsets
 * are set (AdminClient) to the beginning of its input topic or to the first record at or after a
 * time. The sink keeps its positions in the store, so those are rewritten too. Because every stage
 * is idempotent and the store is version-guarded, a replay converges to one row per document at the
 * newest version.
 */
public final class Replay {
    /** A stage and the group and topic it consumes. */
    public enum Stage {
        EXTRACTOR(ExtractorConfig.DEFAULT_GROUP, Topics.UPLOADED.name()),
        ENRICHER(EnricherConfig.DEFAULT_APPLICATION_ID, Topics.EXTRACTED.name()),
        SINK(SinkConfig.DEFAULT_GROUP, Topics.PROFILES.name());

        final String group;
        final String topic;

        Stage(String group, String topic) {
            this.group = group;
            this.topic = topic;
        }
    }

    private Replay() {}

    /**
     * @param from null for the beginning of the topic
     * @param store the sink's store, required for {@link Stage#SINK}
     * @return the new offset of each partition
     */
    public static Map<TopicPartition, Long> reset(Properties clientProperties, Stage stage, Instant from, ProfileStore store) throws Exception {
        try (Admin admin = Admin.create(clientProperties)) {
            requireStopped(admin, stage);
            List<TopicPartition> parts = admin.describeTopics(List.of(stage.topic)).allTopicNames().get().get(stage.topic)
                    .partitions().stream().map(p -> new TopicPartition(stage.topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
            parts.forEach(tp -> spec.put(tp, from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(spec).all().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            parts.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Map<TopicPartition, Long> target = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
            for (TopicPartition tp : parts) {
                long o = found.get(tp).offset();
                long offset = o < 0 ? ends.get(tp).offset() : o; // no record at or after the time: nothing to replay there
                target.put(tp, offset);
                commit.put(tp, new OffsetAndMetadata(offset));
            }
            admin.alterConsumerGroupOffsets(stage.group, commit).all().get();
            if (stage == Stage.SINK) {
                store.resetPositions(stage.group);
                store.apply(stage.group, List.of(), target.entrySet().stream()
                        .map(e -> new ProfileStore.Position(e.getKey().topic(), e.getKey().partition(), e.getValue())).toList());
            }
            return target;
        }
    }

    private static void requireStopped(Admin admin, Stage stage) throws InterruptedException, ExecutionException {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(stage.group)).all().get().get(stage.group);
            if (d != null && !d.members().isEmpty()) {
                throw new IllegalStateException("the " + stage.name().toLowerCase() + " is running (" + d.members().size()
                        + " member(s) in group " + stage.group + "); stop it before a replay");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }
}
