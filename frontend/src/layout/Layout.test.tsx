import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { SessionProvider } from '../session/SessionContext';
import { renderWithQueries } from '../test-utils';
import Layout from './Layout';

const COORDINATOR = {
  userId: 'coordinator',
  name: '协调办 督查员',
  groups: [{ id: 'coordination-office', name: '行动方案协调办公室' }],
  department: { id: 'coordination-office', name: '行动方案协调办公室' },
  roles: ['COORDINATOR'],
};

function Broken(): never {
  throw new Error('render failed');
}

function SearchProbe() {
  const [params] = useSearchParams();
  return <h1>结果:{params.get('q')}</h1>;
}

function renderLayout(path: string) {
  renderWithQueries(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/" element={<h1>首页内容</h1>} />
            <Route path="/desk" element={<h1>督办台内容</h1>} />
            <Route path="/broken" element={<Broken />} />
            <Route path="/search" element={<SearchProbe />} />
          </Route>
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

describe('the layout', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn((url: string) => url === '/api/session'
      ? Promise.resolve(new Response(JSON.stringify(COORDINATOR), { status: 200 }))
      : new Promise<Response>(() => {})));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('folds the navigation into a menu that closes once a page is chosen', async () => {
    renderLayout('/');
    const menu = await screen.findByRole('button', { name: '菜单' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    fireEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('main-nav')).toHaveClass('open');

    fireEvent.click(await screen.findByRole('link', { name: '督办台' })); // once the session is known
    expect(await screen.findByRole('heading', { name: '督办台内容' })).toBeInTheDocument();
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the unread messages beside 消息 in the header', async () => {
    vi.stubGlobal('fetch', vi.fn((url: string) => Promise.resolve(new Response(JSON.stringify(
      url === '/api/session' ? COORDINATOR : url === '/api/messages/unread-count' ? { unread: 3 } : { open: 0, overdue: 0 }),
    { status: 200 }))));
    renderLayout('/');
    expect(await screen.findByTestId('messages-unread')).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: /^消息/ })).toHaveAttribute('href', '/messages');
  });

  it('shows a translated message with a reload button when a page fails to render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderLayout('/broken');
    expect(await screen.findByRole('heading', { name: '页面出错了' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
    expect(screen.queryByText('render failed')).not.toBeInTheDocument();
  });

  it('searches from the header: Enter opens the results page for the trimmed text', async () => {
    renderLayout('/');
    const box = await screen.findByRole('searchbox', { name: '搜索' });
    fireEvent.change(box, { target: { value: ' 昆山 ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    expect(await screen.findByRole('heading', { name: '结果:昆山' })).toBeInTheDocument();
  });
});
