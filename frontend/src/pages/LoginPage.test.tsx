import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { safeNext } from '../session/api';
import { SessionProvider } from '../session/SessionContext';
import { renderWithQueries } from '../test-utils';
import LoginPage from './LoginPage';

const USER = {
  userId: 'test-bureau-a',
  name: '测试局甲 工作人员',
  groups: [{ id: 'test-bureau-a', name: '测试局甲' }],
  department: { id: 'test-bureau-a', name: '测试局甲' },
  roles: ['DEPARTMENT'],
};

function json(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(new Response(JSON.stringify(body), { status }));
}

/** The server: no session at first; POST /api/session answers with the given response. */
function serverAnswering(login: () => Promise<Response>) {
  const fetchMock = vi.fn((_url: string, init?: RequestInit) =>
    init?.method === 'POST' ? login() : json(401, { detail: '请先登录。', code: 'login-required' }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderLogin(path = '/login') {
  renderWithQueries(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/items/3" element={<p>事项三</p>} />
          <Route path="/" element={<p>首页内容</p>} />
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

async function submit(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  beforeEach(() => {
    document.cookie = 'POLICYFLOW-XSRF-TOKEN=token-1';
  });
  afterEach(async () => {
    cleanup(); // before the language changes back, so no mounted page re-renders outside act
    await i18n.changeLanguage('zh-CN');
    vi.unstubAllGlobals();
    document.cookie = 'POLICYFLOW-XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('posts the credentials with the CSRF token and goes on to the page asked for', async () => {
    const fetchMock = serverAnswering(() => json(200, USER));
    renderLogin('/login?next=%2Fitems%2F3');
    await submit(' test-bureau-a ', 'demo');

    expect(await screen.findByText('事项三')).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls.find(([, options]) => options?.method === 'POST')!;
    expect(url).toBe('/api/session');
    expect(JSON.parse(init!.body as string)).toEqual({ username: 'test-bureau-a', password: 'demo' });
    expect(new Headers(init!.headers).get('X-XSRF-TOKEN')).toBe('token-1');
  });

  it('shows the server message for a wrong password and stays on the page', async () => {
    serverAnswering(() => json(401, { detail: '用户名或密码错误。', code: 'bad-credentials' }));
    renderLogin();
    await submit('test-bureau-a', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误。');
    expect(screen.getByRole('button', { name: '登录' })).toBeEnabled();
  });

  it('says why in English without the Chinese detail', async () => {
    await i18n.changeLanguage('en');
    serverAnswering(() => json(401, { detail: '用户名或密码错误。', code: 'bad-credentials' }));
    renderLogin();
    fireEvent.change(await screen.findByLabelText('User name'), { target: { value: 'test-bureau-a' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password');
  });

  it('reports an unreachable server', async () => {
    serverAnswering(() => Promise.reject(new TypeError('network')));
    renderLogin();
    await submit('test-bureau-a', 'demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器');
  });
});

describe('safeNext', () => {
  it('keeps paths of this site and the Camunda webapps', () => {
    expect(safeNext('/items/3?tab=reports')).toBe('/items/3?tab=reports');
    expect(safeNext('/camunda/app/tasklist/default/')).toBe('/camunda/app/tasklist/default/');
  });

  it('never leaves the site', () => {
    for (const next of [null, '', 'https://example.org/', '//example.org/x', '/\\example.org', 'javascript:alert(1)']) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
