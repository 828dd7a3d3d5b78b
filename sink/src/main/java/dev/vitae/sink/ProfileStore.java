package dev.vitae.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.vitae.schemas.Metric;
import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteOpenMode;

/**
 * The profile store, SQLite or PostgreSQL through one code path (portable SQL, Flyway migrations,
 * a HikariCP pool).
 *
 * <p>Exactly-once: {@link #apply} writes a whole poll batch — profile rows, their normalized
 * roles/skills/metrics, erasures, and the consumer's next offsets — in one database transaction.
 * The sink seeks to the stored offsets when it is assigned a partition, so a crash anywhere replays
 * only what the database has not committed, and committed work is never applied twice. The upsert
 * is also version-guarded: a profile never replaces one from a newer enricher version (or, at the
 * same version, a later enrichment), so replaying old records cannot roll the store back.
 *
 * <p>A SQLite store remembers the identity (device and inode) of its file when opened: if the file
 * is deleted or replaced while open, {@link #fault()} says so and {@link #apply} refuses to write
 * (with a transient error, so the sink waits instead of writing to an unlinked file).
 */
public final class ProfileStore implements AutoCloseable {
    /** One record to apply: a profile, or {@code null} to erase the document (a tombstone). */
    public record Change(String documentId, ResumeProfile profile, String topic, int partition, long offset) {}

    /** The position after the last applied record of a partition. */
    public record Position(String topic, int partition, long nextOffset) {}

    private static final String UPSERT = """
            INSERT INTO profiles (document_id, file_name, language, candidate_name, location, extractor_version,
                enricher_version, version_key, uploaded_at, enriched_at, stored_at, source_topic, source_partition,
                source_offset, profile_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (document_id) DO UPDATE SET file_name = excluded.file_name, language = excluded.language,
                candidate_name = excluded.candidate_name, location = excluded.location,
                extractor_version = excluded.extractor_version, enricher_version = excluded.enricher_version,
                version_key = excluded.version_key, uploaded_at = excluded.uploaded_at, enriched_at = excluded.enriched_at,
                stored_at = excluded.stored_at, source_topic = excluded.source_topic,
                source_partition = excluded.source_partition, source_offset = excluded.source_offset,
                profile_json = excluded.profile_json
            WHERE excluded.version_key > profiles.version_key
               OR (excluded.version_key = profiles.version_key AND excluded.enriched_at >= profiles.enriched_at)
            """;
    private static final String[] CHILD_TABLES = {"profile_roles", "profile_skills", "profile_metrics"};

    /** How long a caller waits for a pooled connection before the store counts as unavailable. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** How long SQLite waits for another connection's write lock before answering SQLITE_BUSY. */
    static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** How long PostgreSQL reads may block on a silent network before the connection counts as lost. */
    static final Duration PG_SOCKET_TIMEOUT = Duration.ofSeconds(60);

    private final HikariDataSource dataSource;
    private final StoreConfig config;
    private final Path file; // the SQLite file, or null for PostgreSQL
    private final Object fileKey; // its identity when opened, or null where the file system has none

    /** The store's file is not the one it opened: deleted or replaced while running. Transient: it may come back. */
    public static final class StoreFileGoneException extends SQLTransientException {
        StoreFileGoneException(String message) {
            super(message, "58030"); // io_error
        }
    }

    private ProfileStore(HikariDataSource dataSource, StoreConfig config, Path file, Object fileKey) {
        this.dataSource = dataSource;
        this.config = config;
        this.file = file;
        this.fileKey = fileKey;
    }

    /** Opens the store and brings its schema up to date. */
    public static ProfileStore open(StoreConfig config) {
        Path file = null;
        if (config.isSqlite()) {
            file = Path.of(config.jdbcUrl().substring("jdbc:sqlite:".length()));
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                if (!Files.exists(file)) {
                    DriverManager.getConnection(config.jdbcUrl()).close(); // creates the empty database file
                }
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot create the store " + file, e);
            }
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.isSqlite() ? 1 : config.poolSize()); // SQLite has one writer
        hc.setPoolName("vitae-store");
        hc.setAutoCommit(true);
        hc.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        if (config.isSqlite()) {
            hc.addDataSourceProperty("journal_mode", "WAL");
            hc.addDataSourceProperty("busy_timeout", Long.toString(SQLITE_BUSY_TIMEOUT.toMillis()));
            hc.addDataSourceProperty("synchronous", "NORMAL");
            // Pooled connections open the file, never create it: a store deleted while running must not come
            // back as an empty database the sink would take for a new one.
            hc.addDataSourceProperty("open_mode", Integer.toString(SQLiteOpenMode.READWRITE.flag));
        } else {
            hc.addDataSourceProperty("socketTimeout", Long.toString(PG_SOCKET_TIMEOUT.toSeconds()));
        }
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return new ProfileStore(ds, config, file, file == null ? null : fileKey(file));
        } catch (RuntimeException | IOException e) {
            ds.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException("cannot read the store file " + file, e);
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /**
     * Why this store cannot be written where it should be, or empty when it can as far as the
     * file system tells: the SQLite file opened is gone from its path, or another file took its place.
     */
    public Optional<String> fault() {
        if (file == null) {
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            return Optional.of("store file " + file + " was deleted while open; writes stopped (restore it and restart the sink)");
        }
        try {
            Object now = fileKey(file);
            if (fileKey != null && !fileKey.equals(now)) {
                return Optional.of("store file " + file + " was replaced while open (" + fileKey + " -> " + now
                        + "); writes stopped (restart the sink to use the new file)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("store file " + file + " cannot be read: " + e);
        }
    }

    private void checkFile() throws SQLException {
        Optional<String> fault = fault();
        if (fault.isPresent()) {
            throw new StoreFileGoneException(fault.get());
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public StoreConfig config() {
        return config;
    }

    /**
     * Applies a batch and records the consumer group's positions, all in one transaction.
     *
     * @return how many changes took effect (stale versions are skipped)
     */
    public int apply(String group, List<Change> changes, List<Position> positions) throws SQLException {
        checkFile();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int applied;
                try {
                    applied = write(c, changes);
                    savePositions(c, group, positions);
                } catch (AssertionError e) {
                    // pgjdbc #1458 (fixed after 42.7.8): under -ea, a connection lost mid-batch fails an assert instead of
                    // throwing its SQLException. It is a lost connection: say so, so the caller waits for the store.
                    if (!c.isValid(1)) {
                        throw new SQLRecoverableException("connection lost during a batch", "08006", e);
                    }
                    throw e;
                }
                c.commit();
                c.setAutoCommit(true);
                return applied;
            } catch (SQLException | RuntimeException e) {
                // On a lost connection the rollback fails too; the caller needs the first error, not that one.
                // A connection that cannot roll back is in an unknown state (after SQLITE_IOERR, SQLite has ended
                // the transaction itself and the driver still believes it is open, so the next "transaction" would
                // run in autocommit): it leaves the pool, and the next attempt gets a fresh one.
                // A SQLite connection opened while its WAL could not be written stays read-only after the fault is
                // gone (SQLITE_READONLY for ever): after a failed write, SQLite's retry gets a fresh connection too.
                boolean evict = config.isSqlite() && e instanceof SQLException;
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                    evict = true;
                }
                if (evict) {
                    dataSource.evictConnection(c);
                }
                throw e;
            }
        }
    }

    private int write(Connection c, List<Change> changes) throws SQLException {
        // Within one batch the last change per document wins, as it would record by record.
        Map<String, Change> last = new LinkedHashMap<>();
        for (Change ch : changes) {
            last.remove(ch.documentId());
            last.put(ch.documentId(), ch);
        }
        List<Change> erase = new ArrayList<>(), upsert = new ArrayList<>();
        last.values().forEach(ch -> (ch.profile() == null ? erase : upsert).add(ch));
        int applied = 0;
        if (!erase.isEmpty()) {
            for (String table : new String[] {"profile_roles", "profile_skills", "profile_metrics", "profiles"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    for (Change ch : erase) {
                        ps.setString(1, ch.documentId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            applied += erase.size();
        }
        if (upsert.isEmpty()) {
            return applied;
        }
        List<Change> changed = new ArrayList<>();
        long now = System.currentTimeMillis();
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (Change ch : upsert) {
                ResumeProfile p = ch.profile();
                int i = 1;
                ps.setString(i++, ch.documentId());
                ps.setString(i++, p.getFileName());
                ps.setString(i++, p.getLanguage());
                ps.setString(i++, p.getCandidate().getName());
                ps.setString(i++, p.getCandidate().getLocation());
                ps.setString(i++, p.getExtractorVersion());
                ps.setString(i++, p.getEnricherVersion());
                ps.setString(i++, versionKey(p.getEnricherVersion()));
                ps.setLong(i++, p.getUploadedAt().toEpochMilli());
                ps.setLong(i++, p.getEnrichedAt().toEpochMilli());
                ps.setLong(i++, now);
                ps.setString(i++, ch.topic());
                ps.setInt(i++, ch.partition());
                ps.setLong(i++, ch.offset());
                ps.setString(i, ProfileJson.toJson(p));
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] != 0) { // 0: a newer version is already stored
                    changed.add(upsert.get(k));
                }
            }
        }
        writeChildren(c, changed);
        return applied + changed.size();
    }

    private static void writeChildren(Connection c, List<Change> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        for (String table : CHILD_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                for (Change ch : changed) {
                    ps.setString(1, ch.documentId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement roles = c.prepareStatement("INSERT INTO profile_roles (document_id, idx, title, organization, start_date, end_date, is_current, team_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement skills = c.prepareStatement("INSERT INTO profile_skills (document_id, name, category, months, last_used, mentions) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement metrics = c.prepareStatement("INSERT INTO profile_metrics (document_id, idx, value, value_max, unit, kind, role_idx) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Change ch : changed) {
                String id = ch.documentId();
                List<Role> rs = ch.profile().getRoles();
                for (int i = 0; i < rs.size(); i++) {
                    Role r = rs.get(i);
                    roles.setString(1, id);
                    roles.setInt(2, i);
                    roles.setString(3, r.getTitle());
                    roles.setString(4, r.getOrganization());
                    roles.setString(5, r.getStart());
                    roles.setString(6, r.getEnd());
                    roles.setBoolean(7, r.getCurrent());
                    setInt(roles, 8, r.getTeamSize());
                    roles.addBatch();
                }
                for (Skill s : ch.profile().getSkills()) {
                    skills.setString(1, id);
                    skills.setString(2, s.getName());
                    skills.setString(3, s.getCategory());
                    setInt(skills, 4, s.getMonths());
                    skills.setString(5, s.getLastUsed());
                    skills.setInt(6, s.getMentions().size());
                    skills.addBatch();
                }
                List<Metric> ms = ch.profile().getMetrics();
                for (int i = 0; i < ms.size(); i++) {
                    Metric m = ms.get(i);
                    metrics.setString(1, id);
                    metrics.setInt(2, i);
                    metrics.setDouble(3, m.getValue());
                    if (m.getValueMax() == null) {
                        metrics.setNull(4, Types.DOUBLE);
                    } else {
                        metrics.setDouble(4, m.getValueMax());
                    }
                    metrics.setString(5, m.getUnit());
                    metrics.setString(6, m.getKind().name());
                    setInt(metrics, 7, m.getRoleIndex());
                    metrics.addBatch();
                }
            }
            roles.executeBatch();
            skills.executeBatch();
            metrics.executeBatch();
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void savePositions(Connection c, String group, List<Position> positions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO sink_offsets (consumer_group, topic, partition_id, next_offset) VALUES (?, ?, ?, ?)
                ON CONFLICT (consumer_group, topic, partition_id) DO UPDATE SET next_offset = excluded.next_offset""")) {
            for (Position p : positions) {
                ps.setString(1, group);
                ps.setString(2, p.topic());
                ps.setInt(3, p.partition());
                ps.setLong(4, p.nextOffset());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Stored positions of a consumer group on a topic: partition to next offset. */
    public Map<Integer, Long> positions(String group, String topic) throws SQLException {
        checkFile();
        Map<Integer, Long> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT partition_id, next_offset FROM sink_offsets WHERE consumer_group = ? AND topic = ?")) {
            ps.setString(1, group);
            ps.setString(2, topic);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Forgets a group's positions, so its next assignment starts where Kafka's committed offsets say (replay). */
    public void resetPositions(String group) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM sink_offsets WHERE consumer_group = ?")) {
            ps.setString(1, group);
            ps.executeUpdate();
        }
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM profiles");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<String> documentIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT document_id FROM profiles ORDER BY document_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public Optional<String> profileJson(String documentId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT profile_json FROM profiles WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The enricher version stored for a document, if any. */
    public Optional<String> enricherVersion(String documentId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT enricher_version FROM profiles WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A summary row per stored profile, for tables: file, language, name, roles, skills, metrics. */
    public record Summary(String documentId, String fileName, String language, String name, int roles, int skills, int metrics) {}

    public List<Summary> summaries() throws SQLException {
        List<Summary> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT p.document_id, p.file_name, p.language, p.candidate_name,
                        (SELECT COUNT(*) FROM profile_roles r WHERE r.document_id = p.document_id),
                        (SELECT COUNT(*) FROM profile_skills s WHERE s.document_id = p.document_id),
                        (SELECT COUNT(*) FROM profile_metrics m WHERE m.document_id = p.document_id)
                     FROM profiles p ORDER BY p.file_name, p.document_id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
            }
        }
        return out;
    }

    /** One search hit: a stored profile and, when searched by skill, that skill's months of experience. */
    public record Hit(String documentId, String fileName, String language, String name, String enricherVersion, Integer skillMonths) {}

    /** A page of hits and the total number of matches. */
    public record Page(long total, List<Hit> hits) {}

    /**
     * Profiles by skill (canonical name, case-insensitive), minimum months of that skill, and
     * language; any may be null. Ordered by months of the skill, most first, then by document id.
     */
    public Page search(String skill, Integer minMonths, String language, int limit, int offset) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String from = " FROM profiles p";
        if (skill != null) {
            from += " JOIN profile_skills s ON s.document_id = p.document_id";
            where.append(" AND LOWER(s.name) = LOWER(?)");
            args.add(skill);
            if (minMonths != null) {
                where.append(" AND s.months >= ?");
                args.add(minMonths);
            }
        }
        if (language != null) {
            where.append(" AND p.language = ?");
            args.add(language);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String select = "SELECT p.document_id, p.file_name, p.language, p.candidate_name, p.enricher_version, "
                    + (skill != null ? "s.months" : "NULL") + from + where
                    + " ORDER BY " + (skill != null ? "COALESCE(s.months, -1) DESC, " : "") + "p.document_id LIMIT ? OFFSET ?";
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(limit);
            pageArgs.add(offset);
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select)) {
                bind(ps, pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int months = rs.getInt(6);
                        hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.wasNull() ? null : months));
                    }
                }
            }
            return new Page(total, hits);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** Deletes a profile and its rows directly, as an operator (or an accident) would: for audit tests and manual erasure. */
    public void deleteDirectly(String documentId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"profile_roles", "profile_skills", "profile_metrics", "profiles"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    ps.setString(1, documentId);
                    ps.executeUpdate();
                }
            }
        }
    }

    // compiled once: versionKey runs for every profile written
    private static final Pattern VERSION_SEPARATOR = Pattern.compile("[.-]");
    private static final Pattern FROM_FIRST_NON_DIGIT = Pattern.compile("\\D.*$");

    /** Sortable key of a version string: "1.12.3" → "000001.000012.000003"; non-numeric parts count as 0. */
    static String versionKey(String version) {
        String[] parts = VERSION_SEPARATOR.split(version == null ? "" : version, 4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int n = 0;
            if (i < parts.length) {
                try {
                    n = Integer.parseInt(FROM_FIRST_NON_DIGIT.matcher(parts[i]).replaceAll(""));
                } catch (NumberFormatException e) {
                    n = 0;
                }
            }
            sb.append(i == 0 ? "" : ".").append(String.format("%06d", Math.min(n, 999_999)));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
