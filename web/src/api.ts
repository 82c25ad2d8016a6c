// The JSON API client. Errors arrive as {error: {code, message}} and are thrown
// with that message so views can show it.
import type { EventRow, NamedCount, Page, ReportHit, ReportView, Vocabulary } from './types.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined>;

export async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const url = query.size > 0 ? `${path}?${query}` : path;
  return request<T>(url, { headers: { accept: 'application/json' }, signal });
}

let csrf = '';
/** The CSRF token of the session, sent with every state change. */
export const setCsrf = (token: string) => { csrf = token; };

/** One request; a failed one throws the API's error code and message. */
export async function request<T>(url: string, init: RequestInit): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (method !== 'GET' && method !== 'HEAD') headers.set('x-csrf-token', csrf);
  const res = await fetch(url, { ...init, headers });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body?.error;
    throw new ApiError(res.status, err?.code ?? 'E_HTTP', err?.message ?? `request failed with status ${res.status}`);
  }
  return body as T;
}

/** A JSON state change (POST, DELETE) with the CSRF token. */
export const send = <T>(method: 'POST' | 'DELETE', path: string, body?: unknown) =>
  request<T>(path, { method, headers: { 'content-type': 'application/json', accept: 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

export const api = {
  searchReports: (params: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<ReportHit>>('/api/reports', params, signal),
  report: (id: string, signal?: AbortSignal) => get<ReportView>(`/api/reports/${encodeURIComponent(id)}`, {}, signal),
  events: (params: Params, signal?: AbortSignal) => get<Page<EventRow>>('/api/events', params, signal),
  actors: () => get<{ items: NamedCount[] }>('/api/actors'),
  places: () => get<{ items: NamedCount[] }>('/api/places'),
  vocabulary: () => get<Vocabulary>('/api/vocabulary'),
};
