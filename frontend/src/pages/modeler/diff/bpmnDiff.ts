import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import { compareById, type ModelChange } from './types';

/** Elements compared on their own (each has an id and its own line in the list and marker on the diagram). */
const OWN_ELEMENTS = ['bpmn:FlowElement', 'bpmn:RootElement', 'bpmn:Lane', 'bpmn:Participant', 'bpmn:MessageFlow', 'bpmn:Artifact'];
/** Where an element's children that are compared on their own, and the diagram's layout, live. */
const SKIPPED = new Set(['flowElements', 'laneSets', 'artifacts', 'diagrams', 'rootElements', 'lanes', 'participants', 'messageFlows', 'id']);

function isOwnElement(value: ModdleElement): boolean {
  // an event definition is a root element in BPMN's model, but belongs to its event here (timers, messages)
  return OWN_ELEMENTS.some((type) => value.$instanceOf(type)) && !value.$instanceOf('bpmn:EventDefinition');
}

/** bpmn:name as name; camunda:formRef as camunda:formRef, but inside a camunda element without its prefix. */
function propertyName(property: { ns: { prefix: string; localName: string } }, owner: ModdleElement): string {
  const samePrefix = owner.$type.startsWith(`${property.ns.prefix}:`);
  return property.ns.prefix === 'bpmn' || samePrefix ? property.ns.localName : `${property.ns.prefix}:${property.ns.localName}`;
}

function isElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && '$type' in value;
}

/**
 * How an item of a list is told apart from its siblings: its name or event, else its place; an extension element
 * (extensionElements' values) also by its type, as camunda:inputOutput.
 */
function itemKey(item: unknown, index: number, count: number, typed: boolean): string {
  const place = count > 1 ? `[${index + 1}]` : '';
  if (!isElement(item)) return place;
  const type = typed ? `.${item.$type.replace(/:(\w)/, (_, first: string) => `:${first.toLowerCase()}`)}` : '';
  // not by id: Modeler gives inner parts (timers, listeners) random ids that change between versions
  const named = (item.get('name') ?? item.get('event')) as string | undefined;
  return `${type}${named ? `[${named}]` : typed ? '' : place}`;
}

/** Every property of an element as path → text, children inline (documentation, conditions, timers, camunda:*). */
function flatten(element: ModdleElement, path: string, into: Map<string, string>) {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  if (element.$instanceOf('bpmn:FormalExpression') || element.$instanceOf('bpmn:Expression')) {
    into.set(path, text(element.get('body')));
    return;
  }
  if (element.$instanceOf('bpmn:Documentation')) {
    into.set(path, text(element.get('text')));
    return;
  }
  for (const property of element.$descriptor.properties) {
    const name = propertyName(property, element);
    if (SKIPPED.has(name) || name === '$body' && !element.get(property.ns.name)) continue;
    const value = element.get(property.ns.name);
    const at = path ? `${path}.${name}` : name;
    if (value === undefined || value === null || value === property.default || Array.isArray(value) && value.length === 0) continue;
    if (property.isReference) {
      const ids = (Array.isArray(value) ? value : [value]).map((ref) => (isElement(ref) ? ref.id ?? '' : text(ref)));
      into.set(at, ids.sort().join(', '));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isElement(item) && isOwnElement(item)) return;
        const typed = name === 'values';
        const key = `${typed ? path : at}${itemKey(item, index, value.length, typed)}`;
        if (isElement(item)) flatten(item, key, into);
        else into.set(key, text(item));
      });
    } else if (isElement(value)) {
      if (!isOwnElement(value)) flatten(value, at, into);
    } else {
      into.set(at, text(value));
    }
  }
  for (const [name, value] of Object.entries(element.$attrs ?? {})) {
    if (!name.startsWith('xmlns')) into.set(path ? `${path}.${name}` : name, value);
  }
}

/** Every element compared on its own, by id (processes, flow elements in any depth, lanes, messages …). */
function elementsById(root: ModdleElement): Map<string, ModdleElement> {
  const found = new Map<string, ModdleElement>();
  const visit = (element: ModdleElement) => {
    if (element.id && isOwnElement(element)) found.set(element.id, element);
    for (const property of element.$descriptor.properties) {
      if (property.isReference || !property.isMany && !SKIPPED.has(property.ns.localName)) continue;
      const value = element.get(property.ns.name);
      (Array.isArray(value) ? value : [value]).filter(isElement).forEach(visit);
    }
  };
  visit(root);
  return found;
}

const moddle = new BpmnModdle({ camunda });

/** Reads a BPMN file into its elements by id; a file that is not BPMN fails with the reader's message. */
export async function readBpmn(xml: string): Promise<Map<string, ModdleElement>> {
  const { rootElement } = await moddle.fromXML(xml);
  return elementsById(rootElement);
}

/**
 * What changed between two versions of a BPMN model: elements added, removed or changed, each with the properties
 * that differ (name, documentation, camunda:* attributes, conditions, timers, form references, listeners …).
 * The diagram's layout is not compared.
 */
export async function diffBpmn(beforeXml: string, afterXml: string): Promise<ModelChange[]> {
  const [before, after] = await Promise.all([readBpmn(beforeXml), readBpmn(afterXml)]);
  return compareById(before, after, (id, element) => {
    const properties = new Map<string, string>();
    flatten(element, '', properties);
    return { label: element.name || id, type: element.$type, properties };
  });
}
