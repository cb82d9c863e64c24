import type { LintElement, LintProblem } from './types';

const NAMED = /^bpmn:(\w*Task|StartEvent|EndEvent|IntermediateCatchEvent|IntermediateThrowEvent|BoundaryEvent|SubProcess|CallActivity)$/;

/**
 * PolicyFlow's modelling rules, the ones docs/processes.md and the model conventions test hold the models to:
 * everything a person sees in a task list or Cockpit has a Chinese name, user tasks say what to do, show a form
 * and have someone to do them; a split with several ways out names its branches on the flows.
 */
const RULES: { rule: string; applies: (element: LintElement) => boolean }[] = [
  { rule: 'label-required', applies: (e) => NAMED.test(e.type) && !e.name?.trim() },
  {
    rule: 'gateway-label-required',
    applies: (e) => e.type === 'bpmn:ExclusiveGateway' && (e.outgoing ?? 0) > 1 && !e.name?.trim(),
  },
  { rule: 'documentation-required', applies: (e) => e.type === 'bpmn:UserTask' && !e.documentation?.trim() },
  { rule: 'form-required', applies: (e) => e.type === 'bpmn:UserTask' && !e.formRef && !e.formKey },
  { rule: 'assignment-required', applies: (e) => e.type === 'bpmn:UserTask' && !e.assignee && !e.candidateGroups },
];

export function lint(elements: LintElement[]): LintProblem[] {
  return elements.flatMap((element) =>
    RULES.filter(({ applies }) => applies(element)).map(({ rule }) => ({
      elementId: element.id,
      rule,
      elementName: element.name?.trim() || element.id,
    })),
  );
}

/** bpmn-js business object → what the rules need (camunda:* attributes through moddle's get). */
export type BusinessObject = {
  id: string;
  $type: string;
  name?: string;
  documentation?: { text?: string }[];
  outgoing?: unknown[];
  get: (name: string) => unknown;
};

export function lintElement(bo: BusinessObject): LintElement {
  const attribute = (name: string) => {
    const value = bo.get(name);
    return typeof value === 'string' && value ? value : undefined;
  };
  return {
    id: bo.id,
    type: bo.$type,
    name: bo.name,
    documentation: bo.documentation?.map((doc) => doc.text ?? '').join('\n'),
    formRef: attribute('camunda:formRef'),
    formKey: attribute('camunda:formKey'),
    assignee: attribute('camunda:assignee'),
    candidateGroups: attribute('camunda:candidateGroups'),
    outgoing: bo.outgoing?.length ?? 0,
  };
}
