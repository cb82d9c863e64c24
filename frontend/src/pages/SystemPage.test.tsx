import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { renderWithQueries } from '../test-utils';
import HomePage from './HomePage';

function renderWithHealth(response: Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(() => response));
  renderWithQueries(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
}

describe('HomePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports the backend as running when health is UP', async () => {
    renderWithHealth(Promise.resolve(new Response(JSON.stringify({ status: 'UP' }), { status: 200 })));
    expect(await screen.findByText('运行正常')).toBeInTheDocument();
  });

  it('reports the backend as unavailable when health answers DOWN', async () => {
    renderWithHealth(Promise.resolve(new Response(JSON.stringify({ status: 'DOWN' }), { status: 503 })));
    expect(await screen.findByText('服务不可用')).toBeInTheDocument();
  });

  it('reports an unreachable server when the request fails', async () => {
    renderWithHealth(Promise.reject(new TypeError('network')));
    expect(await screen.findByText('无法连接服务器')).toBeInTheDocument();
  });

  it('links to the Camunda webapps under /camunda', () => {
    renderWithHealth(new Promise(() => {}));
    expect(screen.getByText('任务列表 (Tasklist)').closest('a')).toHaveAttribute('href', '/camunda/app/tasklist/');
  });
});
