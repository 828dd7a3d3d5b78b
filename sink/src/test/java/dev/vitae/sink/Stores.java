package dev.vitae.sink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real stores tests run against: a fresh SQLite file, and a fresh schema in the PostgreSQL at
 * 127.0.0.1:5432 (database test, trust auth; override with VITAE_TEST_PG_URL). Where no PostgreSQL
 * answers, its tests are skipped with a message saying so.
 */
final class Stores {
    static final String PG_URL = System.getenv().getOrDefault("VITAE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getenv().getOrDefault("VITAE_TEST_PG_USER", "postgres");

    private Stores() {}

    static Stream<String> kinds() {
        return Stream.of("sqlite", "postgresql");
    }

    static StoreConfig fresh(String kind) throws Exception {
        if (kind.equals("sqlite")) {
            return StoreConfig.sqlite(Files.createTempDirectory("vitae-store").resolve("vitae.db"));
        }
        String schema = "vitae_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, null)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL tests skipped: no server answers at " + PG_URL + " (" + e.getMessage() + ")");
        }
        return StoreConfig.of(PG_URL + "?currentSchema=" + schema, PG_USER, null);
    }

    static Path tempDir() throws Exception {
        return Files.createTempDirectory("vitae-store");
    }
}
