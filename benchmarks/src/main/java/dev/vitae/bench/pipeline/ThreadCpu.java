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
 * the snapshots are not seen. The JVM's own threads are not Java threads: their CPU time is read
 * from {@code /proc/self/task} by thread name (JIT compilers, garbage collector). What remains of
 * the process's CPU time is reported as {@code unseen} (threads that ended, other VM threads).
 */
final class ThreadCpu {
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    private final long processStart;
    private final Map<String, Long> vmStart;

    ThreadCpu() {
        for (long id : mx.getAllThreadIds()) {
            start.put(id, Math.max(0, mx.getThreadCpuTime(id)));
        }
        processStart = processCpuNanos();
        vmStart = vmThreadNanos();
    }

    /** CPU nanoseconds of the JVM's native threads, summed per group ("jit", "gc"), from /proc/self/task. */
    private static Map<String, Long> vmThreadNanos() {
        Map<String, Long> out = new HashMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : tasks.toList()) {
                String comm;
                try {
                    comm = java.nio.file.Files.readString(task.resolve("comm")).strip();
                } catch (java.io.IOException e) {
                    continue; // the thread ended
                }
                String group = comm.startsWith("C2 Compiler") || comm.startsWith("C1 Compiler") ? "jit"
                        : comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "gc" : null;
                long ticks = group == null ? -1 : ProcessSampler.cpuTicks(task);
                if (ticks >= 0) {
                    out.merge(group, ticks * 10_000_000L, Long::sum); // USER_HZ 100
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return out;
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
        Map<String, Long> vm = vmThreadNanos();
        for (String g : vm.keySet()) {
            long used = Math.max(0, vm.get(g) - vmStart.getOrDefault(g, 0L));
            seen += used;
            groups.put(g, used);
        }
        groups.put("unseen", Math.max(0, process - seen));
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
