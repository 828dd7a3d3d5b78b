package dev.vitae.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.enricher.evaluation.DocumentScore;
import dev.vitae.enricher.evaluation.GoldFile;
import dev.vitae.enricher.evaluation.ProfileScorer;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.extractor.WordAgreement;
import dev.vitae.schemas.ProfileJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vitae eval}: parses every labelled document exactly as {@code vitae parse} does
 * ({@link LocalParser}) and scores the profiles against the gold files with {@link ProfileScorer}.
 * Exit 0, 1 when a {@code --min}, {@code --min-recall} or {@code --min-precision} floor is not met, 2 for bad input (a missing
 * directory, a gold file whose document is absent, an unknown field).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Parse a labelled set as 'parse' does and print precision, recall and F1 per field "
                + "(roles, organizations, titles, dates, skills, metrics; name, emails, phones; education_institution, education_degree, "
                + "education_pair as ../shared/eval/score_extra.py scores them) and the worst documents.",
                "Gold files are DIR/*.gold.json in the format of ../shared/eval/README.md; each names its document in --docs.",
                "Extraction runs in this JVM by default: a labelled set is your own files, not hostile uploads, and "
                        + "one JVM is faster; --supervised uses the child process that 'parse' uses."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of NAME.gold.json answers.")
    Path gold;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Directory holding the documents the gold files name.")
    Path docs;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--only", paramLabel = "FILE", description = "Score only the documents FILE lists (one name per line; cv_005 names cv_005.txt).")
    Path only;

    @Option(names = "--exclude", paramLabel = "FILE", description = "Score all documents but those FILE lists.")
    Path exclude;

    @Option(names = "--min", paramLabel = "FIELD=F1,…", description = "Exit 1 when a field's F1 is below its floor, e.g. roles=0.9,skills=0.9.")
    String minF1;

    @Option(names = "--min-recall", paramLabel = "FIELD=R,…", description = "Exit 1 when a field's recall is below its floor (for sets labelled incompletely).")
    String minRecall;

    @Option(names = "--min-precision", paramLabel = "FIELD=P,…", description = "Exit 1 when a field's precision is below its floor.")
    String minPrecision;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "List the N documents with the most errors (default: ${DEFAULT-VALUE}; 0 for none).")
    int worst;

    @Option(names = "--as-of", paramLabel = "INSTANT", defaultValue = "2026-11-01T00:00:00Z",
            description = "Upload time that 'present' resolves against (default: ${DEFAULT-VALUE}, the time the bundled gold files assume).")
    Instant asOf;

    @Option(names = "--supervised", description = "Extract in a supervised child process, as 'parse' does by default.")
    boolean supervised;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Tab-separated document groups (a 'document' column, group columns, "
            + "optionally 'baseline': the document that is the same résumé as text), as eval/matrix/matrix.sh writes.")
    Path manifest;

    @Option(names = "--group-by", paramLabel = "KEY,…", split = ",", description = "With --manifest: print roles, their text baseline, skills, "
            + "metrics and word agreement per value of each column, e.g. generator,layout,language.")
    List<String> groupBy;

    @Option(names = "--words", description = "Compare each PDF's extracted words with 'pdftotext -layout' (per group with --group-by; the mean otherwise).")
    boolean words;

    @Spec
    CommandSpec spec;

    /** Per document, its extracted words' agreement with pdftotext's (with --words, PDFs only). */
    private final Map<String, Double> agreement = new TreeMap<>();

    @Override
    public Integer call() throws IOException {
        List<GoldFile> golds = selection().apply(readGold());
        if (groupBy != null && manifest == null) {
            throw new IllegalArgumentException("--group-by needs --manifest");
        }
        GroupTables groups = manifest == null ? null : GroupTables.read(manifest, groupBy == null ? List.of() : groupBy);
        if (words && !Pdftotext.installed()) {
            spec.commandLine().getErr().println("vitae eval: pdftotext not found (Debian: poppler-utils), --words skipped");
        }
        List<Floors> floors = List.of(Floors.f1(minF1), Floors.recall(minRecall), Floors.precision(minPrecision));
        requireDocuments(golds);
        Report report = new Report();
        ProfileScorer scorer = new ProfileScorer();
        try (LocalParser parser = LocalParser.open(!supervised, asOf)) {
            for (GoldFile g : golds) {
                report.add(score(parser, scorer, g));
            }
        }
        List<String> failures = new ArrayList<>();
        floors.forEach(f -> failures.addAll(f.failures(report)));
        List<GroupTables.Group> grouped = groups == null ? List.of() : groups.groups(report, agreement);
        EvalReportWriter writer = new EvalReportWriter(report, worst, failures, grouped, agreement);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writer.json(out);
        } else {
            writer.table(out);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private List<GoldFile> readGold() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException("--gold " + gold + " is not a directory");
        }
        if (!Files.isDirectory(docs)) {
            throw new IllegalArgumentException("--docs " + docs + " is not a directory");
        }
        List<GoldFile> golds = GoldFile.readAll(gold);
        if (golds.isEmpty()) {
            throw new IllegalArgumentException("--gold " + gold + " holds no *.gold.json files");
        }
        return golds;
    }

    private DocumentSelection selection() throws IOException {
        if (only != null && exclude != null) {
            throw new IllegalArgumentException("give --only or --exclude, not both");
        }
        return only != null ? DocumentSelection.only(only) : exclude != null ? DocumentSelection.excluding(exclude) : DocumentSelection.all();
    }

    private void requireDocuments(List<GoldFile> golds) {
        List<String> absent = golds.stream().filter(g -> !Files.isRegularFile(docs.resolve(g.document())))
                .map(g -> g.path().getFileName() + " names " + g.document()).toList();
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("documents absent from --docs " + docs + ": " + String.join(", ", absent));
        }
    }

    /** A refused document, or one a reading fails on, is scored as an empty profile (every gold item missed), noting why. */
    private DocumentScore score(LocalParser parser, ProfileScorer scorer, GoldFile g) throws IOException {
        LocalParser.Result parsed;
        try {
            parsed = parser.parse(Files.readAllBytes(docs.resolve(g.document())), g.document());
        } catch (RuntimeException e) {
            // one document that breaks a reading is that document's failure, not the set's: scored empty, and named
            DocumentScore failed = scorer.score(g, null);
            failed.note("failed: " + e);
            return failed;
        }
        JsonNode profile = parsed.isOk() ? ProfileJson.mapper().readTree(ProfileJson.toJson(parsed.profile())) : null;
        DocumentScore score = scorer.score(g, profile);
        if (words && parsed.isOk() && g.document().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            Pdftotext.text(docs.resolve(g.document())).ifPresent(t -> agreement.put(g.document(), WordAgreement.of(parsed.text(), t)));
        }
        if (!parsed.isOk()) {
            score.note("refused: " + parsed.refusal());
        }
        return score;
    }
}
