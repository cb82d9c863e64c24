import { useTranslation } from 'react-i18next';
import { useHealth } from './useHealth';

const CAMUNDA_APPS = ['tasklist', 'cockpit', 'admin'] as const;

export default function HomePage() {
  const { t } = useTranslation();
  const health = useHealth();
  return (
    <section className="home">
      <h1>{t('app.name')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <div className="card">
        <h2>{t('home.status')}</h2>
        <p className={`health health-${health}`} role="status">{t(`home.${health}`)}</p>
      </div>
      <div className="card">
        <h2>{t('home.links')}</h2>
        <ul>
          {CAMUNDA_APPS.map((app) => (
            <li key={app}>
              <a href={`/camunda/app/${app}/`}>{t(`home.${app}`)}</a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
