package dev.vitae.enricher.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A résumé text with its labelled organization and title spans, read from a corpus laid out as
 * the dotin set is: {@code docs/NAME.txt}, {@code spans/NAME.spans.json} (objects with {@code type},
 * {@code start}, {@code end}; "Companies worked at" is an organization, "Designation" a title, other
 * types are ignored) and, optionally, {@code gold/NAME.gold.json}, whose {@code roles[].organization}
 * are the distinct organizations the scorer expects. Whitespace at either end of a labelled span is
 * trimmed off.
 *
 * @param goldOrganizations the gold file's organizations, or the distinct organization span texts when there is no gold file
 */
public record LabelledDocument(String name, String text, List<Span> spans, List<String> goldOrganizations) {
    /** A labelled name: type and character offsets ({@code end} exclusive). */
    public record Span(Entity.Type type, int start, int end) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every document of {@code corpus} whose name (without {@code .txt}) {@code keep} accepts, sorted by name. */
    public static List<LabelledDocument> read(Path corpus, java.util.function.Predicate<String> keep) throws IOException {
        List<Path> docs;
        try (Stream<Path> s = Files.list(corpus.resolve("docs"))) {
            docs = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<LabelledDocument> out = new ArrayList<>();
        for (Path doc : docs) {
            String name = doc.getFileName().toString().replaceFirst("\\.txt$", "");
            if (!keep.test(name)) {
                continue;
            }
            Path spansFile = corpus.resolve("spans").resolve(name + ".spans.json");
            if (!Files.exists(spansFile)) {
                continue;
            }
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            List<Span> spans = new ArrayList<>();
            List<String> spanOrgs = new ArrayList<>();
            for (JsonNode n : JSON.readTree(spansFile.toFile())) {
                Entity.Type type = switch (n.path("type").asText()) {
                    case "Companies worked at" -> Entity.Type.ORGANIZATION;
                    case "Designation" -> Entity.Type.TITLE;
                    default -> null;
                };
                int start = n.path("start").asInt(-1);
                int end = n.path("end").asInt(-1);
                if (type == null || start < 0 || end > text.length() || start >= end) {
                    continue;
                }
                // annotators sometimes took the line break or a space with the name
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start == end) {
                    continue;
                }
                spans.add(new Span(type, start, end));
                String t = text.substring(start, end).strip();
                if (type == Entity.Type.ORGANIZATION && !spanOrgs.contains(t)) {
                    spanOrgs.add(t);
                }
            }
            Path goldFile = corpus.resolve("gold").resolve(name + ".gold.json");
            List<String> orgs = spanOrgs;
            if (Files.exists(goldFile)) {
                orgs = new ArrayList<>();
                for (JsonNode role : JSON.readTree(goldFile.toFile()).path("roles")) {
                    if (role.hasNonNull("organization")) {
                        orgs.add(role.get("organization").asText());
                    }
                }
            }
            out.add(new LabelledDocument(name, text, List.copyOf(spans), List.copyOf(orgs)));
        }
        return out;
    }

    /** Document names listed in {@code file}, one a line ({@code cv_005} or {@code cv_005.txt}); blank lines and {@code #} comments skipped. */
    public static Set<String> names(Path file) throws IOException {
        return Set.copyOf(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceFirst("\\.txt$", "")).toList());
    }
}
