import i18n from '../../i18n';

type Component = { id?: string; key?: string; label?: string; readonly?: unknown; validate?: { maxLength?: unknown };
  type?: string; disableCollapse?: boolean; components?: Component[] };
type Schema = { components?: Component[] };

/**
 * The schema with every dynamic list unfolded: form-js folds a list after five rows behind an English button it does
 * not translate, and a folded row could hide an error; the workbench never folds.
 */
export function withoutFolds(schema: unknown): unknown {
  const unfold = (component: Component): Component => ({
    ...component,
    ...(component.type === 'dynamiclist' ? { disableCollapse: true } : {}),
    ...(component.components ? { components: component.components.map(unfold) } : {}),
  });
  const form = schema as Schema;
  return { ...form, components: (form?.components ?? []).map(unfold) };
}

/** form-js's errors: messages by field id; inside a dynamic list, by field id and then row index. */
export type FormErrors = Record<string, unknown>;

/** A field as form-js tells its instances apart: its id and, inside a dynamic list, its row (0-based). */
export type FieldRef = { fieldId: string; row: number | null };

/** One error of the form as the summary beside the submit button names it. */
export type ListedError = FieldRef & { name: string; message: string };

const isMessages = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((message) => typeof message === 'string');

/**
 * The form's errors in the order its fields are shown (row by row inside a dynamic list), each named by its label
 * and, in a list, by the list's label and row number.
 */
export function listErrors(errors: FormErrors, schema: unknown): ListedError[] {
  const collect = (components: Component[], list: string): ListedError[] => {
    const listed: ListedError[] = [];
    const rows = new Map<number, ListedError[]>();
    for (const component of components) {
      const found = component.id ? errors[component.id] : undefined;
      const label = component.label ?? component.key ?? component.id ?? '';
      if (isMessages(found) && found.length) {
        listed.push({ fieldId: component.id!, row: null, name: label, message: found.join(' ') });
      } else if (found && typeof found === 'object') {
        for (const [index, messages] of Object.entries(found)) {
          if (!isMessages(messages) || !messages.length) continue;
          const row = Number(index);
          const name = i18n.t('inbox:form.rowField', { list, row: row + 1, field: label });
          rows.set(row, [...(rows.get(row) ?? []), { fieldId: component.id!, row, name, message: messages.join(' ') }]);
        }
      }
      if (component.components) listed.push(...collect(component.components, component.label ?? list));
    }
    [...rows.keys()].sort((a, b) => a - b).forEach((row) => listed.push(...rows.get(row)!));
    return listed;
  };
  return collect((schema as Schema)?.components ?? [], '');
}

/** The errors with {@code messages} at the field (none: the field's errors removed); a new object. */
export function withFieldError(errors: FormErrors, ref: FieldRef, messages: string[] | null): FormErrors {
  const next: FormErrors = { ...errors };
  if (ref.row === null) {
    if (messages) next[ref.fieldId] = messages;
    else delete next[ref.fieldId];
    return next;
  }
  const rows = { ...((errors[ref.fieldId] as Record<number, string[]> | undefined) ?? {}) };
  if (messages) rows[ref.row] = messages;
  else delete rows[ref.row];
  if (Object.keys(rows).length) next[ref.fieldId] = rows;
  else delete next[ref.fieldId];
  return next;
}

/** The messages form-js has at the field, or none. */
export function errorsAt(errors: FormErrors, ref: FieldRef): string[] {
  const found = ref.row === null ? errors[ref.fieldId] : (errors[ref.fieldId] as Record<number, unknown> | undefined)?.[ref.row];
  return isMessages(found) ? found : [];
}

function ids(schema: unknown): string[] {
  const all: string[] = [];
  const walk = (components: Component[]) => components.forEach((c) => {
    if (c.id) all.push(c.id);
    if (c.components) walk(c.components);
  });
  walk((schema as Schema)?.components ?? []);
  return all;
}

/**
 * The field an element of the rendered form belongs to, from its DOM id: form-js writes
 * fjs-form-<form>-<field id>[_<row>] (a radio option adds -<option>).
 */
export function fieldOfDomId(domId: string, schema: unknown): FieldRef | null {
  for (const fieldId of ids(schema).sort((a, b) => b.length - a.length)) {
    const match = new RegExp(`-${escape(fieldId)}(?:_(\\d+))?(?:-\\d+)?$`).exec(domId);
    if (match) return { fieldId, row: match[1] === undefined ? null : Number(match[1]) };
  }
  return null;
}

/** A selector for the field's input (or first option) inside the rendered form. */
export function fieldSelector(ref: FieldRef): string {
  const id = `-${ref.fieldId}${ref.row === null ? '' : `_${ref.row}`}`;
  return `[id$="${id}"], [id*="${id}-"]`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The field a server's refusal names. PolicyFlow's checks name a field by its label in 「」 (and the engine API's guard
 * adds the variable: 「工作进展」(narrative)); the first name that is a field's label or key outside a list wins.
 */
export function fieldOfServerMessage(message: string, schema: unknown): FieldRef | null {
  const components = (schema as Schema)?.components ?? [];
  for (const [, quoted, variable] of message.matchAll(/「([^」]+)」(?:\s*\((\w+)\))?/g)) {
    const field = components.find((c) => c.id
      && (c.label === quoted || c.key === quoted || (variable !== undefined && c.key === variable)));
    if (field) return { fieldId: field.id!, row: null };
  }
  return null;
}

/** A number field's input holds text form-js could not read as a number (it then shows "NaN" and keeps no value). */
export const isTextInNumber = (shown: string) => shown.trim() !== '' && Number.isNaN(Number(shown.replaceAll(',', '.')));

/** The length limits of the form's editable text fields, by field id. */
export function lengthLimits(schema: unknown): Map<string, number> {
  const limits = new Map<string, number>();
  const walk = (components: Component[]) => components.forEach((c) => {
    const max = c.validate?.maxLength;
    if (c.id && !c.readonly && typeof max === 'number') limits.set(c.id, max);
    if (c.components) walk(c.components);
  });
  walk((schema as Schema)?.components ?? []);
  return limits;
}

/** "120/2000" as the text is counted by the form and the server: without surrounding blanks. */
export const lengthCount = (text: string, max: number) => `${text.trim().length}/${max}`;
