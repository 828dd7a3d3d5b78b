package dev.vitae.ingest.watch;

import dev.vitae.ingest.FileValidator;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A folder résumés are dropped into, for {@code vitae watch}.
 * <p>
 * Algorithm, one {@link #scan} at a time: list the folder's regular files (not its subfolders, not
 * hidden files, not names that tools give files they are still writing: {@code .part},
 * {@code .crdownload}, {@code .tmp}…). A file is taken once its size and modification time have not
 * changed for {@link #settle} (a writer that stopped), and it is then read, validated as every
 * front door validates, and handed to the {@link Sender}, which returns once Kafka acknowledged it.
 * Only then is the file moved to {@code .done/}; a file that fails validation is moved to
 * {@code .rejected/} with {@code NAME.reason} beside it (written first). Moves are renames within the
 * folder. A file is never deleted: when the sender fails (Kafka away) the file stays where it is and
 * the scan stops, to be tried again. A crash between the acknowledgement and the move sends the file
 * again after a restart: the same bytes are the same document id, which every stage treats as the
 * same document, so nothing is lost and nothing is stored twice.
 */
public final class WatchedFolder {
    public static final String DONE = ".done";
    public static final String REJECTED = ".rejected";
    public static final String REASON_SUFFIX = ".reason";
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(2);
    /** Names that browsers, rsync, editors and copy tools give files they are still writing. */
    static final List<String> PARTIAL_SUFFIXES = List.of(".part", ".partial", ".crdownload", ".download", ".tmp", ".swp", "~");

    /** Sends one file to Kafka and returns once it is acknowledged; throws when it cannot be. */
    @FunctionalInterface
    public interface Sender {
        void send(byte[] content, String fileName, String mediaType) throws Exception;
    }

    /** What a scan did with one file. */
    public enum Outcome { SENT, REJECTED, NOT_SENT }

    /** @param reason why it was rejected or not sent; null when sent */
    public record Result(String fileName, Outcome outcome, String documentId, String reason) {}

    private record Seen(long size, FileTime modified, Instant since) {}

    private final Path dir;
    private final Duration settle;
    private final Clock clock;
    private final FileValidator validator = new FileValidator();
    private final Map<Path, Seen> seen = new HashMap<>();

    public WatchedFolder(Path dir, Duration settle, Clock clock) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle time must be >= 0, was " + settle);
        }
        this.dir = dir;
        this.settle = settle;
        this.clock = clock;
        Files.createDirectories(dir.resolve(DONE));
        Files.createDirectories(dir.resolve(REJECTED));
    }

    /** Files seen but not yet settled: a caller that wants to finish what is there waits while this is positive. */
    public int waiting() {
        return seen.size();
    }

    /** One pass over the folder; the results of the files it took, in name order. */
    public List<Result> scan(Sender sender) throws IOException {
        List<Result> results = new ArrayList<>();
        Instant now = clock.instant();
        TreeSet<Path> present = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, WatchedFolder::isCandidate)) {
            files.forEach(present::add);
        }
        seen.keySet().retainAll(present); // moved or deleted by someone else
        for (Path file : present) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException gone) {
                continue;
            }
            if (!attrs.isRegularFile()) {
                continue;
            }
            Seen before = seen.get(file);
            if (before == null || before.size() != attrs.size() || !before.modified().equals(attrs.lastModifiedTime())) {
                seen.put(file, new Seen(attrs.size(), attrs.lastModifiedTime(), now));
                if (!settle.isZero()) {
                    continue;
                }
            } else if (Duration.between(before.since(), now).compareTo(settle) < 0) {
                continue;
            }
            Result r = take(file, attrs.size(), sender);
            if (r == null) {
                continue; // vanished while read
            }
            results.add(r);
            if (r.outcome() == Outcome.NOT_SENT) {
                break; // Kafka is failing: the rest waits for the next scan
            }
            seen.remove(file);
        }
        return results;
    }

    private Result take(Path file, long size, Sender sender) throws IOException {
        String name = file.getFileName().toString();
        if (size > Topics.MAX_FILE_BYTES) { // not read into memory at all
            String reason = String.format(Locale.ROOT, "the file is %.1f MiB; the limit is %d MiB", size / 1048576.0, Topics.MAX_FILE_BYTES / 1048576);
            moveRejected(file, name, null, reason);
            return new Result(name, Outcome.REJECTED, null, reason);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return null;
        }
        String id = DocumentIds.of(content);
        FileValidator.Verdict verdict = validator.check(content, name);
        if (!verdict.accepted()) {
            moveRejected(file, name, id, verdict.reason());
            return new Result(name, Outcome.REJECTED, id, verdict.reason());
        }
        try {
            sender.send(content, name, verdict.mediaType());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(name, Outcome.NOT_SENT, id, "interrupted");
        } catch (Exception e) {
            Throwable root = e.getCause() != null ? e.getCause() : e;
            return new Result(name, Outcome.NOT_SENT, id, root.getClass().getSimpleName() + ": " + root.getMessage());
        }
        move(file, dir.resolve(DONE), name, id);
        return new Result(name, Outcome.SENT, id, null);
    }

    private void moveRejected(Path file, String name, String id, String reason) throws IOException {
        Path target = free(dir.resolve(REJECTED), name, id);
        Path reasonFile = target.resolveSibling(target.getFileName() + REASON_SUFFIX);
        Path tmp = dir.resolve(REJECTED).resolve("." + target.getFileName() + REASON_SUFFIX + ".tmp");
        Files.writeString(tmp, reason + System.lineSeparator(), StandardCharsets.UTF_8);
        rename(tmp, reasonFile);
        rename(file, target);
    }

    private void move(Path file, Path folder, String name, String id) throws IOException {
        rename(file, free(folder, name, id));
    }

    /** {@code folder/name}, or with the document id (and a counter) before the extension when that name is taken. */
    static Path free(Path folder, String name, String id) {
        Path target = folder.resolve(name);
        if (!Files.exists(target)) {
            return target;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String tag = id == null ? "dup" : id.substring(0, 12);
        for (int n = 0; ; n++) {
            Path p = folder.resolve(stem + "-" + tag + (n == 0 ? "" : "-" + n) + ext);
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to); // the subfolders are inside the folder: the same file system, in practice never reached
        }
    }

    static boolean isCandidate(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return PARTIAL_SUFFIXES.stream().noneMatch(lower::endsWith);
    }
}
