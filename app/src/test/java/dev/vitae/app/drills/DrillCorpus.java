package dev.vitae.app.drills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small, distinct plain-text and Markdown résumés for the drills: text parses in microseconds, so
 * thousands flow through the pipeline in seconds and a drill measures the faults, not the parsers.
 * Document {@code i} is the same bytes on every run; no two documents share bytes (the index is in the text).
 */
final class DrillCorpus {
    private static final String[] TITLES = {"Data Engineer", "Backend Developer", "Site Reliability Engineer", "Product Manager"};
    private static final String[] EMPLOYERS = {"Initech GmbH", "Globex Corporation", "Umbrella Ltd", "Hooli Inc."};
    private static final String[] SKILLS = {"Java, Kafka, PostgreSQL", "Python, Airflow, Spark", "Go, Kubernetes, Terraform", "SQL, Tableau, Excel"};

    private DrillCorpus() {}

    /** Writes {@code n} résumés into {@code dir} (created), half .md and half .txt. */
    static Path write(Path dir, int n) throws IOException {
        return write(dir, 0, n);
    }

    /** Writes résumés {@code from} to {@code from + n - 1} into {@code dir} (created). */
    static Path write(Path dir, int from, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = from; i < from + n; i++) {
            boolean markdown = i % 2 == 0;
            Files.writeString(dir.resolve(String.format("cv-%05d.%s", i, markdown ? "md" : "txt")), text(i, markdown), StandardCharsets.UTF_8);
        }
        return dir;
    }

    static String text(int i, boolean markdown) {
        String h = markdown ? "## " : "";
        int start = 2005 + i % 12;
        return (markdown ? "# " : "") + "Candidate " + i + " Drill\n"
                + "candidate" + i + "@example.com\n\n"
                + h + "Experience\n"
                + TITLES[i % TITLES.length] + ", " + EMPLOYERS[(i / 4) % EMPLOYERS.length] + ", " + start + " - " + (start + 1 + i % 5) + "\n"
                + "- Ran drill number " + i + " without losing a record\n\n"
                + h + "Skills\n" + SKILLS[i % SKILLS.length] + "\n";
    }
}
