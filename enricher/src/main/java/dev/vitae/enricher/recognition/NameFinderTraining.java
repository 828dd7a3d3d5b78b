package dev.vitae.enricher.recognition;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The retraining recipe behind {@code vitae train name-finder}: read a labelled corpus, split it by
 * the held-out list, train on the training part only, write the model, and print the held-out part's
 * aggregate scores (never per document). With {@code dev}, it instead trains on three quarters of the
 * training part and scores the fixed remaining quarter (documents whose number leaves 1 when divided
 * by 5): the fold on which feature and parameter choices are measured, so the held-out part never is.
 */
public final class NameFinderTraining {
    private NameFinderTraining() {}

    /** What one run did. */
    public record Result(NameFinderEvaluation.Scores scores, long trainingMillis, int modelBytes) {}

    public static Result run(Path corpus, Path heldOutList, Path out, NameFinderTrainer.Settings settings, boolean dev, PrintWriter log)
            throws IOException {
        Set<String> heldOut = LabelledDocument.names(heldOutList);
        List<LabelledDocument> all = LabelledDocument.read(corpus, name -> true);
        List<LabelledDocument> training = all.stream().filter(d -> !heldOut.contains(d.name())).toList();
        List<LabelledDocument> fit = dev ? training.stream().filter(d -> !inDevFold(d.name())).toList() : training;
        List<LabelledDocument> scored = dev ? training.stream().filter(d -> inDevFold(d.name())).toList()
                : all.stream().filter(d -> heldOut.contains(d.name())).toList();
        NameFinderTrainer.Samples samples = NameFinderTrainer.samples(fit, settings.negativeContext(), settings.farNegativeEvery());
        log.printf(Locale.ROOT, "corpus %s: %d documents, %d held out; training on %d%s (%d segments, %d labelled spans, %d not on token boundaries or overlapping)%n",
                corpus, all.size(), heldOut.size(), fit.size(), dev ? " (training part without its dev fold)" : " (training part)",
                samples.samples().size(), samples.used(), samples.dropped());
        log.println("settings: " + settings);
        log.flush();
        long t0 = System.nanoTime();
        byte[] model = NameFinderTrainer.serialize(NameFinderTrainer.train(samples.samples(), settings));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        log.printf(Locale.ROOT, "trained in %.1f s; model %d bytes%n", millis / 1000.0, model.length);
        if (out != null) {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.write(out, model);
            log.println("wrote " + out);
        }
        NameRecognizer recognizer = new NameRecognizer(NameFinderTrainer.deserialize(model));
        NameFinderEvaluation.Scores s = NameFinderEvaluation.score(recognizer, scored);
        log.printf(Locale.ROOT, "%s part (%d documents), exact spans:%n", dev ? "dev fold of the training" : "held-out", s.documents());
        s.exact().forEach((type, c) -> log.printf(Locale.ROOT, "  %-12s %s%n", type, c));
        log.printf(Locale.ROOT, "  loose organizations (distinct per document, scorer's match): %s%n", s.looseOrganizations());
        log.flush();
        return new Result(s, millis, model.length);
    }

    /** The dev fold: training-part documents whose number is 1 modulo 5 (cv_001, cv_006, …). */
    static boolean inDevFold(String name) {
        String digits = name.replaceAll("\\D", "");
        return !digits.isEmpty() && Long.parseLong(digits.substring(Math.max(0, digits.length() - 9))) % 5 == 1;
    }
}
