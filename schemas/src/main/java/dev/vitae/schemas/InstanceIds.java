package dev.vitae.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A service instance's id that survives its restarts, kept in the data directory. A transactional
 * producer named after it fences its own killed predecessor at start-up and so aborts the
 * transaction that one left open at once; a producer with a new random name leaves that
 * transaction open until the coordinator times it out (60 s plus a 10 s sweep), and read_committed
 * readers of the topic cannot pass it meanwhile.
 *
 * <p>Algorithm: slots {@code DATA/instances/NAME-0.id}, {@code NAME-1.id}, … each hold a random id
 * written on first use. A process takes the lowest slot whose file it can lock and holds the lock
 * until it exits (the OS drops it even on SIGKILL), so a restarted process gets its old id back and
 * two processes sharing a data directory never share an id.
 */
public final class InstanceIds {
    private static final int MAX_SLOTS = 64;
    /** Locks held for this JVM's life: releasing one would let another process take the same id. */
    private static final List<FileChannel> HELD = new ArrayList<>();

    private InstanceIds() {}

    /** The id of the first free slot of {@code name} under {@code dataDir}, locked for this process's life. */
    public static synchronized String persistent(Path dataDir, String name) {
        Path dir = dataDir.resolve("instances");
        try {
            Files.createDirectories(dir);
            for (int slot = 0; slot < MAX_SLOTS; slot++) {
                Path file = dir.resolve(name + "-" + slot + ".id");
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // taken by this JVM already
                }
                if (lock == null) {
                    ch.close();
                    continue;
                }
                String id = read(ch); // through the locked channel: closing another descriptor of the file would drop the lock
                if (id.isEmpty()) {
                    id = UUID.randomUUID().toString();
                    ch.write(ByteBuffer.wrap(id.getBytes(StandardCharsets.UTF_8)), 0);
                    ch.force(true);
                }
                HELD.add(ch);
                return id;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep an instance id under " + dir + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException(MAX_SLOTS + " " + name + " instances already run on " + dir);
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 256));
        while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
            // read on: a short read is possible
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }
}
