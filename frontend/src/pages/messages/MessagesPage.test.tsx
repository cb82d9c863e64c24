import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { SessionProvider } from '../../session/SessionContext';
import { renderWithQueries } from '../../test-utils';
import MessagesPage from './MessagesPage';

const page = {
  rows: [
    { id: 7, kind: 'URGE', title: '催办:(一) 培育企业', body: '(一) 培育企业 的任务已于 2026-12-07 18:00 到期,尚未办理,请尽快报送。',
      link: '/tasks/t1', itemId: 1, taskCount: 0, createdAt: '2026-12-07T18:05:00+08:00', read: false },
    { id: 6, kind: 'NEW_TASKS', title: '新待办 2 项', body: '您单位有新的待办任务', link: '/inbox', itemId: 1, taskCount: 2,
      createdAt: '2026-12-01T09:00:00+08:00', read: true },
  ],
  total: 2,
  unread: 1,
};

const STAFF = { userId: 'kunshan', name: '昆山市 工作人员', groups: [], department: { id: 'kunshan', name: '昆山市' },
  roles: ['DEPARTMENT'] };
const COORDINATOR = { ...STAFF, userId: 'coordinator', roles: ['COORDINATOR'] };
const ANSWERS: Record<string, unknown> = {
  '/api/departments': [{ id: 'kunshan', name: '昆山市', kind: 'COUNTY' }],
  '/api/messages/webhooks': [{ departmentId: 'kunshan', url: 'https://robot.test/send?key=1', updatedBy: 'coordinator',
    updatedAt: '2026-12-07T09:00:00+08:00' }],
};

function serve(user: object = STAFF) {
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    if (init?.method === 'POST' || init?.method === 'PUT') return Promise.resolve(new Response(null, { status: 204 }));
    const path = url.split('?')[0];
    const body = path === '/api/session' ? user : ANSWERS[path] ?? page;
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  });
  vi.stubGlobal('fetch', fetch);
  renderWithQueries(<MemoryRouter><SessionProvider><MessagesPage /></SessionProvider></MemoryRouter>);
  return fetch;
}

describe('站内消息', () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await i18n.changeLanguage('zh-CN');
  });

  it('lists the messages with their kind, time in Suzhou and a link to the task', async () => {
    serve();
    expect(await screen.findByText('催办:(一) 培育企业')).toBeInTheDocument();
    expect(screen.getByText('2026-12-07 18:05')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '前往办理' })[0]).toHaveAttribute('href', '/tasks/t1');
    expect(screen.getAllByRole('button', { name: '标为已读' })).toHaveLength(1);
  });

  it('marks one message read for the user', async () => {
    const fetch = serve();
    fireEvent.click(await screen.findByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/messages/7/read', expect.objectContaining({ method: 'POST' })));
  });

  it('offers the group robots to the coordinating office only', async () => {
    serve();
    expect(await screen.findByText('催办:(一) 培育企业')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '群机器人' })).toBeNull();
    cleanup();
    const fetch = serve(COORDINATOR);
    expect(await screen.findByRole('heading', { name: '群机器人' })).toBeInTheDocument();
    expect(await screen.findByText('https://robot.test/send?key=1')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/messages/webhooks/kunshan',
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ url: '' }) })));
  });

  it('speaks English after the switch', async () => {
    await i18n.changeLanguage('en');
    serve();
    expect(await screen.findByRole('heading', { name: 'Messages' })).toBeInTheDocument();
    expect(await screen.findByText('Urged')).toBeInTheDocument();
  });
});
