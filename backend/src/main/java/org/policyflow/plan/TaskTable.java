package org.policyflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A task-division table (任务分工表, 重点任务清单) in the text: a header row naming at least the task and the lead
 * (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限), then a row per item. Every format gives a table as a row
 * per line with tab-separated cells (a .txt may carry one that way too). Merged cells come as empty ones below the
 * first: the number, task and lead are carried down into an empty cell; the other columns only in a row that goes
 * on with the task above (its number and task empty), since an empty supporting or deadline cell may just be empty.
 */
final class TaskTable {

    /**
     * One row as written, after merged cells were carried down; null where the table has no such column.
     *
     * @param note the row's bodies as a responsibility note: 牵头单位：A；配合单位：B, or 责任单位：A、B when the table's
     *             column says 责任单位 (the first named leads)
     */
    record Row(int line, String number, String task, String measures, String note, String deadline) {
    }

    /** The rows found and the (0-based) lines the tables take, which are no part of the body text. */
    record Found(List<Row> rows, boolean[] tableLines) {
    }

    private enum Column { NUMBER, TASK, MEASURES, LEAD, SUPPORTING, DEADLINE }

    private static final Pattern NUMBER = Pattern.compile("^(序号|编号)$");
    private static final Pattern TASK = Pattern.compile("重点任务|主要任务|工作任务|任务名称|任务内容|^任务$|工作内容|重点工作|^事项$");
    private static final Pattern MEASURES = Pattern.compile("具体措施|工作措施|主要措施|^措施$|具体内容|工作要求|目标要求");
    private static final Pattern LEAD = Pattern.compile("牵头单位|牵头部门|责任单位|责任部门|主责单位|责任主体");
    private static final Pattern SUPPORTING = Pattern.compile("配合单位|配合部门|协同单位|协办单位|参与单位");
    private static final Pattern DEADLINE = Pattern.compile("完成时限|完成时间|时间节点|时限");

    private TaskTable() {
    }

    static Found find(String[] lines, ReadDeadline deadline) {
        List<Row> rows = new ArrayList<>();
        boolean[] tableLines = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\t') < 0) {
                continue;
            }
            deadline.check();
            String[] headings = cells(lines[i]);
            Column[] columns = header(headings);
            if (columns == null) {
                continue;
            }
            String leadLabel = headings[index(columns, Column.LEAD)].startsWith("牵头") ? "牵头单位：" : "责任单位：";
            tableLines[i] = true;
            String[] above = new String[columns.length];
            int next = i + 1;
            for (; next < lines.length && lines[next].indexOf('\t') >= 0; next++) {
                deadline.check();
                tableLines[next] = true;
                String[] cells = cells(lines[next]);
                if (header(cells) != null) {
                    // the header again, as a table continued on the next page repeats it
                    continue;
                }
                boolean continues = cell(cells, index(columns, Column.NUMBER)).isEmpty()
                        && cell(cells, index(columns, Column.TASK)).isEmpty();
                for (int c = 0; c < columns.length; c++) {
                    String cell = cell(cells, c);
                    boolean merged = continues || columns[c] == Column.NUMBER || columns[c] == Column.TASK
                            || columns[c] == Column.LEAD;
                    if (cell.isEmpty() && merged && above[c] != null) {
                        cell = above[c];
                    }
                    above[c] = cell;
                }
                String task = value(columns, above, Column.TASK);
                if (task != null && !task.isEmpty()) {
                    String supporting = value(columns, above, Column.SUPPORTING);
                    String note = leadLabel + value(columns, above, Column.LEAD)
                            + (supporting == null || supporting.isEmpty() ? "" : "；配合单位：" + supporting);
                    rows.add(new Row(next + 1, value(columns, above, Column.NUMBER), task,
                            value(columns, above, Column.MEASURES), note, value(columns, above, Column.DEADLINE)));
                }
            }
            i = next - 1;
        }
        return new Found(rows, tableLines);
    }

    private static String cell(String[] cells, int at) {
        return at >= 0 && at < cells.length ? cells[at] : "";
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        return cells;
    }

    /** The columns of a header row, or null if the row names no task and no lead. */
    private static Column[] header(String[] cells) {
        Column[] columns = new Column[cells.length];
        boolean task = false;
        boolean lead = false;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell.length() > 12) {
                return null;
            }
            if (NUMBER.matcher(cell).find()) {
                columns[c] = Column.NUMBER;
            } else if (SUPPORTING.matcher(cell).find()) {
                columns[c] = Column.SUPPORTING;
            } else if (LEAD.matcher(cell).find()) {
                columns[c] = Column.LEAD;
                lead = true;
            } else if (MEASURES.matcher(cell).find()) {
                columns[c] = Column.MEASURES;
            } else if (TASK.matcher(cell).find()) {
                columns[c] = Column.TASK;
                task = true;
            } else if (DEADLINE.matcher(cell).find()) {
                columns[c] = Column.DEADLINE;
            }
        }
        return task && lead ? columns : null;
    }

    private static String value(Column[] columns, String[] cells, Column column) {
        int at = index(columns, column);
        return at < 0 ? null : cells[at];
    }

    private static int index(Column[] columns, Column column) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == column) {
                return c;
            }
        }
        return -1;
    }
}
