import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
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

  const escalation = { id: 7, itemId: 3, itemLabel: '(三)', itemTitle: '推进服务供给提质', businessKey: 'k', departmentId: 'zhujian',
    departmentName: '市住建局', periodId: 1, periodLabel: '2025年第三季度', trigger: 'OVERDUE', reason: '配合材料逾期未报送', level: 'BLUE',
    levelName: '蓝色督办', levelRank: 1, openedAt: '2025-10-16T09:00:00+08:00', levelSince: '2025-10-16T09:00:00+08:00', ageDays: 2,
    daysAtLevel: 2, deadline: null, answered: false, overdue: false, processInstanceId: 'p1' };
  const ended = { id: 8, itemId: 3, itemLabel: '(三)', itemTitle: '推进服务供给提质', businessKey: 'k', departmentId: 'kunshan',
    departmentName: '昆山市', periodLabel: '2025年第三季度', trigger: 'OVERDUE', reason: '配合材料逾期未报送', level: 'BLUE', levelName: '蓝色督办',
    status: 'ENDED', endCause: 'MATERIAL_SUBMITTED', endNote: '逾期材料已报送,督办事由消除', endedBy: null,
    openedAt: '2025-10-16T09:00:00+08:00', closedAt: '2025-10-17T10:30:00+08:00' };
  const emptyPage = { rows: [], total: 0, page: 0, size: 20 };

  it('shows how and why each recent escalation ended', async () => {
    renderDesk(Promise.resolve(new Response(JSON.stringify({ escalations: [], ended: [ended], reviews: emptyPage, extensions: emptyPage }), { status: 200 })));
    expect(await screen.findByRole('heading', { name: '最近结束的督办(1)' })).toBeInTheDocument();
    expect(screen.getByText('逾期材料已报送')).toBeInTheDocument();
    expect(screen.getByText('逾期材料已报送,督办事由消除')).toBeInTheDocument();
  });

  it('withdraws an escalation with the reason the office gives', async () => {
    const desk = { escalations: [{ escalation, taskId: null, taskTitle: null }], ended: [], reviews: emptyPage, extensions: emptyPage };
    const fetch = vi.fn((url: string) => Promise.resolve(url.includes('withdraw') ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(desk), { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    renderWithQueries(<MemoryRouter><DeskPage /></MemoryRouter>);
    fireEvent.click(await screen.findByRole('button', { name: '撤销督办' }));
    fireEvent.change(screen.getByLabelText('撤销理由'), { target: { value: '已当面督促,材料已补齐' } });
    fireEvent.click(screen.getByRole('button', { name: '确认撤销' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/escalations/7/withdraw', expect.objectContaining({
      method: 'POST', body: JSON.stringify({ reason: '已当面督促,材料已补齐' }) })));
  });

  it('links the issued 督办单 by its number as PDF and Word', async () => {
    const issued = { ...escalation, id: 9, deadline: '2025-10-26', noticeId: 41, noticeNumber: '督办〔2025〕12号' };
    const desk = { escalations: [{ escalation, taskId: null, taskTitle: null }, { escalation: issued, taskId: null, taskTitle: null }],
      ended: [], reviews: emptyPage, extensions: emptyPage };
    renderDesk(Promise.resolve(new Response(JSON.stringify(desk), { status: 200 })));
    expect(await screen.findByText('督办〔2025〕12号')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '督办单 (PDF)' })).toHaveAttribute('href', '/api/escalations/notices/41?format=pdf');
    expect(screen.getByRole('link', { name: '督办单 (Word)' })).toHaveAttribute('href', '/api/escalations/notices/41?format=docx');
    expect(screen.getAllByRole('link', { name: /督办单/ })).toHaveLength(2);
  });

  it('lists the reports waiting for review', async () => {
    const desk = { escalations: [], ended: [], reviews: { rows: [{ taskId: 't1', title: '(一) 培育企业 · 2026年第一季度进展报告审核', daysLeft: 3 }], total: 1, page: 0, size: 20 },
      extensions: { rows: [], total: 0, page: 0, size: 20 } };
    renderDesk(Promise.resolve(new Response(JSON.stringify(desk), { status: 200 })));
    expect(await screen.findByRole('heading', { name: '待审核报告(1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '(一) 培育企业 · 2026年第一季度进展报告审核' })).toHaveAttribute('href', '/tasks/t1');
  });
});
