package dev.vitae.enricher.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.ProfileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-labelled answer, {@code NAME.gold.json}: the document it labels (its {@code "document"},
 * a file name such as {@code cv_005.txt}) and the answer itself. The format is described in
 * {@code ../shared/eval/README.md}.
 */
public record GoldFile(Path path, String document, JsonNode gold) {

    /** The document's name without its extension: {@code cv_005} for {@code cv_005.txt}. */
    public String baseName() {
        int dot = document.lastIndexOf('.');
        return dot > 0 ? document.substring(0, dot) : document;
    }

    /** Every {@code *.gold.json} in {@code dir}, sorted by file name (the order score.py uses). */
    public static List<GoldFile> readAll(Path dir) throws IOException {
        List<GoldFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }

    static GoldFile read(Path path) throws IOException {
        JsonNode gold;
        try {
            gold = ProfileJson.mapper().readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode document = gold == null ? null : gold.get("document");
        if (document == null || !document.isTextual() || document.asText().isBlank()) {
            throw new IOException(path + ": no \"document\" naming the labelled file");
        }
        return new GoldFile(path, document.asText(), gold);
    }
}
