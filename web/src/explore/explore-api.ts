// Client calls of the explore API (types come from the store's port).
import { get } from '../api.js';
import type { Explore } from '../../../src/store/explore/port.js';
import type { EventRow, Page } from '../types.js';
import type { Filter } from './filter.js';

export type { Explore } from '../../../src/store/explore/port.js';

export const exploreApi = {
  summary: (f: Filter, signal?: AbortSignal) => get<Explore>('/api/explore', f, signal),
  events: (f: Filter, page: { limit: number; offset: number }, signal?: AbortSignal) => get<Page<EventRow>>('/api/explore/events', { ...f, ...page }, signal),
};

export const EXPORTS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON lines' },
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'acled', label: 'ACLED table' },
  { format: 'ftm', label: 'FollowTheMoney' },
] as const;

export function exportHref(format: string, f: Filter): string {
  const q = new URLSearchParams({ ...(f as Record<string, string>), format });
  return `/api/explore/export?${q}`;
}
