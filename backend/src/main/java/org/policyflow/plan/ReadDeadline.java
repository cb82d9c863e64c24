package org.policyflow.plan;

import java.time.Duration;

/**
 * When a read of a plan text gives up. The reader runs in time linear in its text, so this only bounds what a
 * request can cost if that ever stops being true; it is checked once per line, block, note and target, which costs
 * nothing next to the work between the checks. An interrupted thread (server shutting down) gives up too.
 */
final class ReadDeadline {

    /** For the command line and the seed import: the operator's own files, read to the end. */
    static final ReadDeadline NONE = new ReadDeadline(null, 0);

    private final Duration limit;
    private final long endsAtNanos;

    private ReadDeadline(Duration limit, long endsAtNanos) {
        this.limit = limit;
        this.endsAtNanos = endsAtNanos;
    }

    static ReadDeadline after(Duration limit) {
        return new ReadDeadline(limit, System.nanoTime() + limit.toNanos());
    }

    /** @throws PlanTooComplexException once the deadline has passed or the thread was interrupted */
    void check() {
        if (limit != null && (System.nanoTime() - endsAtNanos > 0 || Thread.currentThread().isInterrupted())) {
            throw new PlanTooComplexException(limit);
        }
    }
}
