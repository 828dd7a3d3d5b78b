package dev.vitae.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * N synthetic résumés in mixed formats and languages, the same N files for the same seed. The 24
 * pairs of language (English, Japanese, Korean, French) and format (PDF in one column, PDF in two
 * columns, DOCX with tables, HTML, TXT, Markdown) are put in an order drawn from the seed and
 * document {@code i} takes pair {@code i mod 24}, so every prefix of a corpus is evenly mixed. Its
 * content comes from {@link ResumeContent} with a {@link Random} seeded from (seed, i) and its index
 * written into it, so documents differ in bytes and document ids. Japanese or Korean PDFs need
 * their TrueType font ({@link Fonts}); without it those documents become DOCX (one column) or HTML
 * (two columns), and {@link Corpus#notes()} says so.
 *
 * <p>Usage: {@code CorpusGenerator --docs N [--seed S] [--out DIR]} writes the files, a
 * {@code manifest.tsv} (file, language, format, bytes) and {@code notes.txt}; {@link #read} loads
 * them back. {@link #generateInChild} runs that in a JVM of its own, so that a benchmark's JVM holds
 * none of the rendering (PDFBox, POI): neither its compiled code, nor its heap, nor its JIT backlog.
 */
public final class CorpusGenerator {
    public enum Format {
        PDF_ONE_COLUMN("pdf"), PDF_TWO_COLUMNS("pdf"), DOCX("docx"), HTML("html"), TXT("txt"), MD("md");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    public static final List<String> LANGUAGES = List.of("en", "ja", "ko", "fr");

    public record Document(int index, String fileName, String language, Format format, byte[] bytes) {}

    /** The documents, and what could not be rendered as drawn (a missing font). */
    public record Corpus(List<Document> documents, List<String> notes) {}

    private record Pair(String language, Format format) {}

    private final long seed;
    private final List<Pair> order;
    private final Fonts fonts = new Fonts();
    private final PdfRenderer pdf = new PdfRenderer(fonts);
    private final DocxRenderer docx = new DocxRenderer();
    private final Set<String> notes = new LinkedHashSet<>();

    public CorpusGenerator(long seed) {
        this.seed = seed;
        List<Pair> pairs = new ArrayList<>();
        for (String l : LANGUAGES) {
            for (Format f : Format.values()) {
                pairs.add(new Pair(l, f));
            }
        }
        Collections.shuffle(pairs, new Random(seed));
        this.order = List.copyOf(pairs);
    }

    public Corpus generate(int count) {
        List<Document> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(document(i));
        }
        return new Corpus(docs, List.copyOf(notes));
    }

    public Document document(int index) {
        Pair pair = order.get(index % order.size());
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index);
        Resume r = ResumeContent.draw(pair.language(), rnd, index);
        Format format = pair.format();
        if ((format == Format.PDF_ONE_COLUMN || format == Format.PDF_TWO_COLUMNS) && !pdf.canRender(pair.language())) {
            notes.add("no TrueType font for " + pair.language() + " (looked for " + Fonts.lookedFor(pair.language())
                    + "): its PDFs are rendered as DOCX (one column) and HTML (two columns)");
            format = format == Format.PDF_ONE_COLUMN ? Format.DOCX : Format.HTML;
        }
        try {
            byte[] bytes = switch (format) {
                case PDF_ONE_COLUMN -> pdf.render(r, false);
                case PDF_TWO_COLUMNS -> pdf.render(r, true);
                case DOCX -> docx.render(r, rnd.nextBoolean());
                case HTML -> TextRenderer.html(r);
                case TXT -> TextRenderer.text(r);
                case MD -> TextRenderer.markdown(r);
            };
            String name = String.format("%06d_%s_%s.%s", index, pair.language(), format.name().toLowerCase(java.util.Locale.ROOT), format.extension);
            return new Document(index, name, pair.language(), format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render document " + index, e);
        }
    }

    /** Writes the documents into {@code dir} (created; files of an earlier corpus there are replaced) with a manifest. */
    public static void write(Corpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("file\tlanguage\tformat\tbytes\n");
        for (Document d : corpus.documents()) {
            Files.write(dir.resolve(d.fileName()), d.bytes());
            manifest.append(d.fileName()).append('\t').append(d.language()).append('\t').append(d.format()).append('\t')
                    .append(d.bytes().length).append('\n');
        }
        Files.writeString(dir.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        Files.write(dir.resolve("notes.txt"), corpus.notes(), StandardCharsets.UTF_8);
    }

    /** The corpus {@link #write} left in {@code dir}, in manifest order. */
    public static Corpus read(Path dir) throws IOException {
        List<String> rows = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        List<Document> docs = new ArrayList<>(rows.size() - 1);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            byte[] bytes = Files.readAllBytes(dir.resolve(f[0]));
            if (bytes.length != Integer.parseInt(f[3])) {
                throw new IOException(f[0] + " has " + bytes.length + " bytes, the manifest says " + f[3]);
            }
            docs.add(new Document(docs.size(), f[0], f[1], Format.valueOf(f[2]), bytes));
        }
        Path notes = dir.resolve("notes.txt");
        return new Corpus(docs, Files.exists(notes) ? Files.readAllLines(notes, StandardCharsets.UTF_8) : List.of());
    }

    /**
     * Generates the corpus into {@code dir} in a child JVM on this JVM's class path (its notes go to
     * this process's stderr) and reads it back.
     */
    public static Corpus generateInChild(long seed, int count, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                CorpusGenerator.class.getName(), "--docs", Integer.toString(count), "--seed", Long.toString(seed),
                "--out", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IOException("the corpus generator exited with " + exit);
        }
        return read(dir);
    }

    public static void main(String[] args) throws IOException {
        int docs = 100;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator --docs N [--seed S] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Path.of("target", "bench-corpus", "seed-" + seed + "-docs-" + docs);
        }
        Corpus c = new CorpusGenerator(seed).generate(docs);
        c.notes().forEach(n -> System.err.println("note: " + n));
        write(c, out);
        System.out.printf("%d documents in %s%n", c.documents().size(), out);
    }
}
