package org.policyflow.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** A seeded generator of broken requests: valid documents with characters flipped, cut, repeated or replaced. */
final class GeneratedJson {

    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true",
            "-1e999", "99999999999999999999", "\\u0000", "\\ud800", "../../etc/passwd", "<!DOCTYPE x [", "&xxe;",
            "\"type\":\"Object\"", "\"type\":\"Json\"", "\"type\":\"Date\"", "\"value\":", "（一）", "苏府办〔2025〕",
            "牵头负责", "\u0000", "\uFFFF", "%s%n", "${7*7}", "'; drop table pf_plan; --");

    private GeneratedJson() {
    }

    static List<String> templates() {
        return List.of("{\"text\":\"苏州市人民政府办公室关于印发测试要点的通知\\n苏府办〔2025〕998号\\n一、重点任务\\n（一）开展测试。\"}",
                "{\"partAcknowledged\":{\"value\":true},\"acknowledgementComment\":{\"value\":\"已签收\"}}",
                "{\"username\":\"nobody-fuzz\",\"password\":\"wrong\"}",
                "{\"text\":\"x\",\"calendarAnchor\":\"ORIGINAL\",\"corrections\":[{\"line\":1,\"value\":\"y\"}]}");
    }

    static String mutate(Random random, String document) {
        StringBuilder text = new StringBuilder(document);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 2 -> text.setLength(at);
                case 3 -> text.insert(at, String.valueOf(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())))
                        .repeat(1 + random.nextInt(50)));
                default -> text.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    static byte[] planText(Random random) {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            return bytes;
        }
        return mutate(random, "苏州市人民政府办公室关于印发测试要点的通知\n苏府办〔2025〕997号\n一、重点任务\n（一）开展测试。年内不少于300家。（市发展改革委牵头负责）\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
