package dev.vitae.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads between two snapshots, grouped by what the thread does: the
 * extractor's poll loop and the thread that talks to the parser child, the enricher's Streams
 * thread, the sink, Kafka client I/O threads, and the embedded broker. Threads that died between
 * the snapshots are not seen, and neither are the JVM's own (GC, JIT): the difference to the
 * process's CPU time is reported as {@code jvmAndUnseen}.
 */
final class ThreadCpu {
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    private final long processStart;

    ThreadCpu() {
        for (long id : mx.getAllThreadIds()) {
            start.put(id, Math.max(0, mx.getThreadCpuTime(id)));
        }
        processStart = processCpuNanos();
    }

    /** Seconds of CPU per group since construction, largest first, and the process total. */
    Map<String, Double> since() {
        Map<String, Long> groups = new HashMap<>();
        long seen = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = mx.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = now - start.getOrDefault(info.getThreadId(), 0L);
            seen += used;
            groups.merge(group(info.getThreadName()), used, Long::sum);
        }
        long process = processCpuNanos() - processStart;
        groups.put("jvmAndUnseen", Math.max(0, process - seen));
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("processTotal", Math.round(process / 1e7) / 100.0);
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() / 1e7) / 100.0));
        return out;
    }

    static String group(String name) {
        if (name.equals("vitae-extractor")) {
            return "extractorLoop";
        }
        if (name.equals("vitae-parse-supervisor")) {
            return "parserPipe";
        }
        if (name.equals("vitae-sink") || name.startsWith("vitae-store")) {
            return "sink";
        }
        if (name.contains("StreamThread")) {
            return "enricherStreamThread";
        }
        if (name.startsWith("kafka-producer-network-thread") || name.startsWith("kafka-coordinator-heartbeat")
                || name.contains("consumer_background") || name.contains("adminclient")) {
            return "kafkaClientIo";
        }
        if (name.startsWith("bench-")) {
            return "bench";
        }
        if (name.equals("main")) {
            return "ingestUploader"; // the bench's main thread validates and sends, as vitae ingest does
        }
        return "brokerAndOther";
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
