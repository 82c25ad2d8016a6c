// Who may call which API route: one table, enforced by one middleware (guard.ts)
// and walked by a test that fails for any route of the app without a row here.
// A new route needs a new row; a request no row matches is refused.
import type { AccessRole } from '../../core/access.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RoutePolicy {
  method: Method;
  /** the route's path as registered with Hono (":name" matches one path segment) */
  path: string;
  /** the least role allowed; 'public' needs no session (signing in) */
  role: AccessRole | 'public';
  /** the answer carries source descriptors for roles that may see them: each such read is audited */
  sensitive?: boolean;
}

export const POLICIES: readonly RoutePolicy[] = [
  { method: 'GET', path: '/api/session', role: 'public' },
  { method: 'POST', path: '/api/session', role: 'public' },
  { method: 'DELETE', path: '/api/session', role: 'public' },
  { method: 'GET', path: '/api/health', role: 'viewer' },
  { method: 'GET', path: '/api/vocabulary', role: 'viewer' },
  { method: 'GET', path: '/api/reports', role: 'viewer' },
  { method: 'GET', path: '/api/reports/:id', role: 'viewer', sensitive: true },
  { method: 'GET', path: '/api/reports/:id/links', role: 'viewer' },
  { method: 'GET', path: '/api/events', role: 'viewer' },
  { method: 'GET', path: '/api/actors', role: 'viewer' },
  { method: 'GET', path: '/api/places', role: 'viewer' },
  { method: 'GET', path: '/api/sources', role: 'viewer', sensitive: true },
  { method: 'GET', path: '/api/explore', role: 'viewer' },
  { method: 'GET', path: '/api/explore/events', role: 'viewer' },
  { method: 'GET', path: '/api/explore/export', role: 'viewer' },
  { method: 'GET', path: '/api/openapi.json', role: 'viewer' },
  { method: 'GET', path: '/api/docs', role: 'viewer' },
  { method: 'GET', path: '/api/incidents', role: 'viewer' },
  { method: 'GET', path: '/api/incidents/:id', role: 'viewer', sensitive: true },
  { method: 'POST', path: '/api/incidents/merge', role: 'analyst' },
  { method: 'POST', path: '/api/incidents/:id/split', role: 'analyst' },
  { method: 'POST', path: '/api/incidents/:id/move', role: 'analyst' },
  { method: 'POST', path: '/api/reports/:id/review', role: 'analyst' },
  { method: 'GET', path: '/api/review/queue', role: 'analyst' },
  { method: 'GET', path: '/api/reports/:id/history', role: 'analyst' },
  { method: 'GET', path: '/api/incidents/:id/history', role: 'analyst' },
  { method: 'GET', path: '/api/audit', role: 'admin' },
  { method: 'GET', path: '/api/users', role: 'admin' },
  { method: 'POST', path: '/api/users', role: 'admin' },
  { method: 'DELETE', path: '/api/users/:name', role: 'admin' },
  { method: 'GET', path: '/api/actors/:id', role: 'viewer' },
  { method: 'GET', path: '/api/places/:id', role: 'viewer' },
  { method: 'GET', path: '/api/sources/:report/:id', role: 'viewer', sensitive: true },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = POLICIES.map((p) => ({
  policy: p,
  pattern: new RegExp(`^${p.path.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : escape(seg))).join('/')}/?$`),
  // a fixed segment outranks a parameter: /api/incidents/merge before /api/incidents/:id
  fixed: p.path.split('/').filter((seg) => !seg.startsWith(':')).length,
})).sort((a, b) => b.fixed - a.fixed);

/** The policy for a request, or null when no row covers it. */
export function policyFor(method: string, path: string): RoutePolicy | null {
  const m = method === 'HEAD' ? 'GET' : method;
  return compiled.find((c) => c.policy.method === m && c.pattern.test(path))?.policy ?? null;
}

/** The row declared for a route exactly as registered (what the route-walking test asks). */
export const declaredPolicy = (method: string, path: string): RoutePolicy | undefined =>
  POLICIES.find((p) => p.method === method && p.path === path);
