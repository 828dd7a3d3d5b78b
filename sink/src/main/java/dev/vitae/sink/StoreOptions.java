package dev.vitae.sink;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Command-line options that choose the store; the default is SQLite at {@code DATA/vitae.db}. */
public final class StoreOptions {
    @Option(names = "--store-url", paramLabel = "JDBC-URL", defaultValue = "${env:VITAE_STORE_URL}",
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB (env VITAE_STORE_URL; default: SQLite at DATA/vitae.db).")
    String url;

    @Option(names = "--store-user", defaultValue = "${env:VITAE_STORE_USER}", description = "Store user (env VITAE_STORE_USER).")
    String user;

    @Option(names = "--store-password", defaultValue = "${env:VITAE_STORE_PASSWORD}", description = "Store password (env VITAE_STORE_PASSWORD).")
    String password;

    public StoreConfig config(Path dataDir) {
        if (url == null || url.isBlank()) {
            return StoreConfig.sqlite(dataDir.resolve("vitae.db"));
        }
        return StoreConfig.of(url, user, password);
    }
}
