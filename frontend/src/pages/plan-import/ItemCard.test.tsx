import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { served } from '../../test-utils';
import ItemCard from './ItemCard';
import type { PlanItem } from './types';

const GOV = { id: 'government-services', name: '市政务办', kind: 'MUNICIPAL' };

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
});
