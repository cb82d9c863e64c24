import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import App from '../App';
import { renderWithQueries } from '../test-utils';
import { SessionProvider } from './SessionContext';

const COORDINATOR = {
  userId: 'coordinator',
  name: '协调办 督查员',
  groups: [{ id: 'coordination-office', name: '行动方案协调办公室' }],
  department: { id: 'coordination-office', name: '行动方案协调办公室' },
  roles: ['COORDINATOR'],
};

function renderApp(session: unknown, path = '/') {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    if (url === '/api/session' && init?.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
    if (url === '/api/session') {
      return Promise.resolve(new Response(JSON.stringify(session ?? {}), { status: session ? 200 : 401 }));
    }
    return new Promise<Response>(() => {}); // the home page's health check stays pending
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithQueries(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </MemoryRouter>,
  );
  return fetchMock;
}

describe('the login guard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a visitor without a session to the login page', async () => {
    renderApp(null, '/items/3');
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
  });

  it('shows the user department in the header and logs out', async () => {
    const fetchMock = renderApp(COORDINATOR);
    expect(await screen.findByText('行动方案协调办公室')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));

    // the login page can be drawn twice (the session is cleared, then the route changes): wait for the one that stays
    await waitFor(() => expect(screen.getByRole('heading', { name: '登录' })).toBeInTheDocument());
    expect(fetchMock).toHaveBeenCalledWith('/api/session', expect.objectContaining({ method: 'DELETE' }));
  });
});
