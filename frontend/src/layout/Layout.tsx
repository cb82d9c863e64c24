import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import InboxBadge from '../pages/inbox/InboxBadge';
import MessagesBadge from '../pages/messages/MessagesBadge';
import { engineApps } from './navigation';
import SearchBox from '../pages/search/SearchBox';
import PageErrorBoundary from './PageErrorBoundary';

export default function Layout() {
  const { t, i18n } = useTranslation();
  const { state, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // on a phone the navigation folds into a menu, which closes once a link is chosen
  const [menuOpen, setMenuOpen] = useState(false);
  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  const user = state.status === 'authenticated' ? state.user : null;
  const roles = user?.roles ?? [];

  async function endSession() {
    await logout();
    navigate('/login', { replace: true });
  }

  return (
    <div className="app">
      {/* on a phone only the brand and the menu button stay in the header; the rest opens with the menu */}
      <header className={menuOpen ? 'app-header menu-open' : 'app-header'}>
        <Link to="/" className="brand">{t('app.name')}</Link>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen)}>
          {t('nav.menu')}
        </button>
        <nav id="main-nav" className={menuOpen ? 'open' : undefined} onClick={() => setMenuOpen(false)}>
          <Link to="/inbox">{t('inbox:nav')}<InboxBadge /></Link>
          <Link to="/messages">{t('messages:nav')}<MessagesBadge /></Link>
          {roles.includes('COORDINATOR') && <Link to="/desk">{t('inbox:desk')}</Link>}
          <Link to="/dashboard">{t('dashboard:nav.dashboard')}</Link>
          {(roles.includes('COORDINATOR') || roles.includes('ADMIN')) && <Link to="/import">{t('workbench:planImport.nav')}</Link>}
          {(roles.includes('MODELLER') || roles.includes('ADMIN')) && <Link to="/modeler">{t('workbench:modeler.nav')}</Link>}
          {(roles.includes('MODELLER') || roles.includes('ADMIN')) && <Link to="/modeler/review">{t('modelDiff:review.nav')}</Link>}
          {roles.includes('ADMIN') && <Link to="/system">{t('nav.system')}</Link>}
          {engineApps(roles).map((app) => (
            <a key={app} href={`/camunda/app/${app}/`} className="engine-app" title={t(`home.${app}`)}>{t(`nav.engine.${app}`)}</a>
          ))}
        </nav>
        {user && <SearchBox key={location.search} />}
        {user && (
          <span className="session-user" title={user.userId}>
            <span className="session-department">{user.department?.name ?? t('session.noDepartment')}</span>
            {' · '}
            {user.name}
          </span>
        )}
        {user && (
          <button type="button" className="logout" onClick={endSession}>
            {t('session.logout')}
          </button>
        )}
        <button type="button" className="language-switch" onClick={() => i18n.changeLanguage(otherLanguage)}>
          {t('nav.language')}
        </button>
      </header>
      <main className="app-main">
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={<p className="page-loading" role="status">{t('session.loading')}</p>}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
