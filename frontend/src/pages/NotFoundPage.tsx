import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/** An address the app has no page for: says which, and leads to the user's start page. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <section className="page-error" role="alert">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.detail', { path: pathname })}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
