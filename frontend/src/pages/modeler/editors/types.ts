import type { LintProblem } from '../types';

/** What the studio may ask of any open editor (BPMN, DMN, form). */
export type EditorHandle = {
  /** The edited model as file content (XML or form JSON). */
  save: () => Promise<string>;
  select: (elementId: string) => void;
};

/** Every editor takes the model's content and reports readiness, lint problems, import errors and edits. */
export type EditorProps = {
  content: string;
  /** the content of the deployed version, for rules that compare with it (DMN input variables) */
  deployed: string;
  onReady: (handle: EditorHandle) => void;
  onLint: (problems: LintProblem[]) => void;
  onError: (message: string) => void;
  onDirty: () => void;
};
