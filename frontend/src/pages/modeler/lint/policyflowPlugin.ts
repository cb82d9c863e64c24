/**
 * bpmnlint-plugin-policyflow: PolicyFlow's modelling rules, the ones docs/processes.md and the model conventions test
 * hold the models to — everything a person sees in a task list or Cockpit has a Chinese name, user tasks say what to
 * do, show a form and have someone to do them; a split with several ways out asks its question in its name.
 * Written as a bpmnlint plugin (rules + a recommended config) so the editor and the build lint with the same rules.
 */

/** The moddle element bpmnlint hands a rule (camunda:* attributes through get). */
export type LintNode = {
  id: string;
  $type: string;
  name?: string;
  documentation?: { text?: string }[];
  outgoing?: unknown[];
  get: (name: string) => unknown;
};

type Reporter = { report: (id: string, message: string) => void };
export type Rule = () => { check: (node: LintNode, reporter: Reporter) => void };

const NAMED = /^bpmn:(\w*Task|StartEvent|EndEvent|IntermediateCatchEvent|IntermediateThrowEvent|BoundaryEvent|SubProcess|CallActivity)$/;

const attribute = (node: LintNode, name: string) => {
  const value = node.get(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
};

function rule(applies: (node: LintNode) => boolean, message: string): Rule {
  return () => ({
    check(node, reporter) {
      if (node.$type && applies(node)) reporter.report(node.id, message);
    },
  });
}

const isUserTask = (node: LintNode) => node.$type === 'bpmn:UserTask';

export const rules: Record<string, Rule> = {
  'label-required': rule((node) => NAMED.test(node.$type) && !node.name?.trim(), 'Element is missing a name'),
  'gateway-label-required': rule(
    (node) => node.$type === 'bpmn:ExclusiveGateway' && (node.outgoing?.length ?? 0) > 1 && !node.name?.trim(),
    'Splitting gateway is missing a name (the question it decides)',
  ),
  'documentation-required': rule(
    (node) => isUserTask(node) && !node.documentation?.some((doc) => doc.text?.trim()),
    'User task is missing documentation',
  ),
  'form-required': rule(
    (node) => isUserTask(node) && !attribute(node, 'camunda:formRef') && !attribute(node, 'camunda:formKey'),
    'User task has no form (camunda:formRef)',
  ),
  'assignment-required': rule(
    (node) => isUserTask(node) && !attribute(node, 'camunda:assignee') && !attribute(node, 'camunda:candidateGroups'),
    'User task has no assignee or candidate group',
  ),
};

export const configs = {
  recommended: { rules: Object.fromEntries(Object.keys(rules).map((name) => [name, 'error'])) },
};
