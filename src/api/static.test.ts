// The built web app behind the security headers, with the SPA fallback.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { createApp } from './app.js';

let webRoot: string;
let testStore: TestStore;
let app: Hono;

before(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'casefile-web-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Casefile test page</title>');
  await writeFile(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log(1)');
  testStore = await openTestStore();
  app = createApp({ store: testStore.store, webRoot });
});
after(async () => {
  await testStore.cleanup();
  await rm(webRoot, { recursive: true, force: true });
});

test('the page is served under a CSP that allows this origin only', async () => {
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /Casefile test page/);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(csp, /https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(res.headers.get('cache-control'), 'no-cache');
});

test('API responses carry the same headers', async () => {
  const res = await app.request('/api/health');
  assert.deepEqual(await res.json(), { status: 'ok', role: 'admin' });
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('hashed assets are served with a long cache life', async () => {
  const res = await app.request('/assets/app-1a2b.js');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /javascript/);
  assert.match(res.headers.get('cache-control') ?? '', /immutable/);
});

test('other paths fall back to the app page, but unknown API paths and assets stay 404', async () => {
  const page = await app.request('/reports/abc');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Casefile test page/);
  assert.equal((await app.request('/api/nope')).status, 404);
  assert.equal((await app.request('/assets/missing.js')).status, 404);
});

test('paths that climb out of the web folder are not served', async () => {
  const res = await app.request('/..%2F..%2Fetc%2Fpasswd');
  assert.doesNotMatch(await res.text(), /root:/);
});

test('a web folder without a built app stops the server at start, naming the folder', () => {
  assert.throws(() => createApp({ store: testStore.store, webRoot: join(webRoot, 'assets') }),
    (err: Error & { code?: string }) => err.code === 'E_CONFIG' && err.message.includes('npm run build'));
});
