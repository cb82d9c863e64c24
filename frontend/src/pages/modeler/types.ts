/** GET /api/models and /api/models/versions (org.policyflow.models.ModelCatalog). */
export type ModelKind = 'BPMN' | 'DMN' | 'FORM';

export type ModelVersion = {
  resourceName: string;
  kind: ModelKind;
  deploymentId: string;
  resourceId: string;
  deployedAt: string;
  source: string | null;
  definitionId: string | null;
  definitionKey: string | null;
  definitionName: string | null;
  version: number;
  runningInstances: number | null;
};

/** What the lint rules look at in one diagram element. */
export type LintElement = {
  id: string;
  type: string;
  name?: string;
  documentation?: string;
  formRef?: string;
  formKey?: string;
  assignee?: string;
  candidateGroups?: string;
  outgoing?: number;
};

export type LintProblem = { elementId: string; rule: string; elementName: string };
