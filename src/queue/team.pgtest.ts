// Team mode end to end on PostgreSQL: `casefile ingest --queue`, `casefile worker`
// processes sharing the queue (two at once; one killed with SIGKILL mid-run),
// `casefile jobs`, and feeds polled with conditional requests from a local server.
// Run by `npm run test:pg`; without DATABASE_URL these tests fail, they do not skip.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { casefile, casefileOk, freshDatabase, serverUrl, writeReports, type TeamDb } from './team.case.js';

const FILES = 40;
let files: { dir: string; paths: string[] };
let dataDir: string;
const cleanups: (() => Promise<unknown>)[] = [];
/** events per report id of the run with two workers: the reference for the killed run */
let reference: Map<string, number>;

before(async () => {
  serverUrl();
  files = await writeReports(FILES);
  await writeFile(join(files.dir, 'broken.json'), '{"title": ');
  dataDir = await mkdtemp(join(tmpdir(), 'casefile-queue-data-'));
  cleanups.push(() => rm(files.dir, { recursive: true, force: true }), () => rm(dataDir, { recursive: true, force: true }));
});
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function database(): Promise<TeamDb> {
  const db = await freshDatabase();
  cleanups.push(db.drop);
  return db;
}

const envFor = (db: TeamDb, extra: Record<string, string> = {}) => ({ DATABASE_URL: db.url, CASEFILE_DATA: dataDir, ...extra });

async function eventsPerReport(db: TeamDb): Promise<Map<string, number>> {
  const { rows } = await db.query('select r.id, count(e.seq)::int as n from reports r left join events e on e.report_seq = r.seq group by r.id');
  return new Map(rows.map((r) => [r.id as string, r.n as number]));
}

async function count(db: TeamDb, sql: string): Promise<number> {
  return (await db.query(sql)).rows[0].n;
}

/** "worker: done: 12 files, 11 reports stored, 0 already present, 1 refused, ..." */
function workerTotals(stderr: string) {
  const m = /worker: done: (\d+) files, (\d+) reports stored, (\d+) already present, (\d+) refused/.exec(stderr);
  assert.ok(m, `no totals in the worker's output:\n${stderr}`);
  return { files: Number(m[1]), stored: Number(m[2]), present: Number(m[3]), refused: Number(m[4]) };
}

test('two workers share the queue: every report stored once, nothing lost or doubled, the bad file failed with its reason', async () => {
  const db = await database();
  const env = envFor(db);
  const queued = await casefile(['ingest', '--queue', files.dir], env).done;
  assert.equal(queued.code, 0, queued.err);
  assert.match(queued.out, new RegExp(`^ingest: ${FILES + 1} files queued;`));
  // returned after enqueueing: nothing is stored yet, every job waits
  assert.equal(await count(db, "select count(*)::int as n from casefile_queue.job where name = 'ingest-file' and state = 'created'"), FILES + 1);

  const [a, b] = await Promise.all([casefileOk(['worker', '--once', '--workers', '1'], env), casefileOk(['worker', '--once', '--workers', '1'], env)]);
  const ta = workerTotals(a.err);
  const tb = workerTotals(b.err);
  assert.ok(ta.files > 0 && tb.files > 0, `both workers took files: ${ta.files} and ${tb.files}`);
  assert.equal(ta.files + tb.files, FILES + 1, 'each job taken by one worker only');
  assert.equal(ta.stored + tb.stored, FILES);
  assert.equal(ta.present + tb.present, 0, 'no report stored twice');
  assert.equal(ta.refused + tb.refused, 1);
  assert.equal(await count(db, 'select count(*)::int as n from reports'), FILES);
  assert.equal(await count(db, 'select count(distinct id)::int as n from reports'), FILES);
  assert.equal(await count(db, 'select count(*)::int as n from report_raw'), FILES);
  assert.equal(await count(db, "select count(*)::int as n from casefile_queue.job where data ? 'bytes'"), 0, 'no finished job keeps the file');
  reference = await eventsPerReport(db);
  assert.ok([...reference.values()].some((n) => n > 0), 'the reports were extracted');

  const jobs = await casefileOk(['jobs'], env);
  assert.match(jobs.out, new RegExp(`^ingest-file +0 +0 +0 +1 +${FILES}$`, 'm'));
  assert.match(jobs.out, /^link +0 +0 +0 +0 +[1-9]\d*$/m);
  assert.match(jobs.out, /ingest-file: broken\.json: the input is not valid JSON/);
});

test('a worker killed with SIGKILL mid-run: a new worker finishes the queue, nothing lost, doubled or half-written', async () => {
  assert.ok(reference, 'runs after the two-worker test, whose store is the reference');
  const db = await database();
  // a dead worker's jobs are retried after 3 s instead of 15 minutes
  const env = envFor(db, { CASEFILE_JOB_TIMEOUT: '3' });
  await casefileOk(['ingest', '--queue', ...files.paths], env);
  const doomed = casefile(['worker', '--workers', '1'], env);
  const started = Date.now();
  // kill while it holds jobs and after it has stored some
  for (;;) {
    // the worker creates the store's tables when it starts
    const stored = (await count(db, "select (to_regclass('reports') is not null)::int as n")) ? await count(db, 'select count(*)::int as n from reports') : 0;
    const active = await count(db, "select count(*)::int as n from casefile_queue.job where name = 'ingest-file' and state = 'active'");
    if (stored >= 4 && active > 0) break;
    assert.ok(Date.now() - started < 120_000, 'the first worker stored nothing in two minutes');
    await sleep(100);
  }
  doomed.child.kill('SIGKILL');
  const killed = await doomed.done;
  assert.equal(killed.signal, 'SIGKILL');
  const pending = await count(db, "select count(*)::int as n from casefile_queue.job where name = 'ingest-file' and state < 'completed'");
  assert.ok(pending > 0, 'the worker died with work left');

  // a submitter waiting on its own file shows the queue's progress and the file's failure
  const waiter = casefile(['ingest', '--queue', '--wait', join(files.dir, 'broken.json')], env);
  while (!/files queued/.test(waiter.out()) && waiter.child.exitCode === null) await sleep(100);
  const [rescue, waited] = await Promise.all([casefileOk(['worker', '--once', '--workers', '1'], env), waiter.done]);
  assert.equal(waited.code, 1, waited.err);
  assert.match(waited.out, /^ingest: 1 files queued;.*\ningest: 0 files done, 1 failed\n$/s);
  assert.match(waited.err, /queue: 1\/1 files, 0 done, 1 failed/);
  assert.match(waited.err, /casefile: broken\.json: the input is not valid JSON/);
  const t = workerTotals(rescue.err);
  // the dead worker's temporary copies of the files are gone
  assert.deepEqual((await readdir(tmpdir())).filter((n) => n.startsWith(`casefile-jobs-${doomed.child.pid}-`)), []);
  assert.ok(t.files >= pending, `the new worker took every job left (${t.files} of ${pending})`);
  assert.equal(await count(db, 'select count(*)::int as n from reports'), FILES);
  assert.equal(await count(db, 'select count(*)::int as n from report_raw'), FILES);
  // each report whole: the same events as the uninterrupted run
  assert.deepEqual(await eventsPerReport(db), reference);
  const jobs = await casefileOk(['jobs'], env);
  assert.match(jobs.out, new RegExp(`^ingest-file +0 +0 +0 +1 +${FILES}$`, 'm'));
});

interface FeedServer {
  url: string;
  requests: IncomingHttpHeaders[];
  publish: (items: number, etag: string, modified: Date) => void;
  close: () => Promise<void>;
}

async function feedServer(): Promise<FeedServer> {
  let body = '';
  let etag = '';
  let modified = '';
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    const since = req.headers['if-modified-since'];
    if (req.headers['if-none-match'] === etag && since && Date.parse(since) >= Date.parse(modified)) {
      res.writeHead(304, { etag, 'last-modified': modified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': modified }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/feed.rss`,
    requests,
    publish(items, tag, when) {
      etag = tag;
      modified = when.toUTCString();
      const entries = Array.from({ length: items }, (_, i) => `<item><title>Border item ${i + 1}</title><link>http://127.0.0.1/item/${i + 1}</link><pubDate>Mon, 0${i + 1} Sep 2025 08:00:00 GMT</pubDate><description>Guards in Hyesan detained a trader for the ${i + 1}th time this season, a source said.</description></item>`);
      body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Casefile test feed</title>${entries.join('')}</channel></rss>`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('feeds: added, polled through the queue, unchanged feeds answered 304 to conditional requests, new items stored, removed', async () => {
  const db = await database();
  const env = envFor(db);
  const server = await feedServer();
  cleanups.push(server.close);
  server.publish(2, '"v1"', new Date('2025-09-02T08:00:00Z'));

  const added = await casefileOk(['feed', 'add', server.url, '--every', '60'], env);
  assert.match(added.out, /following http:\/\/127\.0\.0\.1:\d+\/feed\.rss every 60 minutes/);
  await casefileOk(['worker', '--once', '--workers', '1'], env);
  assert.equal(server.requests.length, 1);
  assert.equal(server.requests[0]['if-none-match'], undefined, 'the first poll has nothing to compare');
  assert.equal(await count(db, 'select count(*)::int as n from reports'), 2);
  assert.match((await casefileOk(['feed', 'list'], env)).out, /every 60 min, last polled \S+: changed, 1 changes/);

  // unchanged: the conditional request gets a 304 and nothing is queued
  await casefileOk(['feed', 'poll'], env);
  await casefileOk(['worker', '--once', '--workers', '1'], env);
  assert.equal(server.requests.length, 2);
  assert.equal(server.requests[1]['if-none-match'], '"v1"');
  assert.equal(server.requests[1]['if-modified-since'], 'Tue, 02 Sep 2025 08:00:00 GMT');
  assert.equal(await count(db, "select count(*)::int as n from casefile_queue.job where name = 'ingest-file'"), 1);
  assert.match((await casefileOk(['feed', 'list'], env)).out, /last polled \S+: not modified, 1 changes/);

  // a new item: the changed feed becomes a job, the old items are found present
  server.publish(3, '"v2"', new Date('2025-09-03T08:00:00Z'));
  await casefileOk(['feed', 'poll'], env);
  const worker = await casefileOk(['worker', '--once', '--workers', '1'], env);
  assert.equal(server.requests.length, 3);
  assert.equal(server.requests[2]['if-none-match'], '"v1"');
  assert.equal(await count(db, 'select count(*)::int as n from reports'), 3);
  assert.match(worker.err, /1 reports stored, 2 already present/);

  assert.match((await casefileOk(['feed', 'remove', server.url], env)).out, /removed/);
  assert.match((await casefileOk(['feed', 'list'], env)).out, /no feeds/);
});

test('without DATABASE_URL, ingest --queue and worker refuse with a clear message', async () => {
  const env = { DATABASE_URL: undefined, CASEFILE_DATA: dataDir };
  for (const args of [['ingest', '--queue', files.paths[0]], ['worker', '--once'], ['jobs']]) {
    const r = await casefile(args, env).done;
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /set DATABASE_URL/);
  }
});
