import i18n from '../../i18n';
import englishLabels from './formLabels.en.json';

type Component = { id?: string; components?: Component[]; values?: { label: string; value: unknown }[] } & Record<string, unknown>;
type Schema = { id?: string; components?: Component[] };

const TEXTS = ['label', 'dateLabel', 'timeLabel', 'description'] as const;
const LABELS: Record<string, Record<string, string>> = englishLabels;

/**
 * The task's form in the page's language. The .form files (the ones Tasklist renders) are written in Chinese, so
 * Chinese mode shows them as they are; English mode takes each text from formLabels.en.json by form id and component
 * id (`<id>.label`, `<id>=<option value>`). A text without an English entry stays as written.
 */
export function localizedSchema(schema: unknown, language: string): unknown {
  const form = schema as Schema;
  const labels = LABELS[form?.id ?? ''];
  if (language !== 'en' || !labels) return schema;
  const localize = (component: Component): Component => {
    const copy: Component = { ...component };
    for (const text of TEXTS) {
      const english = labels[`${component.id}.${text}`];
      if (copy[text] && english) copy[text] = english;
    }
    if (component.values) {
      copy.values = component.values.map((option) => ({ ...option, label: labels[`${component.id}=${String(option.value)}`] ?? option.label }));
    }
    if (component.components) copy.components = component.components.map(localize);
    return copy;
  };
  return { ...form, components: (form.components ?? []).map(localize) };
}

type ContributionRow = { status?: string; submittedAt?: string | null } & Record<string, unknown>;

/**
 * The task's data in the page's language: the contributors' rows of a report or review (`contributions`) say
 * submitted or missing by the server's code (`status`, `submittedAt`), not by the Chinese `state` written for Tasklist.
 * Rows without a code (tasks opened before the codes) stay as they are.
 */
export function localizedData(data: Record<string, unknown>): Record<string, unknown> {
  const rows = data.contributions;
  if (!Array.isArray(rows)) return data;
  const contributions = (rows as ContributionRow[]).map((row) =>
    row.status === 'SUBMITTED' || row.status === 'MISSING'
      ? { ...row, state: i18n.t(`inbox:contribution.${row.status}`, { at: row.submittedAt ?? '' }) }
      : row,
  );
  return { ...data, contributions };
}

// form-js's own messages (validation, buttons) by their English template; the texts are in inbox.<lang>.json
const FORM_JS_MESSAGES: Record<string, string> = {
  'Field is required.': 'required',
  'Field must have minimum value of {value}.': 'min',
  'Field must have maximum value of {value}.': 'max',
  'Field must have minimum length of {value}.': 'minLength',
  'Field must have maximum length of {value}.': 'maxLength',
  'Field must match pattern {value}.': 'pattern',
  'Value is not a number.': 'notNumber',
  'Value is expected to be an integer.': 'integer',
  'Value is expected to have at most {value} decimal digits.': 'decimals',
  'Date and time must both be entered.': 'dateTime',
  'Field must be a valid email.': 'email',
  Increment: 'increment',
  Decrement: 'decrement',
};

/** form-js's translate service in the page's language. */
export function translateFormJs(template: string, replacements: Record<string, unknown> = {}): string {
  const key = FORM_JS_MESSAGES[template];
  if (key) return i18n.t(`inbox:formjs.${key}`, replacements);
  return template.replace(/{([^}]+)}/g, (_, name: string) => String(replacements[name] ?? `{${name}}`));
}

export const formJsTranslateModule = { translate: ['value', translateFormJs] };
