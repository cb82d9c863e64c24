import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { ModelReviewLink } from './ModelReviewLink';

describe('model review task', () => {
  it('leads to the review page of its change', () => {
    render(<MemoryRouter><ModelReviewLink changeId={42} /></MemoryRouter>);
    expect(screen.getByRole('link', { name: '打开模型审核(变更 42)' })).toHaveAttribute('href', '/modeler/review?change=42');
  });
});
