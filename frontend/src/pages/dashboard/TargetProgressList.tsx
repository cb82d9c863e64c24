import { useTranslation } from 'react-i18next';
import { bar, figure, percent } from './dashboardLogic';
import type { TargetProgress } from './types';

/** Each numeric target: a bar of actual against target, with a marker at 序时进度. */
export default function TargetProgressList({ targets }: { targets: TargetProgress[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="card">
      <h2>{t('targets.title')}</h2>
      <ul className="target-list">
        {targets.map((target) => {
          const { done, expected, behind } = bar(target);
          return (
            <li key={target.id} className={target.mine ? 'mine' : undefined} data-target={target.id}>
              <div className="target-text">
                <span className="target-item">{target.itemLabel}</span> {target.text}
              </div>
              <div className="progress" role="img"
                aria-label={`${percent(target.progress) ?? '0%'} / ${percent(target.expectedProgress)}`}>
                <div className={`progress-done ${behind ? 'behind' : ''}`} style={{ width: `${done}%` }} />
                <div className="progress-expected" style={{ left: `${expected}%` }} />
              </div>
              <div className="target-figures">
                {target.actual === null
                  ? t('targets.noValue', { target: figure(target.targetValue), unit: target.unit })
                  : t('targets.actual', {
                      actual: figure(target.actual), target: figure(target.targetValue), unit: target.unit,
                    })}
                {target.periodLabel && ` (${t('targets.period', { period: target.periodLabel })})`}
                {' · '}
                {target.progress !== null && `${t('targets.progress', { progress: percent(target.progress) })} · `}
                {t('targets.expected', { expected: percent(target.expectedProgress) })}
                {behind !== null && (
                  <span className={behind ? 'behind-text' : 'ahead-text'}>
                    {' · '}{behind ? t('targets.behind') : t('targets.ahead')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
