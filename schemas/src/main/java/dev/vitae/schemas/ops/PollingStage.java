package dev.vitae.schemas.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StageService} whose work is one poll loop on a thread of its own (the extractor, the
 * sink): {@link #start()} starts the thread once, {@link #awaitStopped()} joins it and rethrows
 * what ended the loop, so that a command exits non-zero when its stage failed.
 */
public abstract class PollingStage implements StageService {
    private static final Logger LOG = LoggerFactory.getLogger(PollingStage.class);

    private final String stage;
    private final Thread thread;
    private volatile Throwable failure;

    protected PollingStage(String stage) {
        this.stage = stage;
        this.thread = new Thread(this::runLoop, "vitae-" + stage);
    }

    /** The stage's work: returns when asked to stop (by {@link #close()}), throws when it cannot go on. */
    protected abstract void pollLoop();

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
    public final void awaitStopped() throws InterruptedException {
        thread.join();
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException(thread.getName() + " stopped on an error: " + f, f);
        }
    }
}
