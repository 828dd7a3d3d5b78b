package dev.vitae.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A lookup reads the partition the producer wrote to: the same as Kafka's own default partitioner, for every partition count. */
class DocumentRecordsTest {

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 7, 12, 50})
    void thePartitionOfADocumentIdIsTheDefaultPartitioners(int partitions) {
        for (int i = 0; i < 2_000; i++) {
            byte[] key = DocumentIds.of(("document " + i).getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            assertEquals(BuiltInPartitioner.partitionForKey(key, partitions), DocumentRecords.partitionOf(key, partitions), "key " + i);
        }
    }
}
