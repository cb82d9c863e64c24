package org.policyflow.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of the item search index (pf_item_term): every character and every pair of adjacent characters of a
 * text. A text contains a query only if it holds all of the query's terms, so the index narrows the items to a few
 * candidates, which are then checked against the query itself.
 */
final class ItemTerms {

    private ItemTerms() {
    }

    /** Every term of the texts (title, label, business key), each text on its own: no pair spans two of them. */
    static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int[] points = text.codePoints().toArray();
            for (int i = 0; i < points.length; i++) {
                terms.add(new String(points, i, 1));
                if (i + 1 < points.length) {
                    terms.add(new String(points, i, 2));
                }
            }
        }
        return terms;
    }

    /** What a text containing the query must hold: its pairs of adjacent characters, or its one character. */
    static List<String> ofQuery(String query) {
        int[] points = query.codePoints().toArray();
        if (points.length == 1) {
            return List.of(query);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return List.copyOf(pairs);
    }
}
