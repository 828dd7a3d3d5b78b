package dev.vitae.app.drills;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/** Polling waits for the drills: every wait has a deadline and says what it waited for. */
final class Await {
    private Await() {}

    static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code counter} has not moved for {@code quiet}, and returns its value. */
    static long quiet(LongSupplier counter, Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = counter.getAsLong();
        long since = System.nanoTime();
        while (System.nanoTime() - since < quiet.toNanos()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("counter still moving after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
            long now = counter.getAsLong();
            if (now != last) {
                last = now;
                since = System.nanoTime();
            }
        }
        return last;
    }
}
