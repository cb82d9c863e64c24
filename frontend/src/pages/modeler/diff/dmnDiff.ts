import { compareById, type ModelChange } from './types';

/** One part of a decision compared on its own: the decision, a column or a rule. */
type Part = { label: string; type: 'decision' | 'input' | 'output' | 'rule'; properties: Map<string, string> };

function children(parent: Element, localName: string): Element[] {
  return [...parent.children].filter((child) => child.localName === localName);
}

function text(element: Element | undefined): string {
  const inner = element && children(element, 'text')[0];
  return (inner ?? element)?.textContent?.trim() ?? '';
}

type Dmn = { parts: Map<string, Part>; columns: Map<string, string> };

function readDmn(xml: string): Dmn {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent ?? 'not XML');
  const parts = new Map<string, Part>();
  const columns = new Map<string, string>();
  for (const decision of [...document.documentElement.children].filter((child) => child.localName === 'decision')) {
    const decisionId = decision.getAttribute('id') ?? '';
    const table = children(decision, 'decisionTable')[0];
    const decisionProperties = new Map([['name', decision.getAttribute('name') ?? ''], ['description', text(children(decision, 'description')[0])]]);
    for (const attribute of [...decision.attributes].filter((a) => a.prefix === 'camunda')) decisionProperties.set(attribute.name, attribute.value);
    if (table) {
      decisionProperties.set('hitPolicy', table.getAttribute('hitPolicy') ?? 'UNIQUE');
      decisionProperties.set('aggregation', table.getAttribute('aggregation') ?? '');
    }
    const literal = children(decision, 'literalExpression')[0];
    if (literal) decisionProperties.set('literalExpression', text(literal));
    parts.set(decisionId, { label: decision.getAttribute('name') || decisionId, type: 'decision', properties: decisionProperties });
    if (!table) continue;
    const inputs = children(table, 'input');
    const outputs = children(table, 'output');
    const columnLabel = (column: Element) => column.getAttribute('label') || column.getAttribute('name') || column.getAttribute('id') || '';
    [...inputs, ...outputs].forEach((column) => columns.set(column.getAttribute('id') ?? '', columnLabel(column)));
    for (const input of inputs) {
      const expression = children(input, 'inputExpression')[0];
      parts.set(input.getAttribute('id') ?? '', {
        label: columnLabel(input), type: 'input', properties: new Map([
          ['label', input.getAttribute('label') ?? ''], ['expression', text(expression)],
          ['typeRef', expression?.getAttribute('typeRef') ?? ''], ['inputValues', text(children(input, 'inputValues')[0])],
        ]),
      });
    }
    for (const output of outputs) {
      parts.set(output.getAttribute('id') ?? '', {
        label: columnLabel(output), type: 'output', properties: new Map([
          ['label', output.getAttribute('label') ?? ''], ['name', output.getAttribute('name') ?? ''],
          ['typeRef', output.getAttribute('typeRef') ?? ''], ['outputValues', text(children(output, 'outputValues')[0])],
        ]),
      });
    }
    children(table, 'rule').forEach((rule, index) => {
      // cells by their column's id (a renamed column changes no cell), shown by its label: 进度比: < 0.6 → < 0.5
      const cells = new Map<string, string>([['description', text(children(rule, 'description')[0])], ['#', String(index + 1)]]);
      const cell = (column: Element | undefined, entry: Element) => cells.set(column?.getAttribute('id') ?? '', text(entry));
      children(rule, 'inputEntry').forEach((entry, column) => cell(inputs[column], entry));
      children(rule, 'outputEntry').forEach((entry, column) => cell(outputs[column], entry));
      parts.set(rule.getAttribute('id') ?? `${decisionId}#${index + 1}`, { label: String(index + 1), type: 'rule', properties: cells });
    });
  }
  return { parts, columns };
}

/**
 * What changed between two versions of a DMN file, rule by rule: decisions (name, hit policy …), input and output
 * columns (label, expression, type) and rules added, removed or changed, each changed cell named by its column
 * (old → new). Rules are matched by id, as the decision-table editor keeps them; '#' is a rule's place in the table.
 */
export function diffDmn(beforeXml: string, afterXml: string): ModelChange[] {
  const before = readDmn(beforeXml);
  const after = readDmn(afterXml);
  const columnLabel = (id: string) => after.columns.get(id) ?? before.columns.get(id) ?? id;
  return compareById(before.parts, after.parts, (_, part) => part).map((change) => change.type !== 'rule' ? change : {
    ...change,
    properties: change.properties.map((property) => ({ ...property, property: columnLabel(property.property) })),
  });
}
