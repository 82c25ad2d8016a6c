// Protection at rest on the embedded store, or on PostgreSQL when DATABASE_URL is set
// (npm run test:pg): with a key no source descriptor, note or raw file is in clear in
// any file of the data folder (or any table); without it everything else is served
// and the sensitive fields say they are withheld; rotation, sealing a clear store and
// backups keep them sealed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isCasefileError, type ErrorCode } from '../../core/errors.js';
import { backupStore, restoreStore } from '../backup.js';
import { storeContract } from '../store.case.js';
import { openStore } from '../open.js';
import type { Store } from '../port.js';
import { SAMPLES, family, pursuit } from '../test-fixtures.js';
import { freshTestDatabase, openTestStore } from '../test-store.js';
import { MASK } from './mask.js';
import { WITHHELD } from './protection.js';
import { newKey } from './sealer.js';

const serverUrl = process.env.DATABASE_URL;
const engine = serverUrl ? 'PostgreSQL' : 'SQLite';
const NOTE = 'Checked with the family contact in Yanji on Tuesday';
const CORRECTED = 'a trader from Hyesan who crossed in March';
const DESCRIPTORS = [...new Set(SAMPLES.flatMap((s) => s.extraction.sources.map((d) => d.descriptor)))];
const SECRETS = [...DESCRIPTORS, NOTE, CORRECTED];

let dir: string;
const databases: { drop: () => Promise<void> }[] = [];
let key: Uint8Array;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-protect-'));
  key = await newKey();
});
after(async () => {
  for (const d of databases) await d.drop();
  await rm(dir, { recursive: true, force: true });
});

type StoreConfig = { dataDir: string; databaseUrl: string | null };
let n = 0;
async function freshConfig(): Promise<StoreConfig> {
  const dataDir = join(dir, `store-${n++}`);
  if (!serverUrl) return { dataDir, databaseUrl: null };
  const database = await freshTestDatabase(serverUrl);
  databases.push(database);
  return { dataDir, databaseUrl: database.url };
}

const rejectsWith = (p: Promise<unknown>, code: ErrorCode) => assert.rejects(p, (e) => isCasefileError(e) && e.code === code);

async function fill(store: Store): Promise<void> {
  for (const s of SAMPLES) await store.saveReport(s.report, s.raw, s.extraction);
  await store.addReviewNote({ reportId: family.report.id, author: 'reviewer', body: NOTE });
  // a reviewer's note and corrected descriptor travel in decisions and the audit log too
  const source = pursuit.extraction.sources[0];
  await store.review.addDecision({ reportId: pursuit.report.id, item: `source:${source.id}`, action: 'correct', value: { ...source, descriptor: CORRECTED }, basis: JSON.stringify(source), author: 'reviewer' });
  await store.review.addDecision({ reportId: family.report.id, item: 'event:e1', action: 'note', value: { body: NOTE }, basis: null, author: 'reviewer' });
  await store.audit.append({ actor: 'reviewer', action: 'review.correct', reportId: pursuit.report.id, before: { item: 'source:s1', value: source }, after: { item: 'source:s1', value: { ...source, descriptor: CORRECTED } } });
  await store.audit.append({ actor: 'reviewer', action: 'POST /api/reports/:id/review', reportId: family.report.id, after: { action: 'note', value: { body: NOTE } } });
}

/** What fill() wrote, read back whole. */
async function assertFilled(store: Store): Promise<void> {
  for (const s of SAMPLES) {
    assert.deepEqual(await store.getReport(s.report.id), { report: s.report, extraction: s.extraction });
    assert.deepEqual(Buffer.from((await store.getRaw(s.report.id))!), Buffer.from(s.raw));
  }
  assert.equal((await store.listReviewNotes(family.report.id))[0].body, NOTE);
  const [corrected] = await store.review.listDecisions(pursuit.report.id);
  assert.equal((corrected.value as { descriptor: string }).descriptor, CORRECTED);
  assert.deepEqual(JSON.parse(corrected.basis!), pursuit.extraction.sources[0]);
  assert.deepEqual((await store.review.listDecisions(family.report.id))[0].value, { body: NOTE });
  const audit = (await store.audit.list({})).items;
  assert.equal((audit.find((e) => e.action === 'review.correct')!.after as { value: { descriptor: string } }).value.descriptor, CORRECTED);
  assert.deepEqual((await store.audit.verify()).problems, []);
}

/** Every place a word of the store could be at rest: each file of the data folder, or each row of every table. */
async function storedTexts(config: StoreConfig): Promise<{ where: string; text: string }[]> {
  if (config.databaseUrl) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'public'`);
      const out = [];
      for (const { name } of tables.rows) {
        // bytea columns print as hex in a row's text: decode them so raw bytes are searched too
        const rows = await client.query(`select * from "${name}"`);
        out.push({ where: name, text: rows.rows.map((r) => Object.values(r).map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v))).join('\u0000')).join('\n') });
      }
      return out;
    } finally {
      await client.end();
    }
  }
  const files = await readdir(config.dataDir, { recursive: true, withFileTypes: true });
  return Promise.all(files.filter((f) => f.isFile()).map(async (f) => ({ where: f.name, text: (await readFile(join(f.parentPath, f.name))).toString('utf8') })));
}

async function assertNothingInClear(config: StoreConfig, words: string[]): Promise<void> {
  const texts = await storedTexts(config);
  assert.ok(texts.length > 0);
  for (const { where, text } of texts) {
    const lower = text.toLowerCase();
    for (const w of words) assert.ok(!lower.includes(w.toLowerCase()), `"${w}" is in clear in ${where}`);
  }
}

describe(`${engine} store with a key`, () => {
  it('holds no source descriptor, note or raw file in clear, and gives them back whole with the key', async () => {
    const config = await freshConfig();
    const store = await openStore(config, { key });
    assert.equal(store.protection, 'on');
    try {
      await fill(store);
    } finally {
      await store.close();
    }
    await assertNothingInClear(config, SECRETS);

    const again = await openStore(config, { key });
    try {
      await assertFilled(again);
      assert.deepEqual(new Set((await again.listSources({ limit: 100 })).map((s) => s.descriptor)), new Set(DESCRIPTORS));
      await assertSearchMasked(again);
    } finally {
      await again.close();
    }
  });

  it('without the key serves everything but the sensitive fields, says they are withheld, and refuses to write them', async () => {
    const config = await freshConfig();
    const keyed = await openStore(config, { key });
    await fill(keyed);
    await keyed.close();

    const store = await openStore(config, { key: null });
    try {
      assert.equal(store.protection, 'locked');
      const stored = (await store.getReport(pursuit.report.id))!;
      assert.equal(stored.withheld, true);
      assert.ok(stored.extraction.sources.every((s) => s.descriptor === WITHHELD));
      // the text keeps its length and offsets, with the source spans masked
      assert.equal(stored.report.text.length, pursuit.report.text.length);
      const span = pursuit.extraction.sources[0].mentions[0];
      assert.match(stored.report.text.slice(span.start, span.end), new RegExp(`^${MASK}+$`));
      assert.deepEqual(stored.extraction.events, pursuit.extraction.events);
      assert.equal((await store.listEvents({ reportId: pursuit.report.id })).total, pursuit.extraction.events.length);
      assert.equal((await store.searchReports('Shenyang')).total, 1);
      assert.ok((await store.listSources({})).every((s) => s.descriptor === WITHHELD));
      assert.equal((await store.listReviewNotes(family.report.id))[0].body, WITHHELD);
      assert.equal(((await store.review.listDecisions(pursuit.report.id))[0].value as { descriptor: string }).descriptor, WITHHELD);
      // the audit chain is checked without the key
      assert.deepEqual((await store.audit.verify()).problems, []);
      await rejectsWith(store.getRaw(pursuit.report.id), 'E_LOCKED');
      await rejectsWith(store.addReviewNote({ reportId: family.report.id, author: 'r', body: 'more' }), 'E_LOCKED');
      await rejectsWith(store.incidents.unlinkedReports(10, 0), 'E_LOCKED');
      await rejectsWith(store.replaceExtraction(pursuit.report.id, pursuit.extraction), 'E_LOCKED');
      const [outcome] = await store.saveReports([{ report: { ...family.report, id: 'f'.repeat(32), text: `${family.report.text} ` }, raw: family.raw, extraction: family.extraction }]);
      assert.ok('error' in outcome && outcome.error.code === 'E_LOCKED');
    } finally {
      await store.close();
    }
    await rejectsWith(openStore(config, { key: await newKey() }), 'E_KEY');
  });

  it('rotation seals everything with the new key in one go; the old key no longer opens the store', async () => {
    const config = await freshConfig();
    const store = await openStore(config, { key });
    await fill(store);
    const next = await newKey();
    assert.deepEqual(await store.rekey(next), { reports: SAMPLES.length, notes: 1 });
    await store.close();

    await rejectsWith(openStore(config, { key }), 'E_KEY');
    const reopened = await openStore(config, { key: next });
    try {
      await assertFilled(reopened);
    } finally {
      await reopened.close();
    }
    await assertNothingInClear(config, SECRETS);
  });

  it('a key change is refused while another process has the store open, and goes ahead once it has closed', async () => {
    const config = await freshConfig();
    const store = await openStore(config, { key });
    await fill(store);
    // another process holds the store open, as a running `casefile serve` would
    const opener = `import('./src/store/open.ts').then(async ({ openStore }) => {
      const s = await openStore(JSON.parse(process.argv[1]), { key: null });
      process.stdout.write('open\\n');
      process.stdin.on('end', () => s.close().then(() => process.exit(0)));
      process.stdin.resume();
    })`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', opener, JSON.stringify({ ...config, keyFile: null })], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => { child.stdout.on('data', () => resolve()); child.on('exit', () => reject(new Error('the other process ended before opening the store'))); });
    try {
      await assert.rejects(store.rekey(await newKey()), new RegExp(`open in other casefile processes \\(pid ${child.pid}\\)`));
    } finally {
      child.stdin.end();
      await exited;
    }
    const next = await newKey();
    assert.deepEqual(await store.rekey(next), { reports: SAMPLES.length, notes: 1 });
    await store.close();
  });

  it('a rotation that fails half-way leaves the store under its old key', async () => {
    const config = await freshConfig();
    const store = await openStore(config, { key });
    await fill(store);
    await store.close();
    // a store opened with a plugin that breaks the last write of the rotation
    const broken = await openStore(config, { key, plugins: [failOn('store_key')] });
    await assert.rejects(broken.rekey(await newKey()), /injected/);
    await broken.close();
    const reopened = await openStore(config, { key });
    try {
      await assertFilled(reopened);
    } finally {
      await reopened.close();
    }
  });

  it('sealing a store that holds clear data leaves no clear copy behind (WAL, freed pages, search index)', async () => {
    const config = await freshConfig();
    const clear = await openStore(config, { key: null });
    await fill(clear);
    assert.equal(clear.protection, 'off');
    assert.equal((await clear.searchReports('familiar matter')).total, 1);
    await clear.close();
    // the search below can see them: they are there before sealing
    await assert.rejects(assertNothingInClear(config, DESCRIPTORS), /is in clear/);
    // a key is never taken on by a store holding clear data without `key init`
    await rejectsWith(openStore(config, { key }), 'E_KEY');

    const store = await openStore(config, { key: null });
    assert.deepEqual(await store.rekey(key), { reports: SAMPLES.length, notes: 1 });
    await store.close();
    await assertNothingInClear(config, SECRETS);

    const sealed = await openStore(config, { key });
    try {
      await assertFilled(sealed);
      await assertSearchMasked(sealed);
    } finally {
      await sealed.close();
    }
  });

  it('a backup keeps the sealed fields sealed, and the restored store opens with the key', async () => {
    const config = await freshConfig();
    const store = await openStore(config, { key });
    await fill(store);
    const file = join(dir, `backup-${n}`);
    try {
      await backupStore(config, file);
    } finally {
      await store.close();
    }
    const text = (await readFile(file)).toString('utf8').toLowerCase();
    for (const w of SECRETS) assert.ok(!text.includes(w.toLowerCase()), `"${w}" is in clear in the backup`);
    const target = await freshConfig();
    await restoreStore(file, target);
    await rejectsWith(openStore(target, { key: await newKey() }), 'E_KEY');
    const restored = await openStore(target, { key });
    try {
      await assertFilled(restored);
    } finally {
      await restored.close();
    }
  });
});

/** Search reads the masked text: the report's other words are found, a source's are not. */
async function assertSearchMasked(store: Store): Promise<void> {
  assert.equal((await store.searchReports('pine nuts')).total, 1);
  assert.equal((await store.searchReports('familiar matter')).total, 0);
}

/** Fails any INSERT into one table. */
function failOn(table: string) {
  return {
    transformQuery({ node }: { node: any }) {
      if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === table) throw new Error(`injected failure on ${table}`);
      return node;
    },
    transformResult: async ({ result }: { result: any }) => result,
  };
}

// the whole store contract holds with a key set
storeContract(serverUrl ? 'postgres' : 'sqlite', (opts) => openTestStore({ ...opts, key: new Uint8Array(32).fill(7) }));
