import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasChinese } from '../api/problem';
import { LoginError, safeNext } from '../session/api';
import { useSession } from '../session/SessionContext';

/** Pages of the Camunda webapps are not routes of this app: they need a full page load. */
function isServerPage(path: string): boolean {
  return path.startsWith('/camunda/');
}

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const { state, login } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (state.status !== 'authenticated') return;
    if (isServerPage(next)) window.location.assign(next);
    else navigate(next, { replace: true });
  }, [state.status, next, navigate]);

  // the server's Chinese detail says more (what to do after several wrong tries); English mode says why by the
  // problem's code
  function loginProblem(failure: LoginError): string {
    if (i18n.language !== 'en' && hasChinese(failure.message)) return failure.message;
    const key = `login.errors.${failure.code}`;
    return t(i18n.exists(key) ? key : 'login.failed');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (failure) {
      setError(failure instanceof LoginError ? loginProblem(failure) : t('login.unreachable'));
      setSubmitting(false);
    }
  }

  return (
    <section className="login">
      <h1>{t('app.name')}</h1>
      <form className="card login-form" onSubmit={submit}>
        <h2>{t('login.title')}</h2>
        <label>
          {t('login.username')}
          <input name="username" autoComplete="username" required value={username}
            onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password}
            onChange={(event) => setPassword(event.target.value)} />
        </label>
        {error && <p className="login-error" role="alert">{error}</p>}
        <button type="submit" disabled={submitting}>
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
