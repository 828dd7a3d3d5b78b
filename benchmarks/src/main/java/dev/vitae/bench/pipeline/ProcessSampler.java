package dev.vitae.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Samples a process tree from {@code /proc} every {@code period} ms on a daemon thread: the resident
 * memory of the root process plus all its descendants (the peak of that sum is kept), and the CPU
 * time of each descendant (last value seen per pid, so a child that was restarted still counts with
 * what it used up to its last sample). Linux only; elsewhere the numbers stay at zero.
 */
final class ProcessSampler implements AutoCloseable {
    /** USER_HZ: the unit of utime/stime in /proc/PID/stat, 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final ProcessHandle root;
    private final long periodMs;
    private final Map<Long, Long> descendantTicks = new ConcurrentHashMap<>();
    private final java.util.Set<Long> children = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakRssKb;

    ProcessSampler(ProcessHandle root, long periodMs) {
        this.root = root;
        this.periodMs = periodMs;
        this.thread = new Thread(this::loop, "bench-proc-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(periodMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long rss = rssKb(root.pid());
        try (Stream<ProcessHandle> c = root.children()) {
            // JVMs only: Tika's start-up probe runs "tesseract --version" as a child too
            c.filter(p -> p.info().command().map(cmd -> cmd.endsWith("/java")).orElse(false)).forEach(p -> children.add(p.pid()));
        }
        List<ProcessHandle> kids;
        try (Stream<ProcessHandle> d = root.descendants()) {
            kids = d.toList();
        }
        for (ProcessHandle p : kids) {
            rss += rssKb(p.pid());
            long ticks = cpuTicks(p.pid());
            if (ticks >= 0) {
                descendantTicks.merge(p.pid(), ticks, Math::max);
            }
        }
        peakRssKb = Math.max(peakRssKb, rss);
    }

    double peakRssMb() {
        return peakRssKb / 1024.0;
    }

    /** CPU seconds used by every descendant seen (each process counted up to its last sample). */
    double descendantCpuSeconds() {
        return descendantTicks.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
    }

    /** Pids of the child JVMs seen so far. */
    java.util.Set<Long> childPids() {
        return java.util.Set.copyOf(children);
    }

    /** Distinct child JVMs seen: parser children, restarts included. */
    int childrenSeen() {
        return children.size();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    /** utime + stime of a process, -1 when it is gone. Fields counted after the ")" closing the command name. */
    static long cpuTicks(long pid) {
        return cpuTicks(Path.of("/proc", Long.toString(pid)));
    }

    /** utime + stime of a process or thread directory ({@code /proc/PID}, {@code /proc/self/task/TID}), -1 when gone. */
    static long cpuTicks(Path procDir) {
        try {
            String stat = Files.readString(procDir.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
