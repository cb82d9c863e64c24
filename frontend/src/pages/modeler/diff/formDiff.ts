import { compareById, type ModelChange } from './types';

type Component = Record<string, unknown> & { key?: string; id?: string; type?: string; label?: string; components?: Component[] };

/** Every component of a form, nested ones (groups) too, by key, else by id (texts, buttons and groups have no key). */
function componentsByKey(json: string): Map<string, Component> {
  const form = JSON.parse(json) as Component;
  const found = new Map<string, Component>();
  const visit = (components: Component[] | undefined) => (components ?? []).forEach((component) => {
    found.set(component.key ?? component.id ?? `${component.type}#${found.size + 1}`, component);
    visit(component.components);
  });
  visit(form.components);
  return found;
}

/** A component's properties as path → text (validate.required, values[1].label …); nested components left out. */
function properties(component: Component): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index + 1}]`));
    else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([name, inner]) => walk(inner, path ? `${path}.${name}` : name));
    else flat.set(path, String(value));
  };
  // the id is Modeler's own and changes when a field is recreated; the key is what the process sees
  Object.entries(component).filter(([name]) => name !== 'components' && name !== 'id').forEach(([name, value]) => walk(value, name));
  return flat;
}

/**
 * What changed between two versions of a Camunda Form, field by field: components (by key) added, removed or with
 * properties changed (label, type, validation, options …), old → new.
 */
export function diffForm(beforeJson: string, afterJson: string): ModelChange[] {
  return compareById(componentsByKey(beforeJson), componentsByKey(afterJson), (id, component) => ({
    label: component.label ?? component.key ?? id, type: component.type ?? '', properties: properties(component),
  }));
}
