package dev.vitae.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.ingest.http.UploadStages.Stage;
import dev.vitae.ingest.http.UploadStages.Trail;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadStagesTest {
    private static final UploadStages.DeadLetter UP = new UploadStages.DeadLetter("resumes.uploaded.dlq", "extractor", "CORRUPT", "bad");
    private static final UploadStages.DeadLetter EX = new UploadStages.DeadLetter("resumes.extracted.dlq", "enricher", "EMPTY", "blank");
    private static final UploadStages.DeadLetter PR = new UploadStages.DeadLetter("profiles.parsed.dlq", "sink", "STORE_REJECTED", "db");

    /** uploaded, extracted, parsed, uploaded.dlq, extracted.dlq, parsed.dlq, stored → stage (null: unknown), dead letter topic */
    static Stream<Arguments> trails() {
        return Stream.of(
                Arguments.of(0, 0, 0, 0, 0, 0, false, null, null),
                Arguments.of(0, 0, 0, 0, 0, 0, true, Stage.STORED, null),
                Arguments.of(1, 0, 0, 0, 0, 0, false, Stage.UPLOADED, null),
                Arguments.of(1, 1, 0, 0, 0, 0, false, Stage.EXTRACTED, null),
                Arguments.of(1, 1, 1, 0, 0, 0, false, Stage.PARSED, null),
                Arguments.of(1, 1, 1, 0, 0, 0, true, Stage.STORED, null),
                Arguments.of(1, 0, 0, 1, 0, 0, false, Stage.DEAD_LETTERED, UP),
                Arguments.of(1, 1, 0, 0, 1, 0, false, Stage.DEAD_LETTERED, EX),
                Arguments.of(1, 1, 1, 0, 0, 1, false, Stage.DEAD_LETTERED, PR),
                // replayed after a dead letter at extraction: waiting again, then extracted
                Arguments.of(2, 0, 0, 1, 0, 0, false, Stage.UPLOADED, null),
                Arguments.of(2, 1, 0, 1, 0, 0, false, Stage.EXTRACTED, null),
                Arguments.of(2, 0, 0, 2, 0, 0, false, Stage.DEAD_LETTERED, UP),
                // uploaded twice, the second copy still waiting
                Arguments.of(2, 1, 1, 0, 0, 0, false, Stage.UPLOADED, null),
                // a sink dead letter replayed into profiles.parsed and not stored yet
                Arguments.of(1, 1, 2, 0, 0, 1, false, Stage.PARSED, null));
    }

    @ParameterizedTest
    @MethodSource("trails")
    void theStageFollowsFromTheCounts(int up, int ex, int pa, int upDlq, int exDlq, int paDlq, boolean stored, Stage expected,
                                      UploadStages.DeadLetter expectedDead) {
        Map<String, UploadStages.DeadLetter> dead = new java.util.HashMap<>();
        if (upDlq > 0) {
            dead.put(UP.topic(), UP);
        }
        if (exDlq > 0) {
            dead.put(EX.topic(), EX);
        }
        if (paDlq > 0) {
            dead.put(PR.topic(), PR);
        }
        Trail t = new Trail(up, ex, pa, upDlq, exDlq, paDlq, "cv.pdf", dead);
        assertEquals(Optional.ofNullable(expected), UploadStages.decide(stored, t));
        if (expected == Stage.DEAD_LETTERED) {
            assertEquals(expectedDead, UploadStages.deadLetterOf(t));
        }
    }
}
