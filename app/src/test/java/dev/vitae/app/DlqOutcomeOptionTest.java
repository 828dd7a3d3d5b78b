package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.DeadLetterOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code vitae dlq list|replay --outcome}: one of the closed set, in any case; anything else is refused before any work. */
class DlqOutcomeOptionTest {

    @ParameterizedTest(name = "{0} --outcome {1}")
    @CsvSource({"list, CORRUPT, CORRUPT", "list, corrupt, CORRUPT", "replay, Store_Rejected, STORE_REJECTED",
            "replay, enrichment_failed, ENRICHMENT_FAILED", "list, UNDELIVERABLE, UNDELIVERABLE"})
    void aKnownOutcomeIsAcceptedInAnyCase(String sub, String given, DeadLetterOutcome expected) {
        CommandLine.ParseResult parsed = VitaeCommand.commandLine().parseArgs("dlq", sub, "--outcome", given);
        CommandLine.ParseResult leaf = parsed.subcommand().subcommand();
        assertEquals(expected, leaf.matchedOptionValue("--outcome", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "replay"})
    void anUnknownOutcomeIsRefusedWithTheValidOnes(String sub) {
        StringWriter err = new StringWriter();
        int exit = VitaeCommand.commandLine().setErr(new PrintWriter(err)).execute("dlq", sub, "--outcome", "CORUPT");
        assertEquals(2, exit, err.toString());
        String message = err.toString();
        assertTrue(message.contains("Invalid value for option '--outcome'"), message);
        assertTrue(message.contains("CORUPT"), message);
        for (DeadLetterOutcome o : DeadLetterOutcome.values()) {
            assertTrue(message.contains(o.name()), "the error lists " + o + ": " + message);
        }
    }
}
