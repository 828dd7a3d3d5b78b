package dev.vitae.schemas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.VitaeHeaders;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, 01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, 00",
            // a later version is read by its first four fields, extra fields ignored (W3C §4.3)
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, 01",
    })
    void validValuesAreRead(String value, String trace, String span, String flags) {
        assertEquals(Optional.of(new Traceparent(trace, span, flags)), Traceparent.parse(value));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "garbage",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", // upper case hex
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero parent id
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // forbidden version
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", // version 00 has exactly four fields
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", // short trace id
    })
    void invalidValuesAreRefused(String value) {
        assertEquals(Optional.empty(), Traceparent.parse(value));
    }

    @Test
    void aChildKeepsTheTraceAndFlagsWithANewSpan() {
        Traceparent parent = Traceparent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").orElseThrow();
        Traceparent child = parent.child();
        assertEquals(parent.traceId(), child.traceId());
        assertEquals(parent.flags(), child.flags());
        assertNotEquals(parent.spanId(), child.spanId());
        assertEquals(Optional.of(child), Traceparent.parse(child.toString()), "what a stage writes, the next one reads");
    }

    @Test
    void aNewRootIsValidSampledAndUnique() {
        Traceparent a = Traceparent.newRoot(), b = Traceparent.newRoot();
        assertEquals(Optional.of(a), Traceparent.parse(a.toString()));
        assertEquals("01", a.flags());
        assertNotEquals(a.traceId(), b.traceId());
    }

    @Test
    void ensureKeepsAValidHeaderAndReplacesAMissingOrInvalidOne() {
        RecordHeaders headers = new RecordHeaders();
        VitaeHeaders.put(headers, VitaeHeaders.TRACEPARENT, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", Traceparent.ensure(headers).traceId());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", VitaeHeaders.get(headers, VitaeHeaders.TRACEPARENT));

        RecordHeaders none = new RecordHeaders();
        Traceparent root = Traceparent.ensure(none);
        assertEquals(root.toString(), VitaeHeaders.get(none, VitaeHeaders.TRACEPARENT));

        RecordHeaders bad = new RecordHeaders();
        VitaeHeaders.put(bad, VitaeHeaders.TRACEPARENT, "not-a-trace");
        Traceparent replaced = Traceparent.ensure(bad);
        assertEquals(replaced.toString(), VitaeHeaders.get(bad, VitaeHeaders.TRACEPARENT));
        assertTrue(Traceparent.of(bad).isPresent());
    }
}
