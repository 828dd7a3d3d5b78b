package dev.vitae.bench.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a recording went, from its {@code jdk.ExecutionSample} events (Java code on
 * CPU): the share of samples per thread group ({@link ThreadCpu#group}), the hottest methods by
 * self time (top frame), and by total time (anywhere on the stack, each method once per sample),
 * restricted to frames whose class starts with one of the given prefixes when any are given.
 * Usage: {@code ./vitae bench jfr FILE.jfr [TOP] [PREFIX...]}.
 */
public final class JfrSummary {
    private JfrSummary() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ./vitae bench jfr FILE.jfr [TOP] [CLASS-PREFIX...]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Map<String, Integer> byGroup = new HashMap<>(), byThread = new HashMap<>(), self = new HashMap<>(), total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            samples++;
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            thread = thread == null ? "?" : thread;
            byGroup.merge(ThreadCpu.group(thread), 1, Integer::sum);
            byThread.merge(thread.replaceAll("\\d+", "N"), 1, Integer::sum);
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : st.getFrames()) {
                String n = name(f);
                if ((prefixes.isEmpty() || prefixes.stream().anyMatch(n::startsWith)) && seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%s: %d execution samples%n", file, samples);
        print("by thread group", byGroup, samples, top);
        print("by thread (digits as N)", byThread, samples, top);
        print("hottest methods, self", self, samples, top);
        print("hottest methods, total" + (prefixes.isEmpty() ? "" : " (" + String.join(", ", prefixes) + ")"), total, samples, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
    }
}
