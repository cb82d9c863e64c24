import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { SessionProvider } from '../session/SessionContext';
import { renderWithQueries } from '../test-utils';
import SystemPage from './SystemPage';

const ADMIN = { userId: 'admin', name: '系统管理员', groups: [], department: null, roles: ['ADMIN'] };

function renderWithHealth(health: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn((url: string) => url === '/api/session'
    ? Promise.resolve(new Response(JSON.stringify(ADMIN), { status: 200 }))
    : health()));
  renderWithQueries(
    <MemoryRouter>
      <SessionProvider>
        <SystemPage />
      </SessionProvider>
    </MemoryRouter>,
  );
}

describe('SystemPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports the backend as running when health is UP', async () => {
    renderWithHealth(() => Promise.resolve(new Response(JSON.stringify({ status: 'UP' }), { status: 200 })));
    expect(await screen.findByText('运行正常')).toBeInTheDocument();
  });

  it('reports the backend as unavailable when health answers DOWN', async () => {
    renderWithHealth(() => Promise.resolve(new Response(JSON.stringify({ status: 'DOWN' }), { status: 503 })));
    expect(await screen.findByText('服务不可用')).toBeInTheDocument();
  });

  it('reports an unreachable server when the request fails', async () => {
    renderWithHealth(() => Promise.reject(new TypeError('network')));
    expect(await screen.findByText('无法连接服务器')).toBeInTheDocument();
  });

  it('links an administrator to the Camunda webapps under /camunda', async () => {
    renderWithHealth(() => new Promise(() => {}));
    expect((await screen.findByText('用户与权限 (Admin)')).closest('a')).toHaveAttribute('href', '/camunda/app/admin/');
    expect(screen.getByText('任务列表 (Tasklist)').closest('a')).toHaveAttribute('href', '/camunda/app/tasklist/');
  });
});
