import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createQueryClient } from './api/queryClient';

/**
 * A server answer as a test writes it, with the nulls the server sends: the API description marks no field as
 * nullable, so the generated types say every field is set.
 */
export const served = <T,>(value: unknown): T => value as T;

/** Renders a part of the app with its own, empty cache of server data, as the app starts. */
export function renderWithQueries(ui: ReactElement) {
  return render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);
}
