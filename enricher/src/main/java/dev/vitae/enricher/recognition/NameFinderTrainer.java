package dev.vitae.enricher.recognition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the OpenNLP name finder for organizations and titles from labelled résumés.
 *
 * <p>Each document is cut into segments by {@link ResumeTokenizer}; each segment becomes one
 * {@link NameSample} (the first of a document clears the adaptive data), with the labelled spans
 * whose first and last characters fall on token boundaries of that segment. Spans that cross a
 * segment boundary or a token, or overlap an earlier span, are left out of training and counted in
 * {@link Samples#dropped}. Segments without labels are kept: they teach what is not a name. Training
 * is deterministic: documents in name order, one thread, a fixed iteration count and cutoff, and
 * {@link #serialize} writes the model with fixed ZIP entry times and no timestamps in its manifest, so the
 * same corpus and settings give the same bytes.
 */
public final class NameFinderTrainer {
    private NameFinderTrainer() {}

    /** The two learners OpenNLP offers for the name finder's per-token decisions. */
    public enum Algorithm {
        MAXENT("MAXENT"), PERCEPTRON("PERCEPTRON");

        final String opennlpName;

        Algorithm(String opennlpName) {
            this.opennlpName = opennlpName;
        }
    }

    /** Feature-generator descriptors (resources beside this class). */
    public enum Features {
        /** OpenNLP's default: token and token class in a ±2 window, definition, previous map, bigrams, sentence begin. */
        DEFAULT("features-default.xml"),
        /** The default plus 3-character prefixes and suffixes of the token and a ±3 token-class window. */
        RICH("features-rich.xml"),
        /** The default without the previous-map (document memory) and bigram generators: cheaper to run. */
        LEAN("features-lean.xml"),
        /** DEFAULT plus the segment layout features of {@link SegmentFeatureGenerator}. */
        DEFAULT_LAYOUT("features-default-layout.xml"),
        /** RICH plus the segment layout features of {@link SegmentFeatureGenerator}. */
        RICH_LAYOUT("features-rich-layout.xml"),
        /** Cheaper: lower-cased tokens in a ±2 window, token classes in ±1, segment begin and the layout features. */
        LEAN_LAYOUT("features-lean-layout.xml"),
        /** DEFAULT_LAYOUT plus the word-class features of {@link WordClassFeatureGenerator}. */
        DEFAULT_LAYOUT_WORDS("features-default-layout-words.xml");

        final String resource;

        Features(String resource) {
            this.resource = resource;
        }

        byte[] bytes() {
            try (InputStream in = NameFinderTrainer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing feature descriptor " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Training settings; everything that changes the model is here.
     *
     * @param negativeContext which segments without a labelled name are trained on: -1 all of them; k &ge; 0 only
     *     those within k segments of a labelled one (the annotators labelled names near other names; far prose
     *     mostly teaches the model to say "no name")
     * @param farNegativeEvery with {@code negativeContext} &ge; 0, also every n-th of the other segments without a
     *     name (counted per document, the first kept; 0 keeps none of them)
     * @param beamSize how many label sequences the finder keeps while tagging (stored in the model; 1 is greedy)
     */
    public record Settings(Algorithm algorithm, int iterations, int cutoff, Features features, int negativeContext, int farNegativeEvery,
                           int beamSize) {
        public Settings(Algorithm algorithm, int iterations, int cutoff, Features features) {
            this(algorithm, iterations, cutoff, features, -1, 0, NameFinderME.DEFAULT_BEAM_SIZE);
        }

        @Override
        public String toString() {
            return algorithm + " iterations=" + iterations + " cutoff=" + cutoff + " beam=" + beamSize + " features=" + features
                    + " negatives=" + (negativeContext < 0 ? "all" : "within " + negativeContext + " segments of a name"
                    + (farNegativeEvery > 0 ? " and every " + farNegativeEvery + ". other" : ""));
        }
    }

    /** Training samples of some documents, and how many labelled spans could not be used. */
    public record Samples(List<NameSample> samples, int used, int dropped) {}

    /** The name samples of {@code docs}, in order, every segment kept. */
    public static Samples samples(List<LabelledDocument> docs) {
        return samples(docs, -1, 0);
    }

    /** The name samples of {@code docs}, in order, segments without a name kept as {@link Settings} says. */
    public static Samples samples(List<LabelledDocument> docs, int negativeContext, int farNegativeEvery) {
        List<NameSample> out = new ArrayList<>();
        int used = 0;
        int dropped = 0;
        for (LabelledDocument d : docs) {
            List<LabelledDocument.Span> spans = new ArrayList<>(d.spans());
            spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
            boolean[] taken = new boolean[spans.size()];
            List<NameSample> docSamples = new ArrayList<>();
            for (ResumeTokenizer.Segment s : ResumeTokenizer.segments(d.text())) {
                List<Span> names = new ArrayList<>();
                int lastEnd = -1;
                for (int k = 0; k < spans.size(); k++) {
                    LabelledDocument.Span g = spans.get(k);
                    if (taken[k] || g.start() < s.start() || g.end() > s.end()) {
                        continue;
                    }
                    int from = indexOf(s.starts(), g.start());
                    int to = indexOf(s.ends(), g.end());
                    if (from < 0 || to < from || from < lastEnd) {
                        continue;
                    }
                    taken[k] = true;
                    names.add(new Span(from, to + 1, g.type().label));
                    lastEnd = to + 1;
                }
                used += names.size();
                docSamples.add(new NameSample(s.tokens(), names.toArray(new Span[0]), false));
            }
            boolean first = true;
            int far = 0;
            for (int k = 0; k < docSamples.size(); k++) {
                if (negativeContext >= 0 && !nearName(docSamples, k, negativeContext)
                        && (farNegativeEvery <= 0 || far++ % farNegativeEvery != 0)) {
                    continue;
                }
                NameSample n = docSamples.get(k);
                out.add(first ? new NameSample(n.getSentence(), n.getNames(), true) : n);
                first = false;
            }
            for (boolean t : taken) {
                if (!t) {
                    dropped++;
                }
            }
        }
        return new Samples(out, used, dropped);
    }

    private static boolean nearName(List<NameSample> samples, int k, int context) {
        for (int j = Math.max(0, k - context); j <= Math.min(samples.size() - 1, k + context); j++) {
            if (samples.get(j).getNames().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -1;
    }

    /** Trains a model on the samples of {@code docs}. */
    public static TokenNameFinderModel trainOn(List<LabelledDocument> docs, Settings settings) {
        return train(samples(docs, settings.negativeContext(), settings.farNegativeEvery()).samples(), settings);
    }

    /** Trains a model on {@code samples}, in their order. */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm().opennlpName);
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(BeamSearch.BEAM_SIZE_PARAMETER, settings.beamSize());
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, settings.features().bytes(), Collections.emptyMap(), new BioCodec());
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the name finder failed", e);
        }
    }

    private static final FileTime FIXED_TIME = FileTime.fromMillis(315532800000L); // 1980-01-01, the ZIP epoch

    /**
     * The model's bytes, made reproducible: ZIP entries get a fixed time, {@code .properties} entries
     * lose their comment lines (java.util.Properties writes the current date there) and are sorted, and
     * the manifest's training {@code Timestamp} becomes 0.
     */
    public static byte[] serialize(TokenNameFinderModel model) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] body = in.readAllBytes();
                    if (e.getName().endsWith(".properties")) {
                        body = withoutComments(body);
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setLastModifiedTime(FIXED_TIME);
                    zip.putNextEntry(copy);
                    zip.write(body);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withoutComments(byte[] properties) {
        String text = new String(properties, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("Timestamp=")) {
                lines.add("Timestamp=0"); // the training time, which would make every retrain differ
            } else if (!line.startsWith("#") && !line.isBlank()) {
                lines.add(line);
            }
        }
        Collections.sort(lines); // Properties.store writes a hash map's order
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads a model from bytes written by {@link #serialize}. */
    public static TokenNameFinderModel deserialize(byte[] bytes) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
