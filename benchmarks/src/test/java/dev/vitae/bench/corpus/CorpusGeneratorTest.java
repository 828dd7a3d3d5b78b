package dev.vitae.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.LanguageDetector;
import dev.vitae.extractor.TextExtractor;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusGeneratorTest {
    private static final int ONE_OF_EACH = CorpusGenerator.LANGUAGES.size() * CorpusGenerator.Format.values().length;
    private static List<CorpusGenerator.Document> corpus;
    private static List<String> notes;

    @BeforeAll
    static void generate() {
        CorpusGenerator.Corpus c = new CorpusGenerator(42).generate(ONE_OF_EACH);
        corpus = c.documents();
        notes = c.notes();
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        List<CorpusGenerator.Document> again = new CorpusGenerator(42).generate(ONE_OF_EACH).documents();
        for (int i = 0; i < ONE_OF_EACH; i++) {
            assertEquals(corpus.get(i).fileName(), again.get(i).fileName());
            assertArrayEquals(corpus.get(i).bytes(), again.get(i).bytes(), corpus.get(i).fileName());
        }
    }

    /** The bench generates in a child JVM and reads the files back: the same documents as in-process. */
    @Test
    void aCorpusGeneratedInAChildJvmIsTheSameCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus back = CorpusGenerator.generateInChild(42, ONE_OF_EACH, dir);
        assertEquals(ONE_OF_EACH, back.documents().size());
        for (int i = 0; i < ONE_OF_EACH; i++) {
            CorpusGenerator.Document a = corpus.get(i), b = back.documents().get(i);
            assertEquals(List.of(a.index(), a.fileName(), a.language(), a.format()), List.of(b.index(), b.fileName(), b.language(), b.format()));
            assertArrayEquals(a.bytes(), b.bytes(), a.fileName());
        }
        assertEquals(notes, back.notes());
    }

    /** A file that no longer has the size its manifest wrote is an error, not a shorter document. */
    @Test
    void readingACorpusWithAChangedFileFails(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(new CorpusGenerator.Corpus(corpus.subList(0, 3), notes), dir);
        Files.write(dir.resolve(corpus.get(1).fileName()), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> CorpusGenerator.read(dir));
        assertTrue(e.getMessage().contains(corpus.get(1).fileName()), e.getMessage());
    }

    @Test
    void anotherSeedGivesOtherDocuments() {
        CorpusGenerator.Document other = new CorpusGenerator(43).document(0);
        assertFalse(corpus.stream().anyMatch(d -> java.util.Arrays.equals(d.bytes(), other.bytes())));
    }

    @Test
    void everyDocumentHasItsOwnBytes() {
        Set<String> ids = new HashSet<>();
        new CorpusGenerator(42).generate(200).documents().forEach(d -> assertTrue(ids.add(DocumentIds.of(d.bytes())), d.fileName()));
    }

    @Test
    void theFirstTwentyFourAreEveryLanguageInEveryFormat() {
        Set<String> pairs = new HashSet<>();
        corpus.forEach(d -> pairs.add(d.language() + "/" + d.format()));
        // a missing CJK font turns that language's PDFs into DOCX and HTML, and says so
        int expected = ONE_OF_EACH - 2 * notes.size();
        assertEquals(expected, pairs.size(), () -> pairs + " " + notes);
    }

    static Stream<Integer> indexes() {
        return Stream.iterate(0, i -> i + 1).limit(ONE_OF_EACH);
    }

    /** Each format parses, in its language, and enrichment finds the résumé's parts. */
    @ParameterizedTest
    @MethodSource("indexes")
    void extractsAndEnriches(int index) {
        CorpusGenerator.Document d = corpus.get(index);
        Extraction x = new TextExtractor().extract(d.bytes(), d.fileName());
        assertTrue(x.isOk(), () -> d.fileName() + ": " + x.outcome() + " " + x.reason());
        assertEquals(d.language(), new LanguageDetector().detect(x.text()), d.fileName());
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        ExtractedText text = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(d.bytes())).setFileName(d.fileName())
                .setMediaType(x.mediaType()).setLanguage(d.language()).setText(x.text()).setLayout(x.layout())
                .setExtractorVersion("test").setUploadedAt(t).setExtractedAt(t).build();
        ResumeProfile p = new ResumeEnricher("test", Clock.fixed(t, ZoneOffset.UTC)).enrich(text);
        assertFalse(p.getRoles().isEmpty(), () -> d.fileName() + ": no roles in\n" + x.text());
        assertTrue(p.getSkills().size() >= 3, () -> d.fileName() + ": skills " + p.getSkills());
        assertFalse(p.getCandidate().getEmails().isEmpty(), () -> d.fileName() + ": no e-mail");
    }
}
