import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

export default function Layout() {
  const { t, i18n } = useTranslation();
  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <nav>
          <Link to="/">{t('nav.home')}</Link>
        </nav>
        <button type="button" className="language-switch" onClick={() => i18n.changeLanguage(otherLanguage)}>
          {t('nav.language')}
        </button>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
