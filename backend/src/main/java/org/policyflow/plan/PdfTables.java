package org.policyflow.plan;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

/**
 * The ruled tables of a PDF page, as Word, WPS and browsers print a 任务分工表: the rules they draw (thin filled
 * rectangles or stroked lines) give the columns and rows; a rule missing between two cells merges them. Each glyph of
 * the text layer goes into the cell it stands in, the lines a narrow cell wrapped its text into joined again, so that a
 * table comes out as the other formats give it: a row per line, tab-separated cells, a cell merged down (rowspan) with
 * its text in its first row and empty below, one merged across (colspan) followed by empty cells.
 */
final class PdfTables {

    /** How far apart two rules may be and still be one (the printers draw a cell's edges one by one). */
    private static final float NEAR = 2f;
    /** Rules are thinner than this; a filled rectangle that is thicker is a shading, not a rule. */
    private static final float THIN = 3f;
    /** A page drawing more rules than this is a chart or a drawing: it is not searched for tables (and stays cheap). */
    private static final int MAX_RULES = 2_000;

    /**
     * A rule in page coordinates from the top left, as the text positions are: horizontal at y = {@code at} from x =
     * {@code from} to {@code to}, or vertical at x = {@code at} from y = {@code from} to {@code to}.
     */
    private record Rule(boolean horizontal, float at, float from, float to) {
        boolean crosses(Rule other) {
            if (horizontal == other.horizontal) {
                return Math.abs(at - other.at) <= NEAR && from <= other.to + NEAR && other.from <= to + NEAR;
            }
            return other.at >= from - NEAR && other.at <= to + NEAR && at >= other.from - NEAR && at <= other.to + NEAR;
        }
    }

    /**
     * A ruled grid: the x of its column rules, the y of its row rules, and where a rule is drawn: {@code above[r][c]}
     * whether one runs over column c at the top of row r, {@code before[c][r]} whether one runs down row r at the left
     * of column c.
     */
    static final class Table {
        private final float[] xs;
        private final float[] ys;
        private final boolean[][] above;
        private final boolean[][] before;

        private Table(float[] xs, float[] ys, List<Rule> rules) {
            this.xs = xs;
            this.ys = ys;
            above = new boolean[ys.length][xs.length - 1];
            before = new boolean[xs.length][ys.length - 1];
            for (Rule rule : rules) {
                float[] along = rule.horizontal() ? xs : ys;
                boolean[] drawn = rule.horizontal() ? above[nearest(ys, rule.at())] : before[nearest(xs, rule.at())];
                for (int i = 0; i < drawn.length; i++) {
                    float middle = (along[i] + along[i + 1]) / 2;
                    drawn[i] |= rule.from() <= middle && rule.to() >= middle;
                }
            }
        }

        boolean contains(TextPosition glyph) {
            float x = centreX(glyph);
            float y = centreY(glyph);
            return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
        }

        float left() {
            return xs[0];
        }

        float right() {
            return xs[xs.length - 1];
        }

        /** The rows of the table that have text, with the text of the glyphs standing in their cells. */
        List<List<String>> rows(List<TextPosition> glyphs) {
            int columns = xs.length - 1;
            SortedMap<Integer, List<List<TextPosition>>> cells = new TreeMap<>();
            for (TextPosition glyph : glyphs) {
                int r = slot(ys, centreY(glyph));
                int c = slot(xs, centreX(glyph));
                if (r < 0 || c < 0) {
                    continue;
                }
                // up and to the left to where the merged cell begins: its text belongs to its first row and column
                while (r > 0 && !above[r][c] || c > 0 && !before[c][r]) {
                    if (r > 0 && !above[r][c]) {
                        r--;
                    } else {
                        c--;
                    }
                }
                cells.computeIfAbsent(r, row -> Stream.generate(() -> new ArrayList<TextPosition>()).limit(columns)
                        .collect(Collectors.toList())).get(c).add(glyph);
            }
            return cells.values().stream().map(row -> row.stream().map(PdfTables::text).toList()).toList();
        }
    }

    private PdfTables() {
    }

    /** The ruled tables of a page that have two columns at least (a box around a paragraph is no table). */
    static List<Table> of(PDPage page) throws IOException {
        List<Rule> rules = rules(page);
        if (rules.size() > MAX_RULES) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        for (List<Rule> grid : connected(rules)) {
            float[] xs = positions(grid, false);
            float[] ys = positions(grid, true);
            if (xs.length >= 3 && ys.length >= 2) {
                tables.add(new Table(xs, ys, grid));
            }
        }
        return tables;
    }

    /** Groups of rules that touch or cross each other, each one a grid. */
    private static List<List<Rule>> connected(List<Rule> rules) {
        int[] group = new int[rules.size()];
        Arrays.setAll(group, i -> i);
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).crosses(rules.get(j))) {
                    int a = root(group, i);
                    int b = root(group, j);
                    group[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        List<List<Rule>> grids = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            int root = root(group, i);
            int at = roots.indexOf(root);
            if (at < 0) {
                roots.add(root);
                grids.add(new ArrayList<>());
                at = grids.size() - 1;
            }
            grids.get(at).add(rules.get(i));
        }
        return grids;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    /** The distinct positions of the horizontal or the vertical rules, near ones taken as one. */
    private static float[] positions(List<Rule> rules, boolean horizontal) {
        float[] all = new float[rules.size()];
        int n = 0;
        for (Rule rule : rules) {
            if (rule.horizontal() == horizontal) {
                all[n++] = rule.at();
            }
        }
        Arrays.sort(all, 0, n);
        float[] distinct = new float[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || all[i] - distinct[d - 1] > NEAR) {
                distinct[d++] = all[i];
            }
        }
        return Arrays.copyOf(distinct, d);
    }

    /** The index of the position nearest to the value. */
    private static int nearest(float[] positions, float value) {
        int nearest = 0;
        for (int i = 1; i < positions.length; i++) {
            if (Math.abs(positions[i] - value) < Math.abs(positions[nearest] - value)) {
                nearest = i;
            }
        }
        return nearest;
    }

    /** The index of the slot between two positions that holds the value, or -1 outside. */
    private static int slot(float[] positions, float value) {
        int found = Arrays.binarySearch(positions, value);
        int slot = found >= 0 ? found : -found - 2;
        return slot >= 0 && slot < positions.length - 1 ? slot : -1;
    }

    private static float centreX(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
    }

    private static float centreY(TextPosition glyph) {
        return glyph.getYDirAdj() - glyph.getHeightDir() / 2;
    }

    /**
     * The text of a cell: its glyphs in lines from the top, each line from the left, the lines joined without a break
     * (a space only between two Latin letters or digits, where a wrapped English text had one).
     */
    private static String text(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        StringBuilder text = new StringBuilder();
        int start = 0;
        while (start < sorted.size()) {
            float baseline = sorted.get(start).getYDirAdj();
            float half = Math.max(1f, sorted.get(start).getHeightDir() / 2);
            int end = start;
            while (end < sorted.size() && sorted.get(end).getYDirAdj() - baseline <= half) {
                end++;
            }
            List<TextPosition> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            TextPosition previous = null;
            for (TextPosition glyph : line) {
                String unicode = glyph.getUnicode();
                boolean apart = previous == null || glyph.getXDirAdj()
                        > previous.getXDirAdj() + previous.getWidthDirAdj() + glyph.getFontSizeInPt() / 4;
                if (apart && !unicode.isEmpty() && !text.isEmpty() && PdfText.latin(text.charAt(text.length() - 1))
                        && PdfText.latin(unicode.charAt(0))) {
                    text.append(' ');
                }
                text.append(unicode);
                previous = glyph;
            }
            start = end;
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The rules a page draws; its text (and the glyphs of Type 3 fonts, drawn as paths) is not looked at. */
    private static List<Rule> rules(PDPage page) throws IOException {
        RuleCollector collector = new RuleCollector(page);
        collector.processPage(page);
        return collector.rules;
    }

    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        private static final Set<String> TEXT_OPERATORS = Set.of("BT", "ET", "Tf", "Tj", "TJ", "'", "\"", "Td", "TD",
                "Tm", "T*", "Tc", "Tw", "Tz", "TL", "Tr", "Ts", "d0", "d1");
        final List<Rule> rules = new ArrayList<>();
        /** The subpaths of the current path, each a list of points in page coordinates from the top left. */
        private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
        private final Function<Point2D, Point2D.Float> toPage;
        private Point2D.Float current = new Point2D.Float();

        RuleCollector(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            toPage = point -> new Point2D.Float((float) point.getX() - box.getLowerLeftX(),
                    box.getUpperRightY() - (float) point.getY());
        }

        /** Text is left to the text stripper: its operators are skipped, so that no font is loaded again. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (!TEXT_OPERATORS.contains(operator.getName())) {
                super.processOperator(operator, operands);
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            subpaths.add(new ArrayList<>(List.of(toPage.apply(p0), toPage.apply(p1), toPage.apply(p2),
                    toPage.apply(p3), toPage.apply(p0))));
            current = toPage.apply(p0);
        }

        @Override
        public void moveTo(float x, float y) {
            current = toPage.apply(new Point2D.Float(x, y));
            subpaths.add(new ArrayList<>(List.of(current)));
        }

        @Override
        public void lineTo(float x, float y) {
            current = toPage.apply(new Point2D.Float(x, y));
            if (subpaths.isEmpty()) {
                subpaths.add(new ArrayList<>());
            }
            subpaths.get(subpaths.size() - 1).add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // a curve is no rule: what the subpath drew up to it is left out, and it goes on from the curve's end
            if (!subpaths.isEmpty()) {
                subpaths.get(subpaths.size() - 1).clear();
            }
            current = toPage.apply(new Point2D.Float(x3, y3));
            subpaths.add(new ArrayList<>(List.of(current)));
        }

        @Override
        public Point2D getCurrentPoint() {
            PDRectangle box = getPage().getCropBox();
            return new Point2D.Float(current.x + box.getLowerLeftX(), box.getUpperRightY() - current.y);
        }

        @Override
        public void closePath() {
            if (!subpaths.isEmpty() && !subpaths.get(subpaths.size() - 1).isEmpty()) {
                List<Point2D.Float> subpath = subpaths.get(subpaths.size() - 1);
                subpath.add(subpath.get(0));
            }
        }

        @Override
        public void endPath() {
            subpaths.clear();
        }

        /** A filled subpath thin in one direction is a rule. */
        @Override
        public void fillPath(int windingRule) {
            for (List<Point2D.Float> subpath : subpaths) {
                if (subpath.size() < 2) {
                    continue;
                }
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                for (Point2D.Float point : subpath) {
                    left = Math.min(left, point.x);
                    right = Math.max(right, point.x);
                    top = Math.min(top, point.y);
                    bottom = Math.max(bottom, point.y);
                }
                add(left, right, top, bottom);
            }
            subpaths.clear();
        }

        /** Each straight edge of a stroked subpath is a rule: a cell drawn as a stroked rectangle gives four. */
        @Override
        public void strokePath() {
            for (List<Point2D.Float> subpath : subpaths) {
                for (int i = 0; i + 1 < subpath.size(); i++) {
                    Point2D.Float a = subpath.get(i);
                    Point2D.Float b = subpath.get(i + 1);
                    add(Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y));
                }
            }
            subpaths.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<Point2D.Float>> path = List.copyOf(subpaths);
            fillPath(windingRule);
            subpaths.addAll(path);
            strokePath();
        }

        private void add(float left, float right, float top, float bottom) {
            float width = right - left;
            float height = bottom - top;
            if (rules.size() > MAX_RULES || Math.min(width, height) > THIN || Math.max(width, height) < 2 * THIN) {
                return;
            }
            rules.add(width > height ? new Rule(true, (top + bottom) / 2, left, right)
                    : new Rule(false, (left + right) / 2, top, bottom));
        }

        @Override
        public void clip(int windingRule) {
            // the path that clips is ended by endPath
        }

        @Override
        public void drawImage(PDImage image) {
            // images are no rules
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // shadings are no rules
        }
    }
}
