package dev.vitae.sink;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The sink's error policy: what to do about a failure while decoding or storing a record.
 *
 * <p>Algorithm, first match wins, walking the cause chain from the outermost throwable:
 * <ol>
 *   <li>a failure to decode the record ({@link SerializationException}) is the record's fault: {@link Decision#DEAD_LETTER};</li>
 *   <li>a SQLite error by its primary result code ({@link #SQLITE});</li>
 *   <li>a SQL error with a SQLState, by its exact code, else by its two-character class ({@link #SQLSTATE});</li>
 *   <li>a SQL error without a known code by its JDBC type: transient or recoverable (a pool timeout, a
 *       lost connection) is {@link Decision#RETRY};</li>
 *   <li>an {@link IOException} (socket refused or reset, disk) is {@link Decision#RETRY};</li>
 *   <li>anything else is {@link Decision#STOP}: an unknown failure is not evidence against the record,
 *       and retrying a bug for ever hides it.</li>
 * </ol>
 * A store that cannot write (down, locked, full, read-only, unreachable) is an outage, never a verdict
 * on the record: only errors that the record's own content causes dead-letter it.
 */
public final class StoreFaults {
    /** What the sink does about a failure. */
    public enum Decision {
        /** The store is unavailable for now: wait with backoff and retry the same work; dead-letter nothing. */
        RETRY,
        /** The record itself is bad: send it to the dead-letter topic and go on with the others. */
        DEAD_LETTER,
        /** A programming, schema or configuration error: stop the sink, keeping every record unconsumed. */
        STOP
    }

    /** PostgreSQL / SQL-standard SQLStates named exactly; they win over their class in {@link #SQLSTATE_CLASS}. */
    static final Map<String, Decision> SQLSTATE = Map.ofEntries(
            Map.entry("25006", Decision.RETRY),       // read_only_sql_transaction: a standby, a store switched to read-only
            Map.entry("25P03", Decision.RETRY),       // idle_in_transaction_session_timeout
            Map.entry("55006", Decision.RETRY),       // object_in_use
            Map.entry("55P03", Decision.RETRY),       // lock_not_available: lock timeout
            Map.entry("57014", Decision.RETRY),       // query_canceled: statement timeout
            Map.entry("57P01", Decision.RETRY),       // admin_shutdown
            Map.entry("57P02", Decision.RETRY),       // crash_shutdown
            Map.entry("57P03", Decision.RETRY),       // cannot_connect_now: starting up
            Map.entry("57P05", Decision.RETRY),       // idle_session_timeout
            Map.entry("57P04", Decision.STOP),        // database_dropped
            Map.entry("XX001", Decision.STOP),        // data_corrupted
            Map.entry("XX002", Decision.STOP));       // index_corrupted

    /** SQLState classes (first two characters). */
    static final Map<String, Decision> SQLSTATE_CLASS = Map.ofEntries(
            Map.entry("08", Decision.RETRY),          // connection exception: refused, lost, failed
            Map.entry("40", Decision.RETRY),          // transaction rollback: serialization failure, deadlock
            Map.entry("53", Decision.RETRY),          // insufficient resources: disk full, out of memory, too many connections
            Map.entry("58", Decision.RETRY),          // system error: I/O error
            Map.entry("22", Decision.DEAD_LETTER),    // data exception: value too long, bad encoding (NUL), out of range
            Map.entry("23", Decision.DEAD_LETTER),    // integrity constraint: not null, unique (duplicate skill), check
            Map.entry("42", Decision.STOP),           // syntax error or access rule violation: missing table, column, grant
            Map.entry("0A", Decision.STOP),           // feature not supported
            Map.entry("XX", Decision.STOP));          // internal error

    /** SQLite primary result codes (the low byte of extended codes such as SQLITE_BUSY_SNAPSHOT). */
    static final Map<SQLiteErrorCode, Decision> SQLITE = Map.ofEntries(
            Map.entry(SQLiteErrorCode.SQLITE_BUSY, Decision.RETRY),       // another connection holds the write lock
            Map.entry(SQLiteErrorCode.SQLITE_LOCKED, Decision.RETRY),     // a table is locked within this process
            Map.entry(SQLiteErrorCode.SQLITE_IOERR, Decision.RETRY),      // disk I/O error (e.g. an immutable WAL file)
            Map.entry(SQLiteErrorCode.SQLITE_READONLY, Decision.RETRY),   // the file or directory became read-only
            Map.entry(SQLiteErrorCode.SQLITE_CANTOPEN, Decision.RETRY),   // the file cannot be opened (gone, permissions)
            Map.entry(SQLiteErrorCode.SQLITE_PERM, Decision.RETRY),       // access permission denied
            Map.entry(SQLiteErrorCode.SQLITE_FULL, Decision.RETRY),       // disk full
            Map.entry(SQLiteErrorCode.SQLITE_NOMEM, Decision.RETRY),
            Map.entry(SQLiteErrorCode.SQLITE_INTERRUPT, Decision.RETRY),
            Map.entry(SQLiteErrorCode.SQLITE_ABORT, Decision.RETRY),      // a statement aborted by a concurrent rollback
            Map.entry(SQLiteErrorCode.SQLITE_PROTOCOL, Decision.RETRY),   // WAL locking race
            Map.entry(SQLiteErrorCode.SQLITE_SCHEMA, Decision.RETRY),     // the schema changed under a prepared statement
            Map.entry(SQLiteErrorCode.SQLITE_CONSTRAINT, Decision.DEAD_LETTER), // not null, unique, check: the record's values
            Map.entry(SQLiteErrorCode.SQLITE_TOOBIG, Decision.DEAD_LETTER),     // a value larger than the store's limit
            Map.entry(SQLiteErrorCode.SQLITE_MISMATCH, Decision.DEAD_LETTER),   // datatype mismatch
            Map.entry(SQLiteErrorCode.SQLITE_ERROR, Decision.STOP),       // SQL error or missing table
            Map.entry(SQLiteErrorCode.SQLITE_CORRUPT, Decision.STOP),
            Map.entry(SQLiteErrorCode.SQLITE_NOTADB, Decision.STOP),
            Map.entry(SQLiteErrorCode.SQLITE_MISUSE, Decision.STOP),
            Map.entry(SQLiteErrorCode.SQLITE_RANGE, Decision.STOP),       // bind index out of range: a bug
            Map.entry(SQLiteErrorCode.SQLITE_AUTH, Decision.STOP));

    private StoreFaults() {}

    /** The decision for {@code failure}; never null. */
    public static Decision classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerializationException) {
                return Decision.DEAD_LETTER;
            }
            if (t instanceof SQLiteException e) {
                Decision d = SQLITE.get(primary(e));
                if (d != null) {
                    return d;
                }
            }
            if (t instanceof SQLException e && e.getSQLState() != null && !e.getSQLState().isBlank()) {
                Decision d = bySqlState(e.getSQLState());
                if (d != null) {
                    return d;
                }
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException) {
                return Decision.RETRY;
            }
        }
        return Decision.STOP;
    }

    /** The decision for a SQLState by its exact code, else its class, or null when neither is named. */
    static Decision bySqlState(String state) {
        Decision exact = SQLSTATE.get(state);
        return exact != null ? exact : state.length() < 2 ? null : SQLSTATE_CLASS.get(state.substring(0, 2));
    }

    private static SQLiteErrorCode primary(SQLiteException e) {
        SQLiteErrorCode code = e.getResultCode();
        int primary = (code == null ? e.getErrorCode() : code.code) & 0xFF;
        return SQLiteErrorCode.getErrorCode(primary);
    }

    /** A short, one-line description of a failure for logs and readiness: its class, SQLState or code, and message. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        String msg = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        String code = root instanceof SQLException e && e.getSQLState() != null ? " [" + e.getSQLState() + "]" : "";
        return root.getClass().getSimpleName() + code + ": " + msg;
    }
}
