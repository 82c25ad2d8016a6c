// Every route of the app has a declared role policy, and the guard enforces it:
// walks app.routes, so a route added without a row in POLICIES fails here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { ACCESS_ROLES, roleAtLeast, type AccessRole } from '../../core/access.js';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import { createApp } from '../app.js';
import { call, signIn, type Client } from '../test-client.case.js';
import { hashPassword } from './credentials.js';
import { declaredPolicy, POLICIES } from './policy.js';

const PASSWORD = 'a long test password';

/** The API routes of an app (middleware registrations are method ALL). */
const apiRoutes = (app: Hono) => [...new Map(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
  .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }])).values()];

let t: TestStore;
let app: Hono;
const clients = new Map<AccessRole, Client>();

before(async () => {
  t = await openTestStore();
  const hash = await hashPassword(PASSWORD);
  for (const role of ACCESS_ROLES) await t.store.users.put(`user-${role}`, role, hash);
  app = createApp({ store: t.store });
  for (const role of ACCESS_ROLES) clients.set(role, await signIn(app, `user-${role}`, PASSWORD));
});
after(() => t.cleanup());

describe('the route policy table', () => {
  test('every API route of the app has a declared policy', () => {
    const routes = apiRoutes(app);
    assert.ok(routes.length >= POLICIES.length - 1, `only ${routes.length} routes found`);
    const missing = routes.filter((r) => !declaredPolicy(r.method, r.path));
    assert.deepEqual(missing, [], 'routes without a row in src/api/auth/policy.ts');
  });

  test('the walk catches a route added without a policy, and the guard refuses it', async () => {
    const extra = createApp({ store: t.store });
    extra.get('/api/secret-export', (c) => c.json({ leaked: true }));
    assert.deepEqual(apiRoutes(extra).filter((r) => !declaredPolicy(r.method, r.path)), [{ method: 'GET', path: '/api/secret-export' }]);
    const admin = await signIn(extra, 'user-admin', PASSWORD);
    assert.equal((await call(extra, admin, 'GET', '/api/secret-export')).status, 404);
  });

  test('no policy row is left without its route', () => {
    const registered = new Set(apiRoutes(app).map((r) => `${r.method} ${r.path}`));
    assert.deepEqual(POLICIES.filter((p) => !registered.has(`${p.method} ${p.path}`)), []);
  });
});

describe('every route refuses the wrong role', () => {
  // signing out (DELETE /api/session) ends the sessions: the public rows go last
  for (const p of [...POLICIES].sort((a, b) => Number(a.role === 'public') - Number(b.role === 'public'))) {
    test(`${p.method} ${p.path} (${p.role})`, async () => {
      const path = p.path.replace(/:[a-z]+/g, 'x');
      const body = p.method === 'GET' ? undefined : {};
      const anonymous = (await call(app, null, p.method, path, body)).status;
      if (p.role === 'public') assert.notEqual(anonymous, 403);
      else assert.equal(anonymous, 401, 'without a session');
      for (const role of ACCESS_ROLES) {
        const status = (await call(app, clients.get(role)!, p.method, path, body)).status;
        if (p.role === 'public' || roleAtLeast(role, p.role)) assert.ok(status !== 401 && status !== 403, `${role} is refused (${status})`);
        else assert.equal(status, 403, `${role} gets ${status}`);
      }
    });
  }
});
