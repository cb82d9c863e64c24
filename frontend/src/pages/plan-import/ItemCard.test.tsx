import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { served } from '../../test-utils';
import ItemCard from './ItemCard';
import type { PlanItem } from './types';

const GOV = { id: 'government-services', name: '市政务办', kind: 'MUNICIPAL' };
const FINANCE = { id: 'finance', name: '市财政局', kind: 'MUNICIPAL' };
const JUSTICE = { id: 'justice', name: '市司法局', kind: 'MUNICIPAL' };

/** An item of a task-division table: its 完成时限 cell is the item's deadline, as written. */
function item(deadline: string | null): PlanItem {
  return served<PlanItem>({
    number: 3, label: '2', section: 1, title: '推进高效办成一件事', text: '推进高效办成一件事\n推出10个一件事主题套餐',
    lead: { ...GOV, writtenAs: '市政务办' }, supporting: [], implementers: [], targets: [], responsibilityNote: null,
    line: 11, deadline,
  });
}

function show(deadline: string | null) {
  render(<ItemCard item={item(deadline)} warnings={[]} bodies={[GOV]} corrections={{}} onChange={() => {}} />);
}

describe('an item of the import preview', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('zh-CN');
  });

  it('shows the deadline the document gives the item, in Chinese and in English', async () => {
    show('2025年9月底前');
    expect(screen.getByText('完成时限')).toBeInTheDocument();
    expect(screen.getByText('2025年9月底前')).toHaveClass('deadline');

    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Deadline')).toBeInTheDocument();
    expect(screen.getByText('2025年9月底前')).toBeInTheDocument();
  });

  it('shows no deadline line for an item without one', () => {
    show(null);
    expect(screen.getByRole('heading', { name: /推进高效办成一件事/ })).toBeInTheDocument();
    expect(screen.queryByText('完成时限')).not.toBeInTheDocument();
  });

  it('removes a supporting body and adds another, never offering the lead', () => {
    const onChange = vi.fn();
    const read = { ...item(null), supporting: [{ ...FINANCE, writtenAs: '财政局' }] };
    render(<ItemCard item={read} warnings={[]} bodies={[GOV, FINANCE, JUSTICE]} corrections={{}} onChange={onChange} />);

    fireEvent.click(screen.getByRole('button', { name: '移除配合单位 市财政局' }));
    expect(onChange).toHaveBeenLastCalledWith({ 3: { supporting: [] } });

    const add = screen.getByRole('combobox', { name: '添加配合单位' });
    expect([...add.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['添加配合单位', '市司法局']);
    fireEvent.change(add, { target: { value: 'justice' } });
    expect(onChange).toHaveBeenLastCalledWith({ 3: { supporting: ['finance', 'justice'] } });
  });
});
