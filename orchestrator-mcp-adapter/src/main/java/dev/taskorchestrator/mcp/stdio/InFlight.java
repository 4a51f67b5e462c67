package dev.taskorchestrator.mcp.stdio;

import java.time.Duration;

/** Counts the messages being handled, so that a stop can wait until their responses are written. */
final class InFlight {

    private int count;

    synchronized void begin() {
        count++;
    }

    synchronized void end() {
        count--;
        notifyAll();
    }

    /** Waits until nothing is in flight or {@code limit} has passed; returns whether nothing is. */
    synchronized boolean awaitNone(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (count > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return count == 0;
        }
    }
}
