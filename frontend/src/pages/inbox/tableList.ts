import { h, type ComponentChild } from 'preact';
import { useContext } from 'preact/hooks';
import {
  buildExpressionContext,
  Description,
  DynamicList,
  FormContext,
  FormField,
  LocalExpressionContext,
} from '@bpmn-io/form-js-viewer';
import './tableList.css';

type Component = { id: string; key?: string; label?: string; readonly?: boolean };
type ListField = {
  id: string;
  path: string;
  label?: string;
  description?: string;
  components?: Component[];
  properties?: Record<string, string>;
};
type ListProps = { field: ListField; domId: string; indexes?: Record<string, number> } & Record<string, unknown>;
type Row = Record<string, unknown>;

/** Where each list item goes: its row (first-seen order of the rows key), its column, by item index. */
export type Pivot = { rows: string[]; columns: string[]; at: Map<string, number> };

export function pivot(items: Row[], rowKey: string, columnKey: string): Pivot {
  const rows: string[] = [];
  const columns: string[] = [];
  const at = new Map<string, number>();
  items.forEach((item, index) => {
    const row = String(item[rowKey] ?? '');
    const column = String(item[columnKey] ?? '');
    if (!rows.includes(row)) rows.push(row);
    if (!columns.includes(column)) columns.push(column);
    at.set(cellKey(row, column), index);
  });
  return { rows, columns, at };
}

export function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

/**
 * A dynamic list whose custom properties name a `rows` and a `columns` key (the work plan of 签收并制定工作计划:
 * rows = target, columns = period) drawn as a table: one row per distinct row value, one column per distinct column
 * value, and in each cell the item's other fields as ordinary form-js fields (their values, validation and errors
 * stay form-js's own; 审批工作计划变更's are read-only). Any other dynamic list, and every list in Camunda Tasklist,
 * renders as form-js draws it.
 */
function DynamicListOrTable(props: ListProps) {
  const { rows, columns } = props.field.properties ?? {};
  return rows && columns ? h(Table, { ...props, rowKey: rows, columnKey: columns }) : h(DynamicList, props);
}
DynamicListOrTable.config = DynamicList.config;

function Table(props: ListProps & { rowKey: string; columnKey: string }) {
  const { field, domId, indexes, rowKey, columnKey } = props;
  const { getService } = useContext(FormContext);
  const parent = useContext(LocalExpressionContext);
  const items = (getService('form')._getState().data?.[field.path] ?? []) as Row[];
  const components = field.components ?? [];
  // the row and column keys head the table; every other field (editable or read-only) goes into the cell
  const inCells = components.filter((component) => component.key !== rowKey && component.key !== columnKey);
  const header = (key: string) => components.find((component) => component.key === key)?.label ?? key;
  const grid = pivot(items, rowKey, columnKey);

  const cell = (index: number): ComponentChild => {
    const local = {
      data: parent.data,
      this: items[index],
      parent: buildExpressionContext({ ...parent, data: parent.this }),
      i: [...(parent.i ?? []), index + 1],
    };
    const cellIndexes = { ...(indexes ?? {}), [field.id]: index };
    return h(LocalExpressionContext.Provider, { value: local },
      inCells.map((child) => h(FormField, { ...props, key: child.id, field: child, indexes: cellIndexes })));
  };

  return h('div', { class: 'fjs-form-field fjs-form-field-grouplike pf-table-list', role: 'group', 'aria-labelledby': domId }, [
    h('label', { id: domId, class: 'fjs-form-field-label' }, field.label),
    field.description ? h(Description, { description: field.description }) : null,
    h('div', { class: 'pf-table-list-scroll' },
      h('table', null, [
        h('thead', null, h('tr', null, [
          h('th', { scope: 'col' }, header(rowKey)),
          ...grid.columns.map((column) => h('th', { scope: 'col', key: column }, column)),
        ])),
        h('tbody', null, grid.rows.map((row) => h('tr', { key: row }, [
          h('th', { scope: 'row' }, row),
          ...grid.columns.map((column) => {
            const index = grid.at.get(cellKey(row, column));
            return h('td', { key: column, 'data-column': column }, index === undefined ? null : cell(index));
          }),
        ]))),
      ])),
  ]);
}

/** Registers the table drawing of dynamic lists in a form-js viewer (additionalModules). */
class TableList {
  static $inject = ['formFields'];

  constructor(formFields: { register: (type: string, component: unknown) => void }) {
    formFields.register('dynamiclist', DynamicListOrTable);
  }
}

export const tableListModule = { __init__: ['tableList'], tableList: ['type', TableList] };
