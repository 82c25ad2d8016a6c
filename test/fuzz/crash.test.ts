// The crash suite: `casefile ingest` is killed with SIGKILL at random points, and
// after each kill the store must be whole: the database passes its integrity check,
// every stored report has its raw bytes and all its events (none half-written), and
// a last run stores exactly the reports still missing, a further one none. Runs on
// SQLite, and on PostgreSQL when DATABASE_URL is set (npm run test:pg). Prints its figures.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { random } from './generate.js';
import { processStore, startIngest, type ProcessStore } from './ingest-process.js';

const FILES = 80;
const KILLS = Number(process.env.CRASH_KILLS ?? 4);
const SEED = Number(process.env.CRASH_SEED ?? 20_261_206);

let store: ProcessStore;

before(async () => {
  store = await processStore('casefile-crash-');
  const lines = (f: number) =>
    Array.from({ length: 3 }, (_, i) => JSON.stringify({ title: `Crash report ${f}.${i}`, text: `Police in Hyesan detained ${f + 2} traders on day ${i + 1}, a source said. Their families paid fines (${f}.${i}).` })).join('\n');
  await mkdir(join(store.dir, 'in'));
  for (let f = 0; f < FILES; f++) await writeFile(join(store.dir, 'in', `batch-${String(f).padStart(2, '0')}.jsonl`), lines(f));
});

after(() => store.cleanup());

/**
 * Runs ingest. With a kill point, kills it that many ms after its first progress line
 * (the first file is committed by then), or after its start when `fromStart` is set.
 */
async function ingest(kill?: { afterMs: number; fromStart?: boolean }): Promise<{ code: number | null; out: string }> {
  let timer: NodeJS.Timeout | undefined;
  const arm = (child: ChildProcess) => (timer ??= setTimeout(() => child.kill('SIGKILL'), kill!.afterMs));
  const run = startIngest(store, [join(store.dir, 'in'), '--workers', '2'], (out, child) => {
    if (kill && /ingest: \d+\/\d+ files/.test(out)) arm(child);
  });
  if (kill?.fromStart) arm(run.child);
  const result = await run.done;
  clearTimeout(timer);
  return result;
}

interface Check {
  reports: number;
  /** reports missing raw bytes or some of their events */
  halfWritten: number;
  integrity: string;
}

const CHECK_SQL = `select r.extraction as extraction,
  (select count(*) from events e where e.report_seq = r.seq) as events,
  (select count(*) from report_raw w where w.report_seq = r.seq) as raw
  from reports r`;

async function checkStore(): Promise<Check> {
  let rows: { extraction: string; events: number | string; raw: number | string }[];
  let integrity = 'ok';
  if (store.databaseUrl) {
    const client = new pg.Client({ connectionString: store.databaseUrl });
    await client.connect();
    try {
      rows = (await client.query(CHECK_SQL).catch(() => ({ rows: [] }))).rows;
    } finally {
      await client.end();
    }
  } else if (!existsSync(join(store.dir, 'data', 'casefile.sqlite'))) {
    rows = []; // killed before it created the database
  } else {
    const db = new BetterSqlite3(join(store.dir, 'data', 'casefile.sqlite'));
    try {
      integrity = String(db.pragma('integrity_check', { simple: true }));
      const tables = db.prepare("select count(*) as n from sqlite_master where name = 'reports'").get() as { n: number };
      rows = tables.n > 0 ? (db.prepare(CHECK_SQL).all() as typeof rows) : [];
    } finally {
      db.close();
    }
  }
  const halfWritten = rows.filter((r) => Number(r.raw) !== 1 || (JSON.parse(r.extraction) as { events: unknown[] }).events.length !== Number(r.events)).length;
  return { reports: rows.length, halfWritten, integrity };
}

it(`survives ${KILLS} SIGKILLs during ingest on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, async () => {
  const rand = random(SEED);
  const counts: number[] = [];
  for (let k = 0; k < KILLS; k++) {
    // most kills land while files are being committed, some while the process starts
    const fromStart = rand() < 0.25;
    const at = Math.round(fromStart ? rand() * 6000 : rand() * 2500);
    const { code } = await ingest({ afterMs: at, fromStart });
    const check = await checkStore();
    counts.push(check.reports);
    console.log(`kill ${k + 1} ${at} ms after ${fromStart ? 'start' : 'the first commit'} (${code === null ? 'killed' : `had exited ${code}`}): ${check.reports} reports, ${check.halfWritten} half-written, integrity ${check.integrity}`);
    assert.equal(check.integrity, 'ok');
    assert.equal(check.halfWritten, 0);
  }
  const last = await ingest();
  assert.equal(last.code, 0, last.out);
  const done = await checkStore();
  assert.deepEqual(done, { reports: FILES * 3, halfWritten: 0, integrity: 'ok' });
  assert.match(last.out, new RegExp(`ingest: ${FILES * 3 - counts[counts.length - 1]} stored, ${counts[counts.length - 1]} already present, 0 files failed`));
  const again = await ingest();
  assert.match(again.out, new RegExp(`ingest: 0 stored, ${FILES * 3} already present, 0 files failed`));
  console.log(`crash: ${KILLS} kills, counts after each ${counts.join(', ')}; completed to ${done.reports}, re-run stored 0`);
});
