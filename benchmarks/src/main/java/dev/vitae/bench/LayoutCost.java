package dev.vitae.bench;

import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.TextExtractor;
import dev.vitae.schemas.AvroSerde;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.LayoutLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the layout layer costs: in-process extraction time per document with and without it, per
 * format, over every file in the given directories; and what it adds to a resumes.extracted record
 * (bytes), how many of the text's non-blank lines a layout line covers, and a check that the text
 * itself is the same either way. Each document is extracted with and without layout in alternating
 * order, ROUNDS times each; its time is the least CPU time of its thread over the rounds (the
 * machine is shared, and wall-clock time there measures the neighbours). Prints aggregates only.
 * Usage: {@code ./vitae bench layout [ROUNDS] DIR...}.
 */
public final class LayoutCost {
    private record Doc(String name, String kind, byte[] bytes) {}

    private static final class Totals {
        int docs, withLayout, textDiffers;
        long nanosWith, nanosWithout, bytesText, bytesAdded, lines, coveredLines;
    }

    public static void main(String[] args) throws IOException {
        int rounds = 5;
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                rounds = Integer.parseInt(a);
            } else {
                dirs.add(Path.of(a));
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String n = f.getFileName().toString();
                    String kind = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "?";
                    docs.add(new Doc(n, kind, Files.readAllBytes(f)));
                }
            }
        }
        TextExtractor with = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
        TextExtractor without = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, false);
        AvroSerde<ExtractedText> serde = new AvroSerde<>(ExtractedText.class);
        Map<String, Totals> byKind = new TreeMap<>();
        for (Doc d : docs) { // warm-up, and the size and text checks
            Extraction a = with.extract(d.bytes(), d.name());
            Extraction b = without.extract(d.bytes(), d.name());
            with.extract(d.bytes(), d.name());
            without.extract(d.bytes(), d.name());
            if (!a.isOk()) {
                continue;
            }
            Totals t = byKind.computeIfAbsent(d.kind(), k -> new Totals());
            t.docs++;
            if (!a.text().equals(b.text())) {
                t.textDiffers++;
            }
            ExtractedText base = ExtractedText.newBuilder().setDocumentId("0".repeat(64)).setFileName(d.name()).setMediaType(a.mediaType())
                    .setText(a.text()).setExtractorVersion("x").setUploadedAt(Instant.EPOCH).setExtractedAt(Instant.EPOCH).build();
            int plain = serde.encode(base).length;
            t.bytesText += plain;
            long nonBlank = a.text().lines().filter(l -> !l.isBlank()).count();
            t.lines += nonBlank;
            if (a.layout() != null) {
                t.withLayout++;
                t.bytesAdded += serde.encode(ExtractedText.newBuilder(base).setLayout(a.layout()).build()).length - plain;
                t.coveredLines += covered(a.text(), a.layout().getLines());
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Doc d : docs) {
            Totals t = byKind.get(d.kind());
            if (t == null) {
                continue;
            }
            long bestWith = Long.MAX_VALUE, bestWithout = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                boolean withFirst = r % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    boolean layout = (k == 0) == withFirst;
                    long t0 = cpu.getCurrentThreadCpuTime();
                    (layout ? with : without).extract(d.bytes(), d.name());
                    long dt = cpu.getCurrentThreadCpuTime() - t0;
                    if (layout) {
                        bestWith = Math.min(bestWith, dt);
                    } else {
                        bestWithout = Math.min(bestWithout, dt);
                    }
                }
            }
            t.nanosWith += bestWith;
            t.nanosWithout += bestWithout;
        }
        System.out.printf("%-6s %5s %9s %9s %8s %9s %10s %8s %9s%n", "format", "docs", "ms/doc-", "ms/doc+", "cost", "w/layout",
                "bytes+/doc", "bytes+%", "covered");
        Totals all = new Totals();
        for (var e : byKind.entrySet()) {
            print(e.getKey(), e.getValue(), rounds);
            Totals t = e.getValue();
            all.docs += t.docs;
            all.withLayout += t.withLayout;
            all.textDiffers += t.textDiffers;
            all.nanosWith += t.nanosWith;
            all.nanosWithout += t.nanosWithout;
            all.bytesText += t.bytesText;
            all.bytesAdded += t.bytesAdded;
            all.lines += t.lines;
            all.coveredLines += t.coveredLines;
        }
        print("all", all, rounds);
        System.out.printf("texts that differ with layout on: %d of %d%n", all.textDiffers, all.docs);
    }

    private static void print(String kind, Totals t, int rounds) {
        double without = t.nanosWithout / 1e6 / Math.max(1, t.docs), with = t.nanosWith / 1e6 / Math.max(1, t.docs);
        System.out.printf("%-6s %5d %9.2f %9.2f %+7.1f%% %9d %10.0f %+7.1f%% %9.2f%n", kind, t.docs, without, with,
                100 * (with - without) / Math.max(1e-9, without), t.withLayout, t.bytesAdded / (double) Math.max(1, t.withLayout),
                100.0 * t.bytesAdded / Math.max(1, t.bytesText), t.coveredLines / (double) Math.max(1, t.lines));
    }

    /** Non-blank lines of {@code text} at least half of whose characters a layout line covers. */
    private static int covered(String text, List<LayoutLine> lines) {
        BitSet cov = new BitSet(text.length());
        for (LayoutLine l : lines) {
            cov.set(l.getStart(), l.getStart() + l.getLength());
        }
        int n = 0, pos = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank() && cov.get(pos, pos + line.length()).cardinality() * 2 >= line.strip().length()) {
                n++;
            }
            pos += line.length() + 1;
        }
        return n;
    }
}
