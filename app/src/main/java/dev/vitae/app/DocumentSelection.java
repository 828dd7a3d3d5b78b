package dev.vitae.app;

import dev.vitae.enricher.evaluation.GoldFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which labelled documents {@code vitae eval} scores: all, only those a list names
 * ({@code --only}), or all but those ({@code --exclude}). A list has one document per line, by
 * file name or base name ({@code cv_005} names {@code cv_005.txt}); blank lines and lines starting
 * with {@code #} are ignored.
 */
final class DocumentSelection {
    private final Set<String> names;
    private final boolean keepListed;

    private DocumentSelection(Set<String> names, boolean keepListed) {
        this.names = names;
        this.keepListed = keepListed;
    }

    static DocumentSelection all() {
        return new DocumentSelection(Set.of(), false);
    }

    static DocumentSelection only(Path list) throws IOException {
        return new DocumentSelection(read(list), true);
    }

    static DocumentSelection excluding(Path list) throws IOException {
        return new DocumentSelection(read(list), false);
    }

    List<GoldFile> apply(List<GoldFile> golds) {
        return golds.stream().filter(g -> (names.contains(g.document()) || names.contains(g.baseName())) == keepListed).toList();
    }

    private static Set<String> read(Path list) throws IOException {
        if (!Files.isRegularFile(list)) {
            throw new IllegalArgumentException("document list " + list + " is not a file");
        }
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(name);
            }
        }
        return out;
    }
}
