import { useApi } from '../../useApi';
import type { Item } from './types';

/** The item page's data. */
export function useItem(id: string | undefined) {
  return useApi<Item>(`/api/items/${encodeURIComponent(id ?? '')}`);
}
