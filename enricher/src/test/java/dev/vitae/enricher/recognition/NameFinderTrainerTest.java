package dev.vitae.enricher.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTrainerTest {
    private static final String[] LINES = {
        "Software Engineer\nAcme Corp - Austin, TX\nJanuary 2019 to Present\nBuilt billing services.",
        "Data Analyst  Globex Inc, Boston, MA  2016 - 2018  Wrote reports in SQL.",
        "\\xe2\\x80\\xa2 QA Lead at Initech\\xe2\\x80\\xa2 Tested payroll software.",
        "Project Manager\nUmbrella Ltd\nMarch 2012 to June 2016\nRan a team of five.",
        "Senior Developer  Hooli, Palo Alto, CA  2010 - 2012",
    };
    private static final String[][] NAMES = {
        {"Software Engineer", "TITLE", "Acme Corp", "ORGANIZATION"},
        {"Data Analyst", "TITLE", "Globex Inc", "ORGANIZATION"},
        {"QA Lead", "TITLE", "Initech", "ORGANIZATION"},
        {"Project Manager", "TITLE", "Umbrella Ltd", "ORGANIZATION"},
        {"Senior Developer", "TITLE", "Hooli", "ORGANIZATION"},
    };

    private static List<LabelledDocument> corpus() {
        List<LabelledDocument> docs = new ArrayList<>();
        for (int d = 0; d < LINES.length; d++) {
            String text = LINES[d];
            List<LabelledDocument.Span> spans = new ArrayList<>();
            for (int k = 0; k < NAMES[d].length; k += 2) {
                int at = text.indexOf(NAMES[d][k]);
                spans.add(new LabelledDocument.Span(Entity.Type.valueOf(NAMES[d][k + 1]), at, at + NAMES[d][k].length()));
            }
            docs.add(new LabelledDocument("doc" + d, text, spans, List.of(NAMES[d][2])));
        }
        return docs;
    }

    private static final NameFinderTrainer.Settings TINY =
            new NameFinderTrainer.Settings(NameFinderTrainer.Algorithm.PERCEPTRON, 30, 0, NameFinderTrainer.Features.DEFAULT_LAYOUT_WORDS);

    @Test
    void trainingTwiceGivesTheSameBytesAndPredictions() {
        byte[] first = NameFinderTrainer.serialize(NameFinderTrainer.trainOn(corpus(), TINY));
        byte[] second = NameFinderTrainer.serialize(NameFinderTrainer.trainOn(corpus(), TINY));
        assertArrayEquals(first, second);
        String probe = "Software Engineer\nHooli - Austin, TX\n2019 to Present";
        List<Entity> a = new NameRecognizer(NameFinderTrainer.deserialize(first)).find(probe);
        List<Entity> b = new NameRecognizer(NameFinderTrainer.deserialize(second)).find(probe);
        assertEquals(a, b);
    }

    @Test
    void everyLabelledSpanOnTokenBoundariesBecomesATrainingName() {
        NameFinderTrainer.Samples s = NameFinderTrainer.samples(corpus());
        assertEquals(10, s.used());
        assertEquals(0, s.dropped());
    }

    @Test
    void spansAcrossALineBreakOrInsideAWordAreDropped() {
        String text = "Lead Technical\nSAP EWM at Acmeco";
        List<LabelledDocument.Span> spans = List.of(new LabelledDocument.Span(Entity.Type.TITLE, 0, 18),
                new LabelledDocument.Span(Entity.Type.ORGANIZATION, 26, 30));
        NameFinderTrainer.Samples s = NameFinderTrainer.samples(List.of(new LabelledDocument("x", text, spans, List.of())));
        assertEquals(0, s.used());
        assertEquals(2, s.dropped());
    }

    @Test
    void aTinyModelFindsWhatItWasTaughtAtExactOffsets() {
        NameRecognizer r = new NameRecognizer(NameFinderTrainer.trainOn(corpus(), TINY));
        String text = LINES[0];
        List<Entity> found = r.find(text);
        assertTrue(found.stream().anyMatch(e -> e.type() == Entity.Type.ORGANIZATION && e.text().equals("Acme Corp")
                && text.substring(e.start(), e.end()).equals("Acme Corp")), found.toString());
    }
}
