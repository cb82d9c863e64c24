import type { components } from '../../api/schema';

/** GET /api/models and /api/models/versions (org.policyflow.models.ModelCatalog). */
export type ModelVersion = components['schemas']['ModelVersion'];

export type ModelKind = ModelVersion['kind'];

/** One lint finding of any kind of model; rule names the i18n text (workbench:modeler.lint.<rule>). */
export type LintProblem = {
  elementId: string;
  rule: string;
  elementName: string;
  category: 'error' | 'warn' | 'info';
  message?: string;
};
