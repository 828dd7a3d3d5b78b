package dev.vitae.enricher.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordClassFeatureGeneratorTest {

    /** The features of token {@code index} of the space-separated segment, joined by spaces. */
    private static String features(String segment, int index) {
        List<String> out = new ArrayList<>();
        new WordClassFeatureGenerator().createFeatures(out, segment.split(" "), index, new String[0]);
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", value = {
        // the token's own class and its neighbours' within two tokens, then the segment's legal form or title word
        "Exilant Technologies Pvt Ltd >> 0 >> wc[1]=org wc[2]=legal wc.seg=legal",
        "Exilant Technologies Pvt Ltd >> 3 >> wc[-2]=org wc[-1]=legal wc[0]=legal wc.seg=legal",
        "worked with Accenture >> 2 >> wc[-2]=prep wc[-1]=prep",
        "Senior Software Engineer >> 0 >> wc[1]=org wc[2]=title wc.seg=title",
        "June 2015 to Present >> 1 >> wc[-1]=month wc[1]=month wc[2]=month",
        // case does not matter; unknown words give nothing
        "ACME LIMITED >> 0 >> wc[1]=legal wc.seg=legal",
        "blue green red >> 1 >> "})
    void namesTheClassesAroundAToken(String segment, int index, String expected) {
        assertEquals(expected == null ? "" : expected, features(segment, index), segment + " @" + index);
    }
}
