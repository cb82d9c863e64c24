import { useTranslation } from 'react-i18next';
import type { LintProblem } from './types';

/** The lint problems of the open diagram; a click selects the element. */
export default function LintPanel({ problems, onSelect }: { problems: LintProblem[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className={`card lint ${problems.length ? 'has-problems' : 'clean'}`}>
      <h2>{t('workbench:modeler.lint.title', { count: problems.length })}</h2>
      {problems.length === 0 ? (
        <p>{t('workbench:modeler.lint.clean')}</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.elementId}-${problem.rule}`}>
              <button type="button" className="link" onClick={() => onSelect(problem.elementId)}>
                {problem.elementName}
              </button>
              {': '}
              {t(`workbench:modeler.lint.${problem.rule}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
