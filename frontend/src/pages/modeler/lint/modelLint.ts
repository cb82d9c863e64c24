import type { LintProblem } from '../types';

const DMN_HIT_POLICIES = ['UNIQUE', 'FIRST', 'ANY', 'COLLECT', 'RULE ORDER'];
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
const FEEL_WORDS = new Set(['and', 'or', 'not', 'null', 'true', 'false', 'if', 'then', 'else', 'in', 'between',
  'instance', 'of', 'some', 'every', 'satisfies', 'for', 'return', 'date', 'time', 'duration']);

const problem = (elementId: string, rule: string, elementName?: string | null): LintProblem =>
  ({ elementId, rule, elementName: elementName?.trim() || elementId, category: 'error' });

const text = (element: Element | null | undefined) => element?.querySelector(':scope > text')?.textContent?.trim() ?? '';

/** The variables a decision's input expressions read (identifiers outside string literals). */
export function dmnVariables(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return [...document.getElementsByTagNameNS('*', 'inputExpression')]
    .flatMap((expression) => text(expression).replace(/"[^"]*"/g, '').match(IDENTIFIER) ?? [])
    .filter((name) => !FEEL_WORDS.has(name));
}

/**
 * Decision tables: not empty, every rule has an entry for each output and gives at least one, a hit policy Camunda 7 evaluates, and input expressions
 * that read only the variables the deployed version reads (those the processes pass in).
 */
export function lintDmn(xml: string, knownVariables: string[]): LintProblem[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length) return [problem('definitions', 'dmn-not-xml')];
  const known = new Set(knownVariables);
  return [...document.getElementsByTagNameNS('*', 'decisionTable')].flatMap((table) => {
    const decision = table.parentElement;
    const tableId = decision?.getAttribute('id') ?? table.getAttribute('id') ?? '';
    const tableName = decision?.getAttribute('name');
    const rules = [...table.children].filter((child) => child.localName === 'rule');
    const outputs = [...table.children].filter((child) => child.localName === 'output').length;
    const found: LintProblem[] = [];
    if (rules.length === 0) found.push(problem(tableId, 'dmn-empty-table', tableName));
    const hitPolicy = table.getAttribute('hitPolicy') ?? 'UNIQUE';
    if (!DMN_HIT_POLICIES.includes(hitPolicy)) found.push(problem(tableId, 'dmn-hit-policy', tableName));
    rules.forEach((rule) => {
      const entries = [...rule.children].filter((child) => child.localName === 'outputEntry');
      if (entries.length < outputs || entries.every((entry) => !text(entry))) {
        found.push(problem(rule.getAttribute('id') ?? '', 'dmn-rule-output', rule.querySelector(':scope > description')?.textContent));
      }
    });
    [...table.getElementsByTagNameNS('*', 'input')].forEach((input) => {
      const unknown = dmnVariables(`<x>${new XMLSerializer().serializeToString(input)}</x>`).filter((name) => !known.has(name));
      if (unknown.length) found.push(problem(input.getAttribute('id') ?? '', 'dmn-unknown-variable', input.getAttribute('label')));
    });
    return found;
  });
}

type FormComponent = { id?: string; key?: string; path?: string; type?: string; label?: string; dateLabel?: string;
  validate?: { required?: boolean }; components?: FormComponent[] };

const INPUTS = new Set(['textfield', 'textarea', 'number', 'datetime', 'select', 'radio', 'checkbox', 'checklist',
  'taglist', 'filepicker']);

/** Camunda Forms: valid JSON with components, every input field has a key, keys are unique, required fields are labelled. */
export function lintForm(json: string): LintProblem[] {
  let form: { id?: string; components?: FormComponent[] };
  try {
    form = JSON.parse(json);
  } catch {
    return [problem('form', 'form-not-json')];
  }
  if (!form.id || !Array.isArray(form.components)) return [problem('form', 'form-not-json')];
  const found: LintProblem[] = [];
  const seen = new Set<string>();
  const visit = (components: FormComponent[], scope: string) => components.forEach((component) => {
    const id = component.id ?? component.key ?? '';
    if (INPUTS.has(component.type ?? '')) {
      if (!component.key?.trim()) found.push(problem(id, 'form-key-required', component.label));
      else if (seen.has(`${scope}${component.key}`)) found.push(problem(id, 'form-key-unique', component.label ?? component.key));
      else seen.add(`${scope}${component.key}`);
      const label = component.label ?? component.dateLabel;
      if (component.validate?.required && !label?.trim()) found.push(problem(id, 'form-label-required', component.key));
    }
    if (component.components) visit(component.components, component.path ? `${scope}${component.path}.` : scope);
  });
  visit(form.components, '');
  return found;
}
