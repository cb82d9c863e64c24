import { useTranslation } from 'react-i18next';
import type { Deployed } from './useModels';

/**
 * Shown after a deploy from the studio: what the new version means for running work. The place for what follows a
 * deploy (migration of running instances after a process deploy).
 */
export default function AfterDeploy({ deployed }: { deployed: Deployed }) {
  const { t } = useTranslation();
  if ('changeId' in deployed) {
    return <p className="success" role="status">{t('modelDiff:review.submittedForReview', { id: deployed.changeId })}</p>;
  }
  return (
    <p className="success" role="status">
      {t(`workbench:modeler.deployed.${deployed.model.kind}`, { id: deployed.id })}
    </p>
  );
}
