package dev.vitae.sink;

import static dev.vitae.sink.StoreFaults.Decision.DEAD_LETTER;
import static dev.vitae.sink.StoreFaults.Decision.RETRY;
import static dev.vitae.sink.StoreFaults.Decision.STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Every code the sink's error policy names, and the causes that carry no code. */
class StoreFaultsTest {

    static Stream<Arguments> sqlStates() {
        return Stream.of(
                // connection exceptions: the store is away
                Arguments.of("08000", RETRY), Arguments.of("08001", RETRY), Arguments.of("08003", RETRY),
                Arguments.of("08004", RETRY), Arguments.of("08006", RETRY), Arguments.of("08P01", RETRY),
                // transaction rollback: serialization failure, deadlock
                Arguments.of("40001", RETRY), Arguments.of("40P01", RETRY), Arguments.of("40000", RETRY),
                // insufficient resources: disk full, out of memory, too many connections
                Arguments.of("53000", RETRY), Arguments.of("53100", RETRY), Arguments.of("53200", RETRY), Arguments.of("53300", RETRY),
                // operator intervention: shutdown, crash, starting up, statement timeout
                Arguments.of("57P01", RETRY), Arguments.of("57P02", RETRY), Arguments.of("57P03", RETRY),
                Arguments.of("57P05", RETRY), Arguments.of("57014", RETRY), Arguments.of("57P04", STOP),
                // system errors: I/O
                Arguments.of("58000", RETRY), Arguments.of("58030", RETRY),
                // locks, read-only store, timeouts
                Arguments.of("55P03", RETRY), Arguments.of("55006", RETRY), Arguments.of("25006", RETRY), Arguments.of("25P03", RETRY),
                // the record's own data
                Arguments.of("22000", DEAD_LETTER), Arguments.of("22001", DEAD_LETTER), Arguments.of("22003", DEAD_LETTER),
                Arguments.of("22021", DEAD_LETTER), Arguments.of("22P02", DEAD_LETTER), Arguments.of("22P05", DEAD_LETTER),
                Arguments.of("23000", DEAD_LETTER), Arguments.of("23502", DEAD_LETTER), Arguments.of("23503", DEAD_LETTER),
                Arguments.of("23505", DEAD_LETTER), Arguments.of("23514", DEAD_LETTER), Arguments.of("23P01", DEAD_LETTER),
                // programming and schema errors
                Arguments.of("42000", STOP), Arguments.of("42601", STOP), Arguments.of("42501", STOP), Arguments.of("42P01", STOP),
                Arguments.of("42703", STOP), Arguments.of("0A000", STOP), Arguments.of("XX000", STOP), Arguments.of("XX001", STOP),
                Arguments.of("XX002", STOP),
                // unknown classes stop: no evidence against the record, and retrying hides a bug
                Arguments.of("55000", STOP), Arguments.of("HV000", STOP), Arguments.of("P0001", STOP), Arguments.of("2", STOP));
    }

    @ParameterizedTest(name = "SQLState {0} -> {1}")
    @MethodSource("sqlStates")
    void sqlStates(String state, StoreFaults.Decision expected) {
        assertEquals(expected, StoreFaults.classify(new SQLException("x", state)));
        // as pgjdbc reports a batch: the first failure is the BatchUpdateException's own state
        assertEquals(expected, StoreFaults.classify(new BatchUpdateException("batch", state, new int[0])));
    }

    static Stream<Arguments> sqliteCodes() {
        return Stream.of(
                Arguments.of(SQLiteErrorCode.SQLITE_BUSY, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_BUSY_RECOVERY, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_LOCKED, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_LOCKED_SHAREDCACHE, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_IOERR, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_IOERR_WRITE, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_IOERR_FSYNC, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_IOERR_SHMOPEN, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_READONLY, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_READONLY_DBMOVED, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_CANTOPEN, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_PERM, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_FULL, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_NOMEM, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_INTERRUPT, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_ABORT, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_PROTOCOL, RETRY), Arguments.of(SQLiteErrorCode.SQLITE_SCHEMA, RETRY),
                Arguments.of(SQLiteErrorCode.SQLITE_CONSTRAINT, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_TOOBIG, DEAD_LETTER), Arguments.of(SQLiteErrorCode.SQLITE_MISMATCH, DEAD_LETTER),
                Arguments.of(SQLiteErrorCode.SQLITE_ERROR, STOP), Arguments.of(SQLiteErrorCode.SQLITE_CORRUPT, STOP),
                Arguments.of(SQLiteErrorCode.SQLITE_NOTADB, STOP), Arguments.of(SQLiteErrorCode.SQLITE_MISUSE, STOP),
                Arguments.of(SQLiteErrorCode.SQLITE_RANGE, STOP), Arguments.of(SQLiteErrorCode.SQLITE_AUTH, STOP),
                Arguments.of(SQLiteErrorCode.SQLITE_INTERNAL, STOP), Arguments.of(SQLiteErrorCode.UNKNOWN_ERROR, STOP));
    }

    @ParameterizedTest(name = "SQLite {0} -> {1}")
    @MethodSource("sqliteCodes")
    void sqliteResultCodes(SQLiteErrorCode code, StoreFaults.Decision expected) {
        assertEquals(expected, StoreFaults.classify(new SQLiteException("x", code)));
    }

    @Test
    void everyNamedCodeIsInTheTables() {
        Set<String> tested = new HashSet<>();
        sqlStates().forEach(a -> tested.add((String) a.get()[0]));
        assertTrue(tested.containsAll(StoreFaults.SQLSTATE.keySet()), "every exact SQLState has a row");
        StoreFaults.SQLSTATE_CLASS.keySet().forEach(cls ->
                assertTrue(tested.stream().anyMatch(s -> s.startsWith(cls)), "class " + cls + " has a row"));
        Set<SQLiteErrorCode> sqlite = new HashSet<>();
        sqliteCodes().forEach(a -> sqlite.add((SQLiteErrorCode) a.get()[0]));
        assertTrue(sqlite.containsAll(StoreFaults.SQLITE.keySet()), "every SQLite code has a row");
    }

    static Stream<Arguments> otherCauses() {
        return Stream.of(
                // the record cannot be decoded
                Arguments.of(new SerializationException("not a readable single-object Avro record"), DEAD_LETTER),
                Arguments.of(new RuntimeException("wrapped", new SerializationException("bad bytes")), DEAD_LETTER),
                // pool timeouts and lost connections without a SQLState
                Arguments.of(new SQLTransientConnectionException("vitae-store - Connection is not available"), RETRY),
                Arguments.of(new SQLRecoverableException("connection lost"), RETRY),
                Arguments.of(new SQLException("I/O error", new ConnectException("Connection refused")), RETRY),
                Arguments.of(new IOException("No space left on device"), RETRY),
                // a pool timeout carrying the cause's SQLState
                Arguments.of(new SQLTransientConnectionException("timeout", "08001", new ConnectException("refused")), RETRY),
                // a SQLState beats the exception type: a non-transient connection error is still a connection error
                Arguments.of(new SQLNonTransientConnectionException("refused", "08001"), RETRY),
                // the store's own check: its SQLite file deleted or replaced
                Arguments.of(new ProfileStore.StoreFileGoneException("store file deleted"), RETRY),
                // wrapped SQLite fault
                Arguments.of(new IllegalStateException(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY)), RETRY),
                // a SQL error with no code at all, and bugs
                Arguments.of(new SQLException("something"), STOP),
                Arguments.of(new NullPointerException(), STOP),
                Arguments.of(new IllegalArgumentException("bad"), STOP));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("otherCauses")
    void causesWithoutACode(Throwable failure, StoreFaults.Decision expected) {
        assertEquals(expected, StoreFaults.classify(failure));
    }

    @Test
    void describeNamesTheSqlStateAndTheFirstLine() {
        assertEquals("SQLException [08001]: refused", StoreFaults.describe(new RuntimeException(new SQLException("refused\nmore", "08001"))));
    }
}
