// Client calls for cases: reads through the shared GET helper, and the analyst
// actions (split, merge, move acts) as JSON POSTs.
import { get, send } from './api.js';
import type { Page } from './types.js';
import type { IncidentRow, IncidentView, ReportLinksView } from './incident-types.js';

const post = <T>(path: string, body: unknown) => send<T>('POST', path, body);

export const incidentApi = {
  list: (params: Record<string, string | number | undefined>, signal?: AbortSignal) => get<Page<IncidentRow>>('/api/incidents', params, signal),
  incident: (id: string, signal?: AbortSignal) => get<IncidentView>(`/api/incidents/${encodeURIComponent(id)}`, {}, signal),
  reportLinks: (id: string, signal?: AbortSignal) => get<ReportLinksView>(`/api/reports/${encodeURIComponent(id)}/links`, {}, signal),
  split: (id: string, events: string[]) => post<{ kept: string; created: string }>(`/api/incidents/${encodeURIComponent(id)}/split`, { events }),
  merge: (incidents: string[]) => post<{ id: string }>('/api/incidents/merge', { incidents }),
  move: (id: string, events: string[], to: string) => post<{ from: string | null; to: string }>(`/api/incidents/${encodeURIComponent(id)}/move`, { events, to }),
};
