package org.policyflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article of a page saved from a government portal: navigation, scripts, styles, forms and the portal's frame
 * dropped, one line per paragraph, a table row per line with tab-separated cells.
 */
final class HtmlText {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|div|p|table)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Where portals (TRS, 开普云, 政府网站集约化平台) put the article; tried in this order. */
    private static final List<String> ARTICLE = List.of("#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".pages_content",
            "#xxgk_content", ".article-content", ".article_content", ".art_con", "article", ".article", "#content",
            ".content", "main");
    /** An article shorter than this is a teaser or a box of the frame, not the document. */
    private static final int MIN_ARTICLE = 100;
    private static final String FRAME = "script, style, noscript, template, nav, header, footer, aside, iframe, form, "
            + "select, button, input, svg, object, embed";
    /** Bounds of merged cells: real tables have a few columns and tens of rows; a page cannot make them costly. */
    private static final int MAX_COLUMNS = 64;
    private static final int MAX_ROWS = 10_000;
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "blockquote", "pre", "center", "main", "hr", "address",
            "figure", "figcaption", "caption");

    private HtmlText() {
    }

    /** Whether decoded text is markup: it starts, after comments, with a tag a page starts with. */
    static boolean looksLikeHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), 4096)).replace("\uFEFF", "");
        return HTML_START.matcher(start).lookingAt();
    }

    static String read(String html) {
        Document page = Jsoup.parse(html);
        page.select(FRAME).remove();
        PlanDocument.Lines lines = new PlanDocument.Lines();
        StringBuilder line = new StringBuilder();
        // a traversal, not a recursion: a page nested ten thousand deep must not overflow the stack
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("table")) {
                        flush();
                        table(element, lines);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            private void flush() {
                lines.add(line.toString());
                line.setLength(0);
            }
        }, article(page));
        lines.add(line.toString());
        return lines.toString();
    }

    /**
     * A row per line, cells separated by tabs. A cell merged down (rowspan) leaves an empty cell in its column in
     * the rows below, and one merged across (colspan) empty cells after it, so that every column keeps its place.
     */
    private static void table(Element table, PlanDocument.Lines lines) {
        int[] spanning = new int[MAX_COLUMNS];
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : row.select("> td, > th")) {
                while (column < MAX_COLUMNS && spanning[column] > 0) {
                    spanning[column++]--;
                    cells.add("");
                }
                int rows = span(cell, "rowspan", MAX_ROWS);
                int columns = span(cell, "colspan", MAX_COLUMNS);
                cells.add(cell.text().replace('\t', ' '));
                for (int c = 0; c < columns && column < MAX_COLUMNS; c++, column++) {
                    spanning[column] = rows - 1;
                    if (c > 0) {
                        cells.add("");
                    }
                }
            }
            for (; column < MAX_COLUMNS; column++) {
                if (spanning[column] > 0) {
                    spanning[column]--;
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add("");
                }
            }
            lines.row(cells);
        }
    }

    private static int span(Element cell, String attribute, int max) {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(cell.attr(attribute).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The portal's article element if it has one, else the whole body. */
    private static Element article(Document page) {
        for (String selector : ARTICLE) {
            Element candidate = page.selectFirst(selector);
            if (candidate != null && candidate.text().length() >= MIN_ARTICLE) {
                return candidate;
            }
        }
        return page.body() != null ? page.body() : page;
    }
}
