package dev.vitae.app;

import dev.vitae.enricher.EnricherService;
import dev.vitae.enricher.domain.ResumeEnricher;
import dev.vitae.extractor.Extraction;
import dev.vitae.extractor.Extractor;
import dev.vitae.extractor.LanguageDetector;
import dev.vitae.extractor.SupervisedExtractor;
import dev.vitae.extractor.TextExtractor;
import dev.vitae.extractor.UploadProcessor;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;

/**
 * The pipeline's extraction and enrichment without Kafka, as {@code vitae parse} and
 * {@code vitae eval} run them: the extractor (in this JVM, or in a supervised child process that a
 * hostile file cannot take down), language detection, then the enricher, with "present" resolved
 * against the given upload time.
 */
final class LocalParser implements AutoCloseable {
    private final Extractor extractor;
    private final Instant uploaded;
    private final LanguageDetector languages = new LanguageDetector();
    private final ResumeEnricher enricher = new ResumeEnricher(EnricherService.VERSION, Clock.systemUTC());

    /** A profile and the text its evidence offsets index into, or why the extractor refused the file. */
    record Result(ResumeProfile profile, String text, String refusal) {
        boolean isOk() {
            return profile != null;
        }
    }

    private LocalParser(Extractor extractor, Instant uploaded) {
        this.extractor = extractor;
        this.uploaded = uploaded;
    }

    static LocalParser open(boolean inProcess, Instant uploaded) throws IOException {
        Extractor extractor = inProcess ? new TextExtractor()
                : new SupervisedExtractor(SupervisedExtractor.Settings.defaults(Files.createTempDirectory("vitae-parse-logs")));
        return new LocalParser(extractor, uploaded);
    }

    Result parse(byte[] bytes, String fileName) {
        Extraction x = extractor.extract(bytes, fileName);
        if (!x.isOk()) {
            return new Result(null, null, x.outcome() + " — " + x.reason());
        }
        ExtractedText text = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(bytes)).setFileName(fileName)
                .setMediaType(x.mediaType()).setLanguage(languages.detect(x.text())).setText(x.text()).setLayout(x.layout())
                .setExtractorVersion(UploadProcessor.VERSION).setUploadedAt(uploaded).setExtractedAt(Instant.now()).build();
        return new Result(enricher.enrich(text), text.getText(), null);
    }

    @Override
    public void close() {
        extractor.close();
    }
}
