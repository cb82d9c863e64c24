import { cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { renderWithQueries } from '../../test-utils';
import DeskPage from './DeskPage';

function renderDesk(answer: Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(() => answer));
  renderWithQueries(<MemoryRouter><DeskPage /></MemoryRouter>);
}

const forbidden = () => Promise.resolve(new Response(JSON.stringify({ status: 403, detail: '仅协调办可以查看督办台' }), { status: 403 }));

describe('督办台 while loading and when refused', () => {
  afterEach(async () => {
    cleanup(); // before the language changes back, so no mounted page re-renders outside act
    vi.unstubAllGlobals();
    await i18n.changeLanguage('zh-CN');
  });

  it('says it is loading, never an empty page', () => {
    renderDesk(new Promise<Response>(() => {}));
    expect(screen.getByRole('status')).toHaveTextContent('正在加载');
  });

  it("shows the server's reason in Chinese", async () => {
    renderDesk(forbidden());
    expect(await screen.findByRole('alert')).toHaveTextContent('仅协调办可以查看督办台');
  });

  it('shows what the refusal means in English, without the Chinese detail', async () => {
    await i18n.changeLanguage('en');
    renderDesk(forbidden());
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this');
  });

  it('lists the reports waiting for review', async () => {
    const desk = { escalations: [], reviews: { rows: [{ taskId: 't1', title: '(一) 培育企业 · 2026年第一季度进展报告审核', daysLeft: 3 }], total: 1, page: 0, size: 20 },
      extensions: { rows: [], total: 0, page: 0, size: 20 } };
    renderDesk(Promise.resolve(new Response(JSON.stringify(desk), { status: 200 })));
    expect(await screen.findByRole('heading', { name: '待审核报告(1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '(一) 培育企业 · 2026年第一季度进展报告审核' })).toHaveAttribute('href', '/tasks/t1');
  });
});
