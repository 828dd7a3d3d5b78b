package dev.vitae.schemas.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The lifecycle a polling stage gets from {@link PollingStage}: start once, liveness, a clean end or the failure that ended it. */
class PollingStageTest {

    /** A stage whose loop runs {@code work}. */
    private static final class Stage extends PollingStage {
        private final Runnable work;

        Stage(Runnable work) {
            super("test");
            this.work = work;
        }

        @Override
        protected void pollLoop() {
            work.run();
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

        @Override
        public void close() {}
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
