import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** 审核模型变更 (model-review): decided on the review page with the difference, which then completes the task. */
export function ModelReviewLink({ changeId }: { changeId: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <p>{t('inbox:task.modelReviewHint')}</p>
      <Link className="button primary" to={`/modeler/review?change=${encodeURIComponent(String(changeId))}`}>
        {t('inbox:task.modelReviewOpen', { id: changeId })}
      </Link>
    </div>
  );
}
