import { useTranslation } from 'react-i18next';
import type { LintProblem } from './types';

/** The lint problems of the open model (errors block a deploy); a click selects the element. */
export default function LintPanel({ problems, onSelect }: { problems: LintProblem[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const shown = problems.filter((problem) => problem.category !== 'info');
  const errors = shown.filter((problem) => problem.category === 'error').length;
  return (
    <div className={`card lint ${errors ? 'has-problems' : 'clean'}`} data-testid="lint-panel">
      <h2>{t('workbench:modeler.lint.title', { errors, warnings: shown.length - errors })}</h2>
      {shown.length === 0 ? (
        <p>{t('workbench:modeler.lint.clean')}</p>
      ) : (
        <ul>
          {shown.map((problem) => (
            <li key={`${problem.elementId}-${problem.rule}`} className={`lint-${problem.category}`}>
              <button type="button" className="link" onClick={() => onSelect(problem.elementId)}>
                {problem.elementName}
              </button>
              {': '}
              {t(`workbench:modeler.lint.rules.${problem.rule.replace('/', '.')}`, { defaultValue: problem.message ?? problem.rule })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
