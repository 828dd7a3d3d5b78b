package dev.vitae.bench;

import dev.vitae.extractor.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accuracy and speed of the language detector on labelled résumés (the seeds and eval/resumes),
 * whole and cut to their first 50, 200 and 1,000 characters — short and mixed-script text is where
 * detectors fail. Usage: {@code ./vitae bench language}.
 */
public final class LanguageAccuracy {
    public static void main(String[] args) throws Exception {
        Map<String, String> labelled = new LinkedHashMap<>();
        labelled.put("seeds/000_d41c947f56d76838.txt", "en");
        labelled.put("seeds/001_12268666d2510657.txt", "en");
        labelled.put("seeds/002_244250873f516315.txt", "ja");
        labelled.put("seeds/003_a3ff8387aba269ad.txt", "ko");
        labelled.put("seeds/004_73d441455ad1885c.txt", "en");
        try (var files = Files.list(Path.of("eval", "resumes"))) {
            // every own résumé is named after its language: en_…, fr_…, ja_…
            files.sorted().forEach(f -> labelled.put(f.toString(), f.getFileName().toString().substring(0, 2)));
        }
        LanguageDetector detector = new LanguageDetector();
        System.out.printf("%-8s %8s %8s%n", "length", "correct", "of");
        for (int length : new int[] {50, 200, 1000, Integer.MAX_VALUE}) {
            int ok = 0;
            StringBuilder wrong = new StringBuilder();
            for (var e : labelled.entrySet()) {
                String text = Files.readString(Path.of(e.getKey()));
                String cut = text.substring(0, Math.min(length, text.length()));
                String got = detector.detect(cut);
                if (e.getValue().equals(got)) {
                    ok++;
                } else {
                    wrong.append(' ').append(Path.of(e.getKey()).getFileName()).append('=').append(got);
                }
            }
            System.out.printf("%-8s %8d %8d%s%n", length == Integer.MAX_VALUE ? "whole" : length, ok, labelled.size(), wrong);
        }
        String big = Files.readString(Path.of("seeds/004_73d441455ad1885c.txt"));
        for (int i = 0; i < 2000; i++) {
            detector.detect(big);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            detector.detect(big);
        }
        System.out.printf("%.3f ms per call on a %d-character résumé; no model to load (0 bytes of heap beyond the call)%n",
                (System.nanoTime() - t0) / 2000 / 1e6, big.length());
    }
}
