package dev.vitae.schemas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The lifecycle a polling stage gets from {@link PollingStage}: start once, liveness, a clean end or the failure that ended it. */
class PollingStageTest {

    /** A stage whose loop runs {@code work}; its poll is "interrupted" by counting {@code interrupted} down. */
    private static class Stage extends PollingStage {
        final CountDownLatch interrupted = new CountDownLatch(1);
        private final Runnable work;

        Stage(Runnable work) {
            super("test", Duration.ofMillis(200));
            this.work = work;
        }

        @Override
        protected void pollLoop() {
            work.run();
        }

        @Override
        protected void interruptPoll() {
            interrupted.countDown();
        }

        @Override
        public boolean isReady() {
            return isAlive();
        }

        @Override
        public Optional<String> notReadyReason() {
            return Optional.empty();
        }

        @Override
        public StageMetrics metrics() {
            return new StageMetrics(new SimpleMeterRegistry(), "test");
        }
    }

    /** A loop that polls until asked to stop, as the extractor's and the sink's do. */
    private static final class PollingUntilClosed extends Stage {

        PollingUntilClosed() {
            super(null);
        }

        @Override
        protected void pollLoop() {
            while (isRunning()) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void closeStopsALoopThatChecksIsRunningWithoutInterruptingItsPoll() throws Exception {
        PollingUntilClosed s = new PollingUntilClosed();
        s.start();
        s.close();
        assertFalse(s.isAlive(), "stopped within the grace");
        assertEquals(1, s.interrupted.getCount(), "a loop that stops in its grace is not interrupted");
        s.awaitStopped();
    }

    @Test
    void aLoopStillBusyAfterTheGraceHasItsPollInterrupted() throws Exception {
        Stage[] self = {null};
        Stage s = new Stage(() -> {
            try {
                self[0].interrupted.await(); // a poll that only the interruption ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        self[0] = s;
        s.start();
        s.close();
        s.awaitStopped();
        assertEquals(0, s.interrupted.getCount(), "interrupted after the grace");
    }

    @Test
    void closingAStageThatNeverStartedIsSafe() {
        Stage s = new Stage(() -> {});
        s.close();
        assertFalse(s.isAlive());
        assertEquals(1, s.interrupted.getCount());
    }

    @Test
    void aLoopThatEndsCleanlyIsAwaitedWithoutErrorAndStartsOnlyOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Stage s = new Stage(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertFalse(s.isAlive(), "not alive before start");
        s.start();
        assertTrue(s.isAlive(), "alive until the loop returns");
        assertThrows(IllegalStateException.class, s::start, "a second start is refused");
        go.countDown();
        s.awaitStopped();
        assertFalse(s.isAlive());
    }

    @Test
    void theFailureThatEndedTheLoopIsThrownToTheWaiter() {
        IllegalArgumentException cause = new IllegalArgumentException("store gone");
        Stage s = new Stage(() -> {
            throw cause;
        });
        s.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, s::awaitStopped);
        assertSame(cause, e.getCause(), "the cause is kept, so the command's exit names it");
        assertTrue(e.getMessage().contains("vitae-test"), e.getMessage());
    }

    @Test
    void anErrorIsThrownToTheWaiterToo() {
        Stage s = new Stage(() -> {
            throw new OutOfMemoryError("simulated");
        });
        s.start();
        assertThrows(IllegalStateException.class, s::awaitStopped);
    }
}
