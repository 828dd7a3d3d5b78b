package dev.vitae.schemas.ops;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StageService} whose work is one poll loop on a thread of its own (the extractor, the
 * sink): {@link #start()} starts the thread once, {@link #awaitStopped()} joins it and rethrows
 * what ended the loop, so that a command exits non-zero when its stage failed. {@link #close()}
 * asks the loop to stop ({@link #isRunning()} turns false), gives it {@link #STOP_GRACE} to finish
 * its batch and commit, and then interrupts its poll.
 */
public abstract class PollingStage implements StageService {
    private static final Logger LOG = LoggerFactory.getLogger(PollingStage.class);

    /** How long {@link #close()} lets the loop finish its batch (a transaction, a store commit) before it interrupts the poll. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String stage;
    private final Duration stopGrace;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    protected PollingStage(String stage) {
        this(stage, STOP_GRACE);
    }

    protected PollingStage(String stage, Duration stopGrace) {
        this.stage = stage;
        this.stopGrace = stopGrace;
        this.thread = new Thread(this::runLoop, "vitae-" + stage);
    }

    /** The stage's work: returns once {@link #isRunning()} is false, throws when it cannot go on. */
    protected abstract void pollLoop();

    /** Makes a poll in progress return at once (a consumer's {@code wakeup()}): the loop is past its grace. */
    protected abstract void interruptPoll();

    /** Releases what the constructor took, when the loop never started (it releases its own otherwise). */
    protected void closeUnstarted() {}

    /** False once {@link #close()} was called: the loop finishes its batch and returns. */
    protected final boolean isRunning() {
        return running;
    }

    private void runLoop() {
        try {
            pollLoop();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("{} stopped on an error", stage, e);
        }
    }

    @Override
    public final String stage() {
        return stage;
    }

    @Override
    public final synchronized void start() {
        if (isStarted()) {
            throw new IllegalStateException(stage + " already started");
        }
        thread.start();
    }

    protected final boolean isStarted() {
        return thread.getState() != Thread.State.NEW;
    }

    @Override
    public final boolean isAlive() {
        return thread.isAlive();
    }

    @Override
    public final synchronized void close() {
        running = false;
        if (!isStarted()) {
            closeUnstarted();
            return;
        }
        try {
            thread.join(stopGrace.toMillis());
            if (thread.isAlive()) {
                interruptPoll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final void awaitStopped() throws InterruptedException {
        thread.join();
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException(thread.getName() + " stopped on an error: " + f, f);
        }
    }
}
