import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The import is one transaction on the server: an indeterminate bar with the time passed so far. */
export default function ImportProgress({ startedAt, items }: { startedAt: number; items: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className="card import-progress" role="status">
      <p>{t('workbench:planImport.progress.running', { count: items })}</p>
      <div className="progress-bar indeterminate" aria-hidden="true"><span /></div>
      <p className="muted">{t('workbench:planImport.progress.elapsed', { seconds })}</p>
    </div>
  );
}
