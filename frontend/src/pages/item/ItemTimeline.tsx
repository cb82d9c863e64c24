import { useTranslation } from 'react-i18next';
import { shanghaiTime, splitDetail } from './itemLogic';
import type { TimelineEvent } from './types';
import { changeDecision } from './workPlanChangeLogic';

/** Everything that happened to the item, oldest first: who, when, what. */
export default function ItemTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation('item');
  if (!events.length) return <p>{t('timeline.none')}</p>;
  return (
    <ol className="timeline">
      {events.map((event, index) => {
        const decision = event.kind === 'WORK_PLAN_CHANGE_DECIDED' ? changeDecision(event.detail) : null;
        const { prefix, text } = decision ? { prefix: null, text: decision.comment || null } : splitDetail(event);
        return (
          <li key={index} className={`timeline-${event.kind}`}>
            <time dateTime={event.at}>{shanghaiTime(event.at)}</time>
            <div>
              <strong>{t(`kinds.${event.kind}`)}</strong>
              {event.kind === 'REPORT' && prefix && ` · ${t('revision', { revision: prefix })}`}
              {event.kind === 'ASSESSMENT' && prefix && ` · ${t('score', { score: prefix })}`}
              {event.outcome && ` · ${t(`outcomes.${event.outcome}`, { defaultValue: event.outcome })}`}
              {event.periodLabel && ` · ${event.periodLabel}`}
              <div className="timeline-who">
                {[event.departmentName, event.actorName ?? t('timeline.system')].filter(Boolean).join(' · ')}
              </div>
              {decision && <div className="timeline-who">{t('workPlanChange.decision', decision)}</div>}
              {text && <p className="timeline-detail">{text}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
