// Client calls of the explore API (types come from the store's port).
import { get } from '../api.js';
import type { Explore } from '../../../src/store/explore/port.js';
import type { EventRow, Page } from '../types.js';
import type { Filter } from './filter.js';
import type { ActorPage, PlacePage, SourcePage } from '../../../src/api/entity-schemas.js';

export type { ActorPage, PlacePage, SourcePage } from '../../../src/api/entity-schemas.js';

export type { Explore } from '../../../src/store/explore/port.js';

export type ExploreEventRow = EventRow & { actors: { key: string; name: string }[] };

const one = (...path: string[]) => `/api/${path.map(encodeURIComponent).join('/')}`;

export const exploreApi = {
  summary: (f: Filter, signal?: AbortSignal) => get<Explore>('/api/explore', f, signal),
  events: (f: Filter, page: { limit: number; offset: number }, signal?: AbortSignal) => get<Page<ExploreEventRow>>('/api/explore/events', { ...f, ...page }, signal),
  actor: (key: string, signal?: AbortSignal) => get<ActorPage>(one('actors', key), {}, signal),
  place: (id: string, signal?: AbortSignal) => get<PlacePage>(one('places', id), {}, signal),
  source: (reportId: string, sourceId: string, signal?: AbortSignal) => get<SourcePage>(one('sources', reportId, sourceId), {}, signal),
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
