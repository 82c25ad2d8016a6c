// Signing in, the local single user, CSRF, same-origin and Host checks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestStore, type TestStore } from '../../store/test-store.js';
import { createApp } from '../app.js';
import { isCasefileError } from '../../core/errors.js';
import { allowedHosts, startServer } from '../server.js';
import { call, localClient, signIn } from '../test-client.case.js';
import { hashPassword } from './credentials.js';

let t: TestStore;
before(async () => { t = await openTestStore(); });
after(() => t.cleanup());

describe('a data folder without accounts', () => {
  test('opens for the local single user on loopback, and says so', async () => {
    const app = createApp({ store: t.store });
    const me = await (await app.request('/api/session')).json() as { name: string; local: boolean; csrf: string };
    assert.equal(me.local, true);
    assert.ok(me.csrf.length > 20);
    assert.equal((await app.request('/api/reports')).status, 200);
  });

  test('serve refuses to listen on another address until an account exists', async () => {
    await assert.rejects(startServer({ store: t.store, host: '0.0.0.0', port: 0 }), (e) => isCasefileError(e) && e.code === 'E_CONFIG' && /user add/.test(e.message));
  });

  test('opens for nobody when the server listens on another address', async () => {
    const app = createApp({ store: t.store, loopback: false });
    assert.equal((await app.request('/api/reports')).status, 401);
  });
});

describe('state changes', () => {
  test('need the CSRF token', async () => {
    const app = createApp({ store: t.store });
    const me = await localClient(app);
    const without = await call(app, null, 'POST', '/api/incidents/merge', { incidents: [] });
    assert.equal(without.status, 403);
    assert.match(((await without.json()) as { error: { message: string } }).error.message, /X-CSRF-Token/);
    assert.equal((await call(app, { csrf: 'forged' }, 'POST', '/api/incidents/merge', { incidents: [] })).status, 403);
    assert.equal((await call(app, me, 'POST', '/api/incidents/merge', { incidents: [] })).status, 400, 'with the token it reaches the route');
  });

  test('from another site are refused even with the token', async () => {
    const app = createApp({ store: t.store });
    const me = await localClient(app);
    assert.equal((await call(app, me, 'POST', '/api/incidents/merge', { incidents: [] }, { origin: 'http://evil.example' })).status, 403);
    assert.equal((await call(app, me, 'POST', '/api/incidents/merge', { incidents: [] }, { 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await call(app, me, 'POST', '/api/incidents/merge', { incidents: [] }, { origin: 'http://localhost' })).status, 400);
  });
});

describe('the Host header', () => {
  test('must name this server (DNS rebinding)', async () => {
    const app = createApp({ store: t.store, hosts: allowedHosts('127.0.0.1', 4317) });
    const at = (host: string) => app.request('http://x/api/reports', { headers: { host } });
    assert.equal((await at('127.0.0.1:4317')).status, 200);
    assert.equal((await at('localhost:4317')).status, 200);
    assert.equal((await at('attacker.example:4317')).status, 403);
    assert.equal((await at('127.0.0.1:9999')).status, 403);
  });
});

describe('accounts', () => {
  test('sign in with a cookie that scripts cannot read; without it /api answers 401, with it the role decides', async () => {
    await t.store.users.put('vera', 'viewer', await hashPassword('viewer password 1'));
    const app = createApp({ store: t.store });
    assert.equal((await app.request('/api/reports')).status, 401);
    assert.equal((await app.request('/api/session')).status, 401);
    assert.equal((await app.request('/api/no-such-route')).status, 401, 'not even a 404 without a session');
    const res = await app.request('/api/session', { method: 'POST', body: JSON.stringify({ name: 'vera', password: 'viewer password 1' }), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.deepEqual(Object.keys(await res.json() as object).sort(), ['csrf', 'name', 'role']);
    const vera = await signIn(app, 'vera', 'viewer password 1');
    assert.equal((await call(app, vera, 'GET', '/api/reports')).status, 200);
    assert.equal((await call(app, vera, 'POST', '/api/incidents/merge', { incidents: [] })).status, 403);
    assert.equal((await call(app, vera, 'DELETE', '/api/session')).status, 200);
    assert.equal((await call(app, vera, 'GET', '/api/reports')).status, 401, 'signed out');
  });

  test('a wrong password or an unknown name is refused alike, and logged', async () => {
    const app = createApp({ store: t.store });
    const attempt = (name: string, password: string) => app.request('/api/session', { method: 'POST', body: JSON.stringify({ name, password }), headers: { 'content-type': 'application/json' } });
    assert.equal((await attempt('vera', 'wrong password 00')).status, 401);
    assert.equal((await attempt('nobody', 'wrong password 00')).status, 401);
    assert.equal((await t.store.audit.list({ action: 'session.refused' })).total, 2);
    for (let i = 0; i < 4; i++) assert.equal((await attempt('vera', `guess number ${i}`)).status, 401);
    assert.equal((await attempt('vera', 'viewer password 1')).status, 429, 'after five failures even the right password waits');
  });
});
