import { useTranslation } from 'react-i18next';
import { engineApps } from '../layout/navigation';
import { useSession } from '../session/SessionContext';
import { useHealth } from './useHealth';

/** For administrators: whether the server runs, and the Camunda webapps they may open. */
export default function SystemPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const health = useHealth();
  const apps = engineApps(state.status === 'authenticated' ? state.user.roles : []);
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
          {apps.map((app) => (
            <li key={app}>
              <a href={`/camunda/app/${app}/`}>{t(`home.${app}`)}</a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
