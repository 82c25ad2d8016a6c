// The one access check of the API. For every /api request: find the route's
// policy (none: refused), find who is asking (session cookie, or the local single
// user while no account exists and the server listens on loopback only), check the
// role, and for state changes the CSRF token. Afterwards, successful changes and
// reads of source descriptors go to the audit log.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { maySeeSourceDescriptors, roleAtLeast, type AccessRole } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';
import type { Store } from '../../store/port.js';
import { tokenHash } from './credentials.js';
import { policyFor, type RoutePolicy } from './policy.js';

export const SESSION_COOKIE = 'casefile_session';

export interface Caller {
  name: string;
  role: AccessRole;
  csrf: string;
  /** the local single user of a data folder without accounts */
  local: boolean;
  /** hash of the session token (absent for the local user) */
  session?: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    caller: Caller | null;
    /** set by a route that wrote its own audit entry */
    audited: boolean;
  }
}

export interface GuardOptions {
  store: Store;
  /** the role of the local single user while no account exists */
  localRole: AccessRole;
  /** false when the server listens on an address other machines reach: no local user then */
  loopback: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameToken = (a: string | undefined, b: string) =>
  a !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function callerOf(c: Context): Caller {
  const caller = c.get('caller');
  if (!caller) throw new CasefileError('E_UNAUTHORIZED', undefined, { where: c.req.path });
  return caller;
}

export const roleOf = (c: Context): AccessRole => callerOf(c).role;

export function accessGuard({ store, localRole, loopback }: GuardOptions): MiddlewareHandler {
  // the local user's CSRF token: fixed for the life of the server, unknown to other sites
  const secret = randomBytes(32);
  const localCsrf = createHmac('sha256', secret).update('local').digest('base64url');

  async function identify(c: Context): Promise<Caller | null> {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const hash = tokenHash(token);
      const session = await store.users.findSession(hash, new Date().toISOString());
      if (session) return { name: session.user.name, role: session.user.role, csrf: session.csrf, local: false, session: hash };
    }
    if (loopback && (await store.users.count()) === 0) return { name: 'local', role: localRole, csrf: localCsrf, local: true };
    return null;
  }

  return async (c, next) => {
    const policy = policyFor(c.req.method, c.req.path);
    const caller = await identify(c);
    // without a session nothing under /api is answered, not even which routes exist
    if (!policy) throw new CasefileError(caller ? 'E_NOT_FOUND' : 'E_UNAUTHORIZED', caller ? `no route ${c.req.method} ${c.req.path}` : undefined, { where: c.req.path });
    c.set('caller', caller);
    c.set('audited', false);
    if (policy.role !== 'public') {
      if (!caller) throw new CasefileError('E_UNAUTHORIZED', undefined, { where: c.req.path });
      if (!roleAtLeast(caller.role, policy.role)) {
        throw new CasefileError('E_FORBIDDEN', `${c.req.method} ${policy.path} needs the ${policy.role} role`, { where: 'role' });
      }
    }
    // A token another site cannot read: with SameSite=Strict cookies and the origin check, a second lock.
    if (UNSAFE.has(c.req.method) && caller && !sameToken(c.req.header('x-csrf-token'), caller.csrf)) {
      throw new CasefileError('E_FORBIDDEN', 'missing or wrong X-CSRF-Token header', { where: 'X-CSRF-Token' });
    }
    await next();
    if (caller && c.res.status < 400) await audit(c, policy, caller, store);
  };
}

async function audit(c: Context, policy: RoutePolicy, caller: Caller, store: Store): Promise<void> {
  const reportId = policy.path.startsWith('/api/reports/:id') ? c.req.path.split('/')[3] : null;
  const incidentId = policy.path.startsWith('/api/incidents/:id') ? c.req.path.split('/')[3] : null;
  if (policy.sensitive && maySeeSourceDescriptors(caller.role)) {
    await store.audit.append({ actor: caller.name, action: 'read.sources', reportId, incidentId, after: { path: c.req.path } });
  }
  if (UNSAFE.has(c.req.method) && !c.get('audited') && policy.path !== '/api/session') {
    const body = await c.req.json().catch(() => null);
    await store.audit.append({ actor: caller.name, action: `${c.req.method} ${policy.path}`, reportId, incidentId, after: body });
  }
}
