package dev.vitae.app;

import dev.vitae.enricher.recognition.NameFinderTrainer;
import dev.vitae.enricher.recognition.NameFinderTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vitae train}: retrain Vitae's statistical models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Retrain a statistical model from labelled data.",
        subcommands = {TrainCommand.NameFinder.class})
public final class TrainCommand {

    /**
     * {@code vitae train name-finder}: trains the organization/title name finder on a corpus's training
     * part, writes the model and prints the held-out part's aggregate scores (recipe:
     * enricher/src/main/resources/dev/vitae/enricher/model/README.md).
     */
    @Command(name = "name-finder", mixinStandardHelpOptions = true,
            description = "Train the organization/title name finder on a labelled corpus (docs/, spans/, gold/) and print held-out scores.")
    static final class NameFinder implements Callable<Integer> {
        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus with docs/NAME.txt, spans/NAME.spans.json and optionally gold/NAME.gold.json.")
        Path corpus;

        @Option(names = "--held-out", required = true, paramLabel = "FILE", description = "Document names kept out of training, one a line.")
        Path heldOut;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (required unless --dev).")
        Path out;

        @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "MAXENT or PERCEPTRON. Default: ${DEFAULT-VALUE}.")
        NameFinderTrainer.Algorithm algorithm;

        @Option(names = "--iterations", defaultValue = "100", description = "Training iterations. Default: ${DEFAULT-VALUE}.")
        int iterations;

        @Option(names = "--cutoff", defaultValue = "1", description = "Minimum feature count. Default: ${DEFAULT-VALUE}.")
        int cutoff;

        @Option(names = "--features", defaultValue = "DEFAULT_LAYOUT_WORDS", description = "Feature set: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
        NameFinderTrainer.Features features;

        @Option(names = "--negative-context", defaultValue = "1", paramLabel = "K",
                description = "Train on segments without a name only within K segments of a labelled one (-1: all). Default: ${DEFAULT-VALUE}.")
        int negativeContext;

        @Option(names = "--far-negative-every", defaultValue = "4", paramLabel = "N",
                description = "With --negative-context K >= 0, also train on every N-th other segment without a name (0: none). Default: ${DEFAULT-VALUE}.")
        int farNegativeEvery;

        @Option(names = "--beam-size", defaultValue = "1", description = "Label sequences kept while tagging (1: greedy). Default: ${DEFAULT-VALUE}.")
        int beamSize;

        @Option(names = "--dev", description = "Train on the training part without its dev fold and score the dev fold (for choosing settings; the held-out part is not scored).")
        boolean dev;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (out == null && !dev) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out is required unless --dev is given");
            }
            PrintWriter log = spec.commandLine().getOut();
            NameFinderTraining.run(corpus, heldOut, out, new NameFinderTrainer.Settings(algorithm, iterations, cutoff, features, negativeContext, farNegativeEvery, beamSize), dev, log);
            return 0;
        }
    }
}
