package dev.vitae.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Poppler's {@code pdftotext -layout} text of a PDF, the reference the extracted words are compared with; empty where pdftotext is not installed or fails. */
final class Pdftotext {
    private static Boolean installed;

    private Pdftotext() {
    }

    static synchronized boolean installed() {
        if (installed == null) {
            try {
                Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                installed = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                installed = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                installed = false;
            }
        }
        return installed;
    }

    static Optional<String> text(Path pdf) {
        if (!installed()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
