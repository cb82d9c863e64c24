import * as policyflow from './policyflowPlugin';

/**
 * The one bpmnlint configuration of PolicyFlow, used by the editor (bpmn-js-bpmnlint) and by the build
 * (bpmnLint.test.ts lints bpmn/*.bpmn): bpmnlint's recommended rules, Camunda 7.24 compatibility and PolicyFlow's own
 * plugin. Rules and configs resolve lazily, so the editor chunk holds only what the configuration names.
 */
export const config = {
  extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-platform-7-24', 'plugin:policyflow/recommended'],
};

type Module = { default?: unknown };
const bpmnlintRules = import.meta.glob<Module>('/node_modules/bpmnlint/rules/*.js');
const compatRules = import.meta.glob<Module>('/node_modules/bpmnlint-plugin-camunda-compat/rules/camunda-platform/*.js');

const exported = (module: Module) => module.default ?? module;

async function load(modules: Record<string, () => Promise<Module>>, path: string) {
  const loader = modules[path] ?? modules[`${path}.js`];
  if (!loader) throw new Error(`unknown bpmnlint rule ${path}`);
  return exported(await loader());
}

async function compatPlugin() {
  return exported(await import('bpmnlint-plugin-camunda-compat')) as {
    configs: Record<string, unknown>;
    rules: Record<string, string>;
  };
}

/** bpmnlint's resolver interface: rules and configs by package and name. */
export const resolver = {
  async resolveRule(pkg: string, name: string): Promise<unknown> {
    if (pkg === 'bpmnlint') return load(bpmnlintRules, `/node_modules/bpmnlint/rules/${name}`);
    if (pkg === 'bpmnlint-plugin-policyflow') return policyflow.rules[name];
    if (pkg === 'bpmnlint-plugin-camunda-compat') {
      const path = (await compatPlugin()).rules[name]?.replace(/^\.\//, '');
      return load(compatRules, `/node_modules/bpmnlint-plugin-camunda-compat/${path}`);
    }
    throw new Error(`unknown bpmnlint rule ${pkg}/${name}`);
  },
  async resolveConfig(pkg: string, name: string): Promise<unknown> {
    if (pkg === 'bpmnlint' && name === 'recommended') return exported(await import('bpmnlint/config/recommended.js'));
    if (pkg === 'bpmnlint-plugin-policyflow') return policyflow.configs[name as keyof typeof policyflow.configs];
    if (pkg === 'bpmnlint-plugin-camunda-compat') return (await compatPlugin()).configs[name];
    throw new Error(`unknown bpmnlint config ${pkg}/${name}`);
  },
};
