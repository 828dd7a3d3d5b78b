package dev.vitae.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether Tesseract can OCR scanned résumés here, and in which of Vitae's languages: those of
 * {@code tesseract --list-langs} among English, Japanese, Korean, French, German and Spanish.
 * Asked once per process; absent Tesseract means no OCR, and scans end as NO_TEXT_LAYER.
 */
final class Ocr {
    private static final List<String> WANTED = List.of("eng", "jpn", "kor", "fra", "deu", "spa");
    private static final String LANGUAGES = probe();

    private Ocr() {}

    /** "eng+jpn+kor…" for Tesseract, or null when it is not installed. */
    static String languages() {
        return LANGUAGES;
    }

    private static String probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            Set<String> installed = out.lines().map(String::strip).collect(Collectors.toSet());
            String langs = WANTED.stream().filter(installed::contains).collect(Collectors.joining("+"));
            return langs.isEmpty() ? null : langs;
        } catch (IOException e) {
            return null; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
