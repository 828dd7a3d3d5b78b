package dev.vitae.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The words Vitae extracts from PDFs that real generators made agree with poppler's
 * {@code pdftotext -layout}. The LaTeX résumés under {@code src/test/resources/latex} (right-aligned
 * dates, a dates gutter, small caps, a sidebar beside the main column) are compiled by each TeX
 * engine installed, in each font of {@link #FONTS} the machine has, into
 * {@code target/latex/ENGINE-FONT/}; the Word-style résumés under {@code src/test/resources/office}
 * (dates in a table, a sidebar cell, right-aligned tab stops) are saved as DOCX and that DOCX printed
 * to PDF by LibreOffice, into {@code target/office/}. A PDF is kept while it is newer than its sources. Agreement is the size of the two word multisets' intersection over the
 * larger one; a word is a blank-separated token with a letter or digit in it (bullets and rules are
 * not words, and pdftotext writes some as control characters). Skips with a message where pdftotext, an engine or a font is missing (Debian:
 * poppler-utils, texlive-latex-base, texlive-latex-recommended, texlive-fonts-recommended,
 * texlive-xetex, texlive-luatex, fonts-lato, fonts-roboto-unhinted, libreoffice-writer-nogui; DejaVu
 * is fonts-dejavu-core).
 */
class GeneratorWordAgreementTest {
    private static final Path SOURCES = Path.of("src", "test", "resources", "latex");
    private static final Path OUT = Path.of("target", "latex");
    private static final Path OFFICE_SOURCES = Path.of("src", "test", "resources", "office");
    private static final Path OFFICE_OUT = Path.of("target", "office");
    private static final double MIN_AGREEMENT = 0.98;

    /** Per engine, the fonts each résumé is set in (see preamble.tex for the names). */
    private static final Map<String, List<String>> FONTS = Map.of(
            "pdflatex", List.of("lmodern", "cm"),
            "xelatex", List.of("lmodern", "Lato", "DejaVu Sans"),
            "lualatex", List.of("lmodern", "Roboto"));

    private final TextExtractor extractor = new TextExtractor();

    @TestFactory
    Stream<DynamicTest> extractedWordsAgreeWithPdftotext() throws IOException {
        assumeTrue(runs("pdftotext", "-v"), "pdftotext is not installed (Debian: poppler-utils): skipping the LaTeX word agreement");
        List<String> engines = FONTS.keySet().stream().sorted().filter(e -> runs(e, "--version")).toList();
        assumeTrue(!engines.isEmpty(), "no TeX engine installed (Debian: texlive-latex-base, texlive-xetex, texlive-luatex): skipping");
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".tex") && !p.getFileName().toString().equals("preamble.tex")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String engine : engines) {
            for (String font : FONTS.get(engine)) {
                boolean system = !font.equals("lmodern") && !font.equals("cm");
                if (system && !runs("fc-list", "-q", font)) {
                    System.out.println("skipping " + engine + " in " + font + ": the font is not installed");
                    continue;
                }
                for (Path source : sources) {
                    String name = source.getFileName().toString().replace(".tex", "");
                    tests.add(DynamicTest.dynamicTest(engine + " / " + font + " / " + name, () -> {
                        Path pdf = compile(engine, font, source);
                        String ours = extractor.extract(Files.readAllBytes(pdf), pdf.getFileName().toString()).text();
                        String theirs = pdftotext(pdf);
                        double agreement = agreement(ours, theirs);
                        assertTrue(agreement >= MIN_AGREEMENT, String.format("%s: word agreement %.3f < %.2f%n%s%nours:%n%s",
                                pdf, agreement, MIN_AGREEMENT, difference(ours, theirs), ours));
                        if (name.equals("two-column")) {
                            // the full-width header stays whole; the sidebar is read as one block, not interleaved
                            assertTrue(ours.contains("Priya Raman"), ours);
                            assertTrue(ours.contains("Go\nPython\nPostgreSQL\nRedis\ngRPC\nKubernetes\nPrometheus"), ours);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> libreOfficePdfsOfWordDocumentsAgreeWithPdftotext() throws Exception {
        assumeTrue(runs("pdftotext", "-v"), "pdftotext is not installed (Debian: poppler-utils): skipping");
        assumeTrue(runs("soffice", "--version"), "LibreOffice is not installed (Debian: libreoffice-writer-nogui): skipping");
        List<Path> pdfs = officePdfs();
        return pdfs.stream().map(pdf -> DynamicTest.dynamicTest("libreoffice / " + pdf.getFileName(), () -> {
            String ours = extractor.extract(Files.readAllBytes(pdf), pdf.getFileName().toString()).text();
            String theirs = pdftotext(pdf);
            double agreement = agreement(ours, theirs);
            assertTrue(agreement >= MIN_AGREEMENT, String.format("%s: word agreement %.3f < %.2f%n%s%nours:%n%s",
                    pdf, agreement, MIN_AGREEMENT, difference(ours, theirs), ours));
            assertTrue(!ours.contains("\t"), "no tabs:\n" + ours);
        }));
    }

    /** Each office source saved as DOCX, then the DOCX printed to PDF, by two LibreOffice runs with a private profile. */
    private static List<Path> officePdfs() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.list(OFFICE_SOURCES)) {
            sources = files.sorted().toList();
        }
        Path docx = OFFICE_OUT.resolve("docx"), pdf = OFFICE_OUT.resolve("pdf");
        List<Path> pdfs = new ArrayList<>();
        boolean stale = false;
        for (Path source : sources) {
            Path out = pdf.resolve(source.getFileName().toString().replaceAll("\\.[a-z]+$", ".pdf"));
            pdfs.add(out);
            stale |= !Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(source)) <= 0;
        }
        if (stale) {
            Files.createDirectories(docx);
            List<String> toDocx = new ArrayList<>(List.of("--convert-to", "docx:MS Word 2007 XML", "--outdir", docx.toAbsolutePath().toString()));
            sources.forEach(s -> toDocx.add(s.toAbsolutePath().toString()));
            soffice(toDocx);
            List<String> toPdf = new ArrayList<>(List.of("--convert-to", "pdf", "--outdir", pdf.toAbsolutePath().toString()));
            sources.forEach(s -> toPdf.add(docx.resolve(s.getFileName().toString().replaceAll("\\.[a-z]+$", ".docx")).toAbsolutePath().toString()));
            soffice(toPdf);
        }
        for (Path p : pdfs) {
            assertTrue(Files.exists(p), "LibreOffice made no " + p + ": see " + OFFICE_OUT.resolve("soffice.out"));
        }
        return pdfs;
    }

    private static void soffice(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + OFFICE_OUT.resolve("profile").toAbsolutePath().toUri(), "--headless"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(OFFICE_OUT.resolve("soffice.out").toFile())).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 3 minutes: " + command);
        }
    }

    @TestFactory
    Stream<DynamicTest> agreementCountsEveryWordOnce() {
        record Case(String ours, String theirs, double expected) {}
        return Stream.of(
                new Case("Cornell University", "Cornell   University", 1.0),
                new Case("CornellUniversity Jan2015", "Cornell University Jan 2015", 0.0),
                new Case("a b c d", "a b c", 0.75),
                new Case("a a b", "a b b", 2.0 / 3),
                new Case("\u2022 Led a team", "\u0088 Led a team", 1.0),
                new Case("Education", "Education\u200B", 1.0),
                new Case("Jan 2020", "Jan\u00A02020", 1.0))
                .map(c -> DynamicTest.dynamicTest(c.ours() + " ~ " + c.theirs(),
                        () -> assertEquals(c.expected(), agreement(c.ours(), c.theirs()), 1e-9)));
    }

    static double agreement(String a, String b) {
        return WordAgreement.of(a, b);
    }

    private static String difference(String ours, String theirs) {
        return WordAgreement.difference(ours, theirs);
    }

    private static Path compile(String engine, String font, Path source) throws Exception {
        Path dir = OUT.resolve(engine + "-" + font.replace(' ', '_'));
        String job = source.getFileName().toString().replace(".tex", "");
        Path pdf = dir.resolve(job + ".pdf");
        if (Files.exists(pdf) && Files.getLastModifiedTime(pdf).compareTo(Files.getLastModifiedTime(source)) > 0
                && Files.getLastModifiedTime(pdf).compareTo(Files.getLastModifiedTime(SOURCES.resolve("preamble.tex"))) > 0) {
            return pdf;
        }
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(engine, "-interaction=nonstopmode", "-halt-on-error",
                "-output-directory=" + dir.toAbsolutePath(), "-jobname=" + job,
                "\\def\\resumefont{" + font + "}\\input{" + source.getFileName() + "}")
                .redirectErrorStream(true).redirectOutput(dir.resolve(job + ".out").toFile());
        pb.environment().put("TEXINPUTS", SOURCES.toAbsolutePath() + ":");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(pdf)) {
            p.destroyForcibly();
            throw new AssertionError(engine + " failed on " + source + " in " + font + ": see " + dir.resolve(job + ".log"));
        }
        return pdf;
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
