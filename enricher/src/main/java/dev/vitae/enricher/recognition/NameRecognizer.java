package dev.vitae.enricher.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds organizations and job titles in résumé text with the trained OpenNLP name finder shipped
 * at {@link #MODEL_RESOURCE} (recipe in that folder's README.md).
 *
 * <p>The text is cut into segments by {@link ResumeTokenizer}; each segment is tagged as one
 * sentence and every found token span is mapped back to character offsets in the given text.
 * Segments whose letters are mostly not Latin are skipped: the model learned English résumés and
 * reads nothing useful in other scripts. Segments of more than {@value #MAX_SEGMENT_TOKENS} tokens
 * (running prose) and segments without a capital letter are skipped too: together they hold 3% of the
 * training part's labelled names, and most of the tokens of a résumé written in prose. Adaptive data (the finder's memory of earlier decisions in
 * the same document) is cleared at the start of each call, so calls are independent.
 *
 * <p>Thread-safe: the model is immutable and shared; {@link NameFinderME} keeps per-document state,
 * so each thread gets its own finder.
 */
public final class NameRecognizer {
    /** Classpath location of the shipped model. */
    public static final String MODEL_RESOURCE = "/dev/vitae/enricher/model/resume-ner.bin";

    /**
     * Longer segments are prose, not read: in the training part 97% of the labelled names sit in
     * segments of at most 20 tokens, none in one of more than 30, and tagging prose is most of the cost.
     */
    static final int MAX_SEGMENT_TOKENS = 20;

    private final ThreadLocal<NameFinderME> finders;

    public NameRecognizer(TokenNameFinderModel model) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The recogniser with the shipped model, loaded once per class loader on first use. */
    public static NameRecognizer shipped() {
        return Shipped.INSTANCE;
    }

    /** Loads a model from the classpath. */
    public static TokenNameFinderModel load(String resource) {
        try (InputStream in = NameRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name finder model not on the classpath: " + resource);
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name finder model " + resource, e);
        }
    }

    /** Organizations and titles in {@code text}, in text order. */
    public List<Entity> find(String text) {
        return find(text, ResumeTokenizer.segments(text));
    }

    /** As {@link #find(String)}, on segments already cut from {@code text}. */
    public List<Entity> find(String text, List<ResumeTokenizer.Segment> segments) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Entity> out = new ArrayList<>();
        for (ResumeTokenizer.Segment s : segments) {
            if (s.size() > MAX_SEGMENT_TOKENS || !worthReading(text, s)) {
                continue;
            }
            for (Span span : finder.find(s.tokens())) {
                int start = s.starts()[span.getStart()];
                int end = s.ends()[span.getEnd() - 1];
                out.add(new Entity(Entity.Type.ofLabel(span.getType()), start, end, text.substring(start, end), span.getProb()));
            }
        }
        finder.clearAdaptiveData();
        return out;
    }

    /** True when the segment has a capital letter and at least half its letters are Latin (digits and punctuation do not count). */
    static boolean worthReading(String text, ResumeTokenizer.Segment s) {
        int latin = 0;
        int other = 0;
        boolean capital = false;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    capital = true;
                    latin++;
                } else if (c >= 'a' && c <= 'z') {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                capital |= Character.isUpperCase(c);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return capital && latin >= other;
    }

    /**
     * System property naming a model file to use instead of the shipped one: to score a model trained
     * without the dev fold on that fold through the whole pipeline ({@code VITAE_JAVA_OPTS=-D...}).
     */
    public static final String MODEL_PROPERTY = "vitae.recognizer.model";

    private static final class Shipped {
        static final NameRecognizer INSTANCE = new NameRecognizer(loadConfigured());

        private static TokenNameFinderModel loadConfigured() {
            String file = System.getProperty(MODEL_PROPERTY);
            if (file == null || file.isBlank()) {
                return load(MODEL_RESOURCE);
            }
            try {
                return new TokenNameFinderModel(java.nio.file.Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read name finder model " + file, e);
            }
        }
    }
}
