package dev.vitae.sink;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where profiles are stored: a JDBC URL for SQLite ({@code jdbc:sqlite:FILE}, the default) or
 * PostgreSQL ({@code jdbc:postgresql://HOST:PORT/DB}), with credentials and a pool size.
 */
public record StoreConfig(String jdbcUrl, String user, String password, int poolSize) {
    /** Pooled connections to a PostgreSQL store (SQLite has one writer, so one connection). */
    public static final int DEFAULT_POOL_SIZE = 4;

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported store URL '" + jdbcUrl + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("pool size must be 1..100, was " + poolSize);
        }
    }

    /** A PostgreSQL (or any JDBC URL) store with the default pool. */
    public static StoreConfig of(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public static StoreConfig sqlite(Path file) {
        return new StoreConfig("jdbc:sqlite:" + file.toAbsolutePath(), null, null, 1);
    }

    public boolean isSqlite() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }
}
