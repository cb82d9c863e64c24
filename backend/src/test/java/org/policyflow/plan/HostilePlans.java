package org.policyflow.plan;

/** Plan texts built to make a reader that rescans its input take quadratic time or overflow its stack. */
final class HostilePlans {

    static final String HEADER = "测试市2025年工作方案\n测政办〔2025〕1号\n一、重点任务\n";

    private HostilePlans() {
    }

    /** One item whose responsibility note holds an aside nested {@code depth} brackets deep. */
    static String deepNote(int depth) {
        return HEADER + "（一）推进测试工作，建成10个站点。（市商务局牵头" + "（".repeat(depth) + "附注"
                + "）".repeat(depth) + "）\n";
    }

    /** {@code count} numbered items, each with its note and a target, numbered 1. to 999. and round again. */
    static String manyItems(int count) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            text.append(i % 999 + 1).append(".推进第").append(i).append("项工作，建成10个。（市商务局牵头）\n");
        }
        return text.toString();
    }

    /** One item followed by {@code count} lines of its own, each a sentence with a target: 100,000 fit in 1 MB. */
    static String manyLines(int count) {
        StringBuilder text = new StringBuilder(HEADER).append("（一）推进测试工作。（市商务局牵头）\n");
        for (int i = 0; i < count; i++) {
            text.append("年内建成1个\n");
        }
        return text.toString();
    }

    /** Brackets of both widths left open or closed without an opener, {@code count} times, before the note. */
    static String unbalanced(int count) {
        return HEADER + "（一）推进测试工作" + "）(（甲】〈".repeat(count) + "，建成10个站点。（市商务局牵头）\n";
    }
}
