// Signing in and out. POST /api/session {name, password} sets an HttpOnly,
// SameSite=Strict session cookie and answers {name, role, csrf}; GET tells the
// page who is signed in (or that the data folder has no accounts yet).
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { CasefileError } from '../../core/errors.js';
import { checkPassword, newToken, tokenHash } from '../auth/credentials.js';
import { callerOf, SESSION_COOKIE } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { parsedBody } from '../body.js';

const SESSION_HOURS = 12;
// Guessing passwords: after this many failures for one name, that name is refused for the window.
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;
export const Login = z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) });

export function sessionRoutes({ store }: ApiDeps): Hono {
  const failures = new Map<string, number[]>();
  const recentFailures = (name: string) => (failures.get(name) ?? []).filter((t) => t > Date.now() - FAILURE_WINDOW_MS);
  return new Hono()
    .get('/', (c) => {
      const { name, role, csrf, local } = callerOf(c);
      return c.json({ name, role, csrf, local });
    })
    .post('/', async (c) => {
      const { name, password } = await parsedBody(Login, c);
      if (recentFailures(name).length >= MAX_FAILURES) throw new CasefileError('E_TOO_MANY', `${MAX_FAILURES} failed sign-ins for this name; wait 15 minutes`, { where: 'body.name' });
      const user = await store.users.find(name);
      if (!(await checkPassword(user?.passwordHash ?? null, password)) || !user) {
        const recent = recentFailures(name);
        failures.delete(name); // re-inserted last: Map order is recency order
        failures.set(name, [...recent, Date.now()]);
        // bounded: a flood of made-up names forgets the oldest first
        if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
        await store.audit.append({ actor: name, action: 'session.refused' });
        throw new CasefileError('E_UNAUTHORIZED', 'wrong name or password', { where: 'body' });
      }
      failures.delete(name);
      const token = newToken();
      const csrf = newToken();
      const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
      await store.users.createSession(tokenHash(token), user.name, csrf, expires.toISOString());
      await store.audit.append({ actor: user.name, action: 'session.open' });
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', expires, secure: new URL(c.req.url).protocol === 'https:' });
      return c.json({ name: user.name, role: user.role, csrf });
    })
    .delete('/', async (c) => {
      const caller = c.get('caller');
      if (caller?.session) {
        await store.users.deleteSession(caller.session);
        await store.audit.append({ actor: caller.name, action: 'session.close' });
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true });
    });
}
