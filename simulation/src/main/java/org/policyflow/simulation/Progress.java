package org.policyflow.simulation;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** One line on the terminal (stderr), redrawn after every round: share of the year done, tasks done, rate. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final Instant started = Instant.now();

    Progress(PrintStream out) {
        this.out = out;
    }

    /**
     * @param periodsDone reporting periods finished (item × period) of {@code periods}
     * @param itemsDone   items finished (assessed) of {@code items}
     */
    void show(long periodsDone, long periods, long itemsDone, long items, long tasks, long round) {
        double share = periods + items == 0 ? 1 : (periodsDone + itemsDone) / (double) (periods + items);
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        out.printf("\r[%s%s] %3d%%  报告期 %d/%d  事项 %d/%d  任务 %d (%.1f/s)  第%d轮  %.0fs ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(share * 100), periodsDone, periods, itemsDone,
                items, tasks, tasks / seconds, round, seconds);
        out.flush();
    }

    void done() {
        out.println();
    }
}
