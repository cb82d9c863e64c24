package org.policyflow.simulation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Every choice the simulated people make, each drawn from the seed and a stable key (item, period, body, revision,
 * level) rather than from a shared random stream, so the order in which answers arrive, the number of clients and a
 * restart cannot change the year.
 */
final class Decisions {

    /** How late a contributor is: on time, reminded before the due date, urged after it, or escalated. */
    enum Lateness {
        ON_TIME, REMINDED, URGED, ESCALATED
    }

    private final long seed;

    Decisions(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1) for the key; the same seed and key give the same number. */
    double draw(String... key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            for (String part : key) {
                digest.update((byte) 0);
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            byte[] hash = digest.digest();
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (hash[i] & 0xff);
            }
            return bits / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lead objects to its assignment once in a while (never twice: the office has confirmed it by then). */
    boolean contests(String item) {
        return draw("contest", item) < 0.08;
    }

    Lateness contribution(String item, String period, String body) {
        double p = draw("contribution", item, period, body);
        return p < 0.78 ? Lateness.ON_TIME : p < 0.88 ? Lateness.REMINDED : p < 0.96 ? Lateness.URGED
                : Lateness.ESCALATED;
    }

    /**
     * The lead's figure as a share of what the schedule (序时进度) expects: most items keep up, some lag and a few
     * fall far behind; a revision after a return makes up some of the gap.
     */
    double performance(String item, String period, String target, int revision) {
        double kind = draw("performance", item, period);
        double spread = draw("figure", item, period, target);
        double base = kind < 0.72 ? 0.92 + 0.3 * spread : kind < 0.9 ? 0.62 + 0.25 * spread : 0.3 + 0.25 * spread;
        return base + 0.2 * (revision - 1);
    }

    /** The office returns a report with a reason: often enough that second returns happen, never a third time. */
    boolean returns(String item, String period, int revision) {
        double p = draw("return", item, period, Integer.toString(revision));
        return revision == 1 ? p < 0.2 : revision == 2 && p < 0.3;
    }

    boolean asksExtension(String item, String period) {
        return draw("extension", item, period) < 0.12;
    }

    boolean approvesExtension(String title) {
        return draw("extension-review", title) < 0.7;
    }

    int extensionDays(String item, String period) {
        return 5 + (int) (draw("extension-days", item, period) * 16);
    }

    /** Whether the body answers an escalation notice before its deadline (less often the higher it got). */
    boolean answersRectification(String title, String body) {
        return draw("rectification", title, body) < 0.8;
    }

    boolean acceptsRectification(String title, String body) {
        return draw("check", title, body) < 0.75;
    }

    /** A spread of a few points around the score the final rating suggests. */
    int scoreJitter(String item) {
        return (int) (draw("score", item) * 10);
    }
}
