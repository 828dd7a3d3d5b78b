package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local mode's data directory: owner-only, and one Vitae at a time on it. */
class LocalStackIT {

    @Test
    void theDataDirectoryAndTheStoreAreOwnerOnlyAndLockedToOneInstance(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x")); // as a default umask leaves it
        try (LocalStack stack = LocalStack.start(data, 0, -1, null)) {
            stack.awaitReady(Duration.ofSeconds(90));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            Path db = data.resolve("vitae.db");
            assertTrue(Files.exists(db));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
            IllegalStateException second = assertThrows(IllegalStateException.class, () -> LocalStack.start(data, 0, -1, null));
            assertTrue(second.getMessage().contains("already running"), second.getMessage());
        }
    }
}
