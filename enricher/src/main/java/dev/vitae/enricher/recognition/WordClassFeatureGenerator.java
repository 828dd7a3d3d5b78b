package dev.vitae.enricher.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Word-class features: whether the token and its neighbours (±2) are a legal form ("Ltd", "Inc"), an
 * organization word ("Technologies", "Bank"), a title word ("Engineer"), an employment preposition
 * ("at", "with", "joined") or a month — the cues by which a reader spots a name the model never saw
 * ("Exilant Technologies Pvt Ltd", "worked with Accenture"). Also whether the segment holds a legal
 * form or a title word anywhere. Classes come from {@value #RESOURCE}; a word may have one class (the
 * first listed). Per-segment classes are computed once per token array.
 */
public final class WordClassFeatureGenerator implements AdaptiveFeatureGenerator {
    static final String RESOURCE = "word-classes.tsv";

    private static final Map<String, String> CLASSES = load();

    private String[] seen;
    private String[] classes = new String[0];
    private String[] segment = new String[0];

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != seen) {
            seen = tokens;
            classes = new String[tokens.length];
            boolean legal = false;
            boolean title = false;
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = CLASSES.get(tokens[i].toLowerCase(Locale.ROOT));
                legal |= "legal".equals(classes[i]);
                title |= "title".equals(classes[i]);
            }
            segment = legal && title ? new String[] {"wc.seg=legal", "wc.seg=title"}
                    : legal ? new String[] {"wc.seg=legal"} : title ? new String[] {"wc.seg=title"} : new String[0];
        }
        for (int d = -2; d <= 2; d++) {
            int i = index + d;
            if (i >= 0 && i < tokens.length && classes[i] != null) {
                features.add("wc[" + d + "]=" + classes[i]);
            }
        }
        for (String f : segment) {
            features.add(f);
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    }

    @Override
    public void clearAdaptiveData() {
        seen = null;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = WordClassFeatureGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 1; i < cols.length; i++) {
                    out.putIfAbsent(cols[i].strip(), cols[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
