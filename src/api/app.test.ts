// The JSON API over a real store (SQLite, or PostgreSQL under `npm run test:pg`)
// holding two hand-made reports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { createApp } from './app.js';
import { fixtureReports } from './fixtures.case.js';

const [hyesan, shenyang] = fixtureReports();
let testStore: TestStore;
let app: Hono;

before(async () => {
  testStore = await openTestStore();
  for (const { report, extraction } of [hyesan, shenyang]) {
    await testStore.store.saveReport(report, new TextEncoder().encode(report.text), extraction);
  }
  app = createApp({ store: testStore.store });
});
after(() => testStore.cleanup());

// response bodies are checked field by field, so they are left untyped
async function getJson(path: string, expectStatus = 200, from: Hono = app): Promise<any> {
  const res = await from.request(path);
  assert.equal(res.status, expectStatus, `${path}: status ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

describe('GET /api/reports', () => {
  test('search finds the report whose text holds the words', async () => {
    const body = await getJson('/api/reports?q=mushrooms');
    assert.deepEqual(body.items.map((h: { id: string }) => h.id), [hyesan.report.id]);
    assert.equal(body.total, 1);
    assert.match(body.items[0].snippet, /mushrooms/);
  });

  test('without q it lists every report, paged', async () => {
    const all = await getJson('/api/reports');
    assert.equal(all.total, 2);
    const second = await getJson('/api/reports?limit=1&offset=1');
    assert.equal(second.items.length, 1);
    assert.equal(second.total, 2);
    assert.notEqual(second.items[0].id, (await getJson('/api/reports?limit=1')).items[0].id);
  });

  test('a negative limit is a 400 naming the parameter', async () => {
    const body = await getJson('/api/reports?limit=-1', 400);
    assert.equal(body.error.code, 'E_BAD_PARAM');
    assert.equal(body.error.where, 'query.limit');
  });

  test('an unknown parameter is refused rather than ignored', async () => {
    const body = await getJson('/api/reports?qq=typo', 400);
    assert.equal(body.error.where, 'query.qq');
    assert.match(body.error.message, /unknown parameter qq/);
  });
});

describe('GET /api/reports/:id', () => {
  test('returns the report and its extraction with offsets into the text, no raw bytes', async () => {
    const body = await getJson(`/api/reports/${hyesan.report.id}`);
    assert.equal(body.report.title, hyesan.report.title);
    assert.equal(body.raw, undefined);
    const arrest = body.extraction.events.find((e: { type: string }) => e.type === 'ARREST');
    assert.equal(body.report.text.slice(arrest.trigger.start, arrest.trigger.end), 'arrested');
    assert.equal(body.extraction.sources[0].descriptor, 'a resident source in Ryanggang Province');
  });

  test('offsets hold for Hangul text', async () => {
    const body = await getJson(`/api/reports/${shenyang.report.id}`);
    const mss = body.extraction.actors.find((a: { canonId: string }) => a.canonId === 'kp-mss');
    assert.deepEqual(mss.mentions.map((m: { start: number; end: number }) => body.report.text.slice(m.start, m.end)), ['State Security', '국가보위성']);
  });

  test('an unknown id is a JSON 404', async () => {
    const body = await getJson(`/api/reports/${'0'.repeat(64)}`, 404);
    assert.equal(body.error.code, 'E_NOT_FOUND');
    assert.equal(body.error.where, 'path.id');
  });

  test('an id with characters no id has is a 400', async () => {
    const body = await getJson('/api/reports/..%2F..%2Fetc', 400);
    assert.equal(body.error.code, 'E_BAD_PARAM');
  });
});

describe('GET /api/events', () => {
  const types = (body: { items: { type: string }[] }) => body.items.map((e) => e.type).sort();

  test('filters by type and carries the evidence words', async () => {
    const body = await getJson('/api/events?type=ARREST');
    assert.deepEqual(types(body), ['ARREST']);
    assert.equal(body.items[0].evidenceText, 'Police in Hyesan, Ryanggang Province, arrested a family of four in October');
    assert.equal(body.items[0].reportId, hyesan.report.id);
  });

  test('a place filter takes places inside it', async () => {
    assert.deepEqual(types(await getJson('/api/events?place=kp-ryanggang')), ['ARREST', 'COLLECTIVE_PUNISHMENT', 'SMUGGLING']);
    assert.deepEqual(types(await getJson('/api/events?place=cn-yanji')), ['PURSUIT']);
  });

  test('filters by actor', async () => {
    assert.deepEqual(types(await getJson('/api/events?actor=kp-mss')), ['INCENTIVE', 'PURSUIT']);
  });

  test('filters by date range', async () => {
    assert.deepEqual(types(await getJson('/api/events?from=2026-09&to=2026-12')), ['ARREST', 'SMUGGLING']);
    assert.deepEqual(types(await getJson('/api/events?from=2026-03-01&to=2026-03-31')), ['DEFECTION']);
  });

  test('filters by report', async () => {
    assert.equal((await getJson(`/api/events?reportId=${shenyang.report.id}`)).total, 3);
  });

  test('an unknown event type is a 400 naming the parameter', async () => {
    const body = await getJson('/api/events?type=NOPE', 400);
    assert.equal(body.error.code, 'E_BAD_PARAM');
    assert.equal(body.error.where, 'query.type');
  });

  test('a range that ends before it starts is a 400', async () => {
    const body = await getJson('/api/events?from=2026-05&to=2026-01', 400);
    assert.equal(body.error.where, 'query.from');
  });

  test('empty form fields count as not given', async () => {
    assert.equal((await getJson('/api/events?type=&place=&q=')).total, 6);
  });
});

describe('catalogue routes', () => {
  test('actors and places list what the reports name, with report counts', async () => {
    const actors = await getJson('/api/actors');
    const mss = actors.items.find((a: { name: string }) => a.name === 'Ministry of State Security');
    assert.equal(mss.reports, 1);
    const places = await getJson('/api/places');
    assert.ok(places.items.some((p: { name: string }) => p.name === 'Hyesan'));
  });

  test('an analyst sees source descriptors', async () => {
    const body = await getJson(`/api/sources?reportId=${shenyang.report.id}`);
    assert.deepEqual(body.items.map((s: { descriptor: string }) => s.descriptor), ['a source close to North Korean affairs in China']);
  });

  test('unknown API paths are JSON 404s', async () => {
    const body = await getJson('/api/nothing-here', 404);
    assert.equal(body.error.code, 'E_NOT_FOUND');
  });
});

describe('a viewer', () => {
  test('gets no source descriptors, in lists, extractions or the report text', async () => {
    const viewerApp = createApp({ store: testStore.store, role: 'viewer' });
    const sources = await getJson('/api/sources', 200, viewerApp);
    assert.ok(sources.items.length > 0);
    for (const s of sources.items) assert.equal('descriptor' in s, false);

    const body = await getJson(`/api/reports/${hyesan.report.id}`, 200, viewerApp);
    assert.equal('descriptor' in body.extraction.sources[0], false);
    assert.doesNotMatch(body.report.text, /resident source/);
    assert.equal(body.report.text.length, hyesan.report.text.length);

    const events = await getJson('/api/events?type=SMUGGLING', 200, viewerApp);
    assert.equal(events.items[0].evidenceText, 'caught smuggling dried mushrooms into China');
  });
});

describe('failures', () => {
  test('a store failure is a 500 JSON error that does not leak its detail', async () => {
    const broken = { ...testStore.store, searchReports: async () => { throw new Error('connection refused at 10.0.0.5'); } };
    const original = console.error;
    console.error = () => {};
    try {
      const body = await getJson('/api/reports', 500, createApp({ store: broken }));
      assert.equal(body.error.code, 'E_INTERNAL');
      assert.doesNotMatch(body.error.message, /10\.0\.0\.5/);
    } finally {
      console.error = original;
    }
  });
});
