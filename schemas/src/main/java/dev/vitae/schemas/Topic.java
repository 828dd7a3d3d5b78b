package dev.vitae.schemas;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/** A topic name bound to its key and value serdes and the topic-level configs it is created with. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {}
