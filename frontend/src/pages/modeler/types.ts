import type { components } from '../../api/schema';

/** GET /api/models and /api/models/versions (org.policyflow.models.ModelCatalog). */
export type ModelVersion = components['schemas']['ModelVersion'];

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
