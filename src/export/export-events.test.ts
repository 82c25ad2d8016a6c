// Exports of the stored events, read back with a CSV parser.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { fixtureReports } from '../api/fixtures.case.js';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { exportEvents, type ExportOptions } from './export-events.js';

const [hyesan] = fixtureReports();
let testStore: TestStore;

before(async () => {
  testStore = await openTestStore();
  for (const { report, extraction } of fixtureReports()) {
    await testStore.store.saveReport(report, new TextEncoder().encode(report.text), extraction);
  }
});
after(() => testStore.cleanup());

async function run(opts: Omit<ExportOptions, 'store' | 'out'>): Promise<{ output: string; written: number }> {
  const out = new PassThrough();
  const collected = text(out);
  const written = await exportEvents({ ...opts, store: testStore.store, out });
  return { output: await collected, written };
}

describe('CSV export', () => {
  test('writes a header and one quoted row per event that a CSV parser reads back intact', async () => {
    const { output, written } = await run({ format: 'csv' });
    const rows = parse(output, { columns: true }) as Record<string, string>[];
    assert.equal(written, 6);
    assert.equal(rows.length, 6);
    const arrest = rows.find((r) => r.type === 'ARREST')!;
    // the title holds quotes and a comma; the evidence a comma
    assert.equal(arrest.report_title, hyesan.report.title);
    assert.ok(output.includes('"Family held in Hyesan over ""mushroom"" smuggling, relatives detained"'));
    assert.equal(arrest.evidence, 'Police in Hyesan, Ryanggang Province, arrested a family of four in October');
    assert.equal(arrest.actors, 'Ministry of Social Security (agent); a family of four (target)');
    assert.equal(arrest.places, 'Hyesan');
    assert.equal(arrest.date, '2026-10');
    assert.equal(arrest.date_precision, 'month');
    assert.equal(arrest.count, '4');
    assert.equal(arrest.outlet, 'Casefile Illustrative Weekly');
    assert.equal(arrest.published, '2026-11-10');
    assert.equal(arrest.source_count, '1');
    assert.equal(arrest.review, 'proposed', 'an event nobody checked is marked machine-only');
  });

  test('carries no source descriptor by default', async () => {
    const { output } = await run({ format: 'csv' });
    const header = output.split('\n')[0];
    assert.doesNotMatch(header, /sources/);
    assert.doesNotMatch(output, /resident source|close to North Korean affairs/);
  });

  test('carries descriptors when sources are included', async () => {
    const { output } = await run({ format: 'csv', includeSources: true, filter: { type: ['ARREST'] } });
    const [row] = parse(output, { columns: true }) as Record<string, string>[];
    assert.equal(row.sources, 'a resident source in Ryanggang Province, anonymous_insider, Ryanggang Province');
  });

  test('a cell that a spreadsheet would run as a formula is defused', async () => {
    const { encode } = await import('./formats.js');
    async function* one() {
      yield { reportId: 'r', reportTitle: '=HYPERLINK("http://example.org")', outlet: '@outlet', published: null, url: null, language: 'en', eventId: 'e', type: 'ARREST', modality: 'asserted', date: null, datePrecision: 'unknown', places: [], within: [], actors: [], count: null, evidence: '-1 reasons', evidenceStart: 0, evidenceEnd: 1, sourceCount: 0, caseId: null, corroboration: null, review: 'proposed' };
    }
    const [row] = parse(await text(encode(one(), 'csv', false)), { columns: true }) as Record<string, string>[];
    assert.equal(row.report_title, `'=HYPERLINK("http://example.org")`);
    assert.equal(row.outlet, "'@outlet");
    assert.equal(row.evidence, "'-1 reasons");
  });
});

describe('JSON lines export', () => {
  test('writes one record per line with actors and their roles', async () => {
    const { output } = await run({ format: 'jsonl', filter: { type: ['PURSUIT'] } });
    const lines = output.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0].actors.map((a: { name: string; role: string }) => `${a.name}/${a.role}`), ['Ministry of State Security/agent', 'three cadres/target']);
    assert.deepEqual(lines[0].places.map((p: { name: string }) => p.name), ['Shenyang', 'Yanji']);
    assert.equal(lines[0].sources, undefined);
    assert.doesNotMatch(output, /close to North Korean affairs/);
  });

  test('masks the descriptor inside evidence for the public and keeps it for analysts', async () => {
    // an event whose evidence sentence names its source
    const { store } = testStore;
    const stored = fixtureReports()[0];
    const e1 = stored.extraction.events[0];
    const sentence = { start: 0, end: stored.report.text.indexOf('told the newsletter.') + 'told the newsletter.'.length };
    const report = { ...stored.report, id: 'cited-evidence' };
    await store.saveReport(report, new Uint8Array([1]), { ...stored.extraction, events: [{ ...e1, evidence: sentence }] });
    const pub = JSON.parse((await run({ format: 'jsonl', filter: { report: ['cited-evidence'] } })).output);
    assert.doesNotMatch(pub.evidence, /resident source/);
    assert.equal(pub.evidence.length, sentence.end);
    const analyst = JSON.parse((await run({ format: 'jsonl', includeSources: true, filter: { report: ['cited-evidence'] } })).output);
    assert.match(analyst.evidence, /a resident source in Ryanggang Province told the newsletter\.$/);
  });
});

test('reads the store in batches: a small batch size still yields every event once', async () => {
  const progress: number[] = [];
  const { output } = await run({ format: 'jsonl', pageSize: 2, onProgress: (n) => progress.push(n) });
  const ids = output.trimEnd().split('\n').map((l) => { const r = JSON.parse(l); return `${r.reportId}/${r.eventId}`; });
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(ids.length, (await testStore.store.listEvents({})).total);
  assert.ok(ids.length > 2);
  assert.ok(progress.length >= 4, `progress reported per page: ${progress}`);
});
