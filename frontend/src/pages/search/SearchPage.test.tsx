import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { renderWithQueries } from '../../test-utils';
import { planName, shortTitle } from '../inbox/planName';
import SearchPage from './SearchPage';

const RESULTS = {
  query: '质量',
  items: [{ id: 7, label: '(一)', title: '深入推进质量强企强链强县', businessKey: '苏府办〔2025〕77号-1', planId: 1,
    planDocNumber: '苏府办〔2025〕77号', planTitle: '"品质苏州"建设行动方案(2025年)' }],
  tasks: [{ id: 't1', title: '签收配合任务', departmentId: 'kunshan', departmentName: '昆山市', itemId: 7, itemLabel: '(一)',
    itemTitle: '深入推进质量强企强链强县', planDocNumber: '苏府办〔2025〕77号', planTitle: '“品质苏州”建设行动方案(2025年)',
    due: '2025-08-04T09:00:00+08:00' }],
  bodies: [],
  plans: [{ id: 1, docNumber: '苏府办〔2025〕77号', title: '"品质苏州"建设行动方案(2025年)' }],
};

function renderAt(url: string, answer: Response) {
  const fetch = vi.fn<(input: RequestInfo | URL) => Promise<Response>>(() => Promise.resolve(answer));
  vi.stubGlobal('fetch', fetch);
  renderWithQueries(<MemoryRouter initialEntries={[url]}><SearchPage /></MemoryRouter>);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('plan names', () => {
  it('name a plan by its document number and the quoted short name of its title', () => {
    expect(planName('苏府办〔2025〕77号', '“品质苏州”建设行动方案(2025年)')).toBe('苏府办〔2025〕77号 品质苏州…');
    expect(shortTitle('关于印发攻击测试工作要点的通知')).toBe('关于印发攻击测试…');
    expect(shortTitle('工作要点')).toBe('工作要点');
    expect(planName(null, '工作要点')).toBeNull();
  });
});

describe('SearchPage', () => {
  it('groups the results, each linking to its page, tasks named by body, item and plan', async () => {
    const fetch = renderAt('/search?q=%E8%B4%A8%E9%87%8F', new Response(JSON.stringify(RESULTS), { status: 200 }));
    const tasks = await screen.findByRole('region', { name: '待办任务' });
    expect(within(tasks).getByRole('link', { name: '签收配合任务' })).toHaveAttribute('href', '/tasks/t1');
    expect(within(tasks).getByText('昆山市')).toBeInTheDocument();
    expect(within(tasks).getByText('苏府办〔2025〕77号 品质苏州…')).toBeInTheDocument();
    const items = screen.getByRole('region', { name: '事项' });
    expect(within(items).getByRole('link', { name: '(一) 深入推进质量强企强链强县' })).toHaveAttribute('href', '/items/7');
    expect(within(screen.getByRole('region', { name: '文件' })).getByRole('link')).toHaveAttribute('href', '/dashboard?planId=1');
    expect(screen.queryByRole('region', { name: '单位' })).toBeNull();
    expect(String(fetch.mock.calls[0][0])).toContain('q=%E8%B4%A8%E9%87%8F');
  });

  it("shows the server's Chinese message for a refused query", async () => {
    renderAt('/search?q=x', new Response(JSON.stringify({ status: 400, detail: '「搜索词」(q) 最多 50 个字' }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } }));
    expect(await screen.findByRole('alert')).toHaveTextContent('「搜索词」(q) 最多 50 个字');
  });
});
