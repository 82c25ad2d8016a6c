// Files wait in the team queue sealed with the store's key: no report's words in the
// queue's table, and a worker holding the key stores them. Run by `npm run test:pg`.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeKeyFile } from '../store/crypto/key-file.js';
import { casefileOk, freshDatabase, serverUrl, writeReports } from './team.case.js';

const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

test('with a key set, queued files hold none of their words, and a worker with the key stores them', async () => {
  serverUrl();
  const db = await freshDatabase();
  const files = await writeReports(3, 500);
  const dir = await mkdtemp(join(tmpdir(), 'casefile-queue-key-'));
  cleanups.push(db.drop, () => rm(files.dir, { recursive: true, force: true }), () => rm(dir, { recursive: true, force: true }));
  const keyFile = join(dir, 'key');
  await writeKeyFile(keyFile);
  const env = { DATABASE_URL: db.url, CASEFILE_DATA: join(dir, 'data'), CASEFILE_KEY_FILE: keyFile };

  await casefileOk(['ingest', '--queue', files.dir], env);
  const { rows } = await db.query("select data from casefile_queue.job where name = 'ingest-file'");
  assert.equal(rows.length, 3);
  const clear = await Promise.all(files.paths.map((p) => readFile(p, 'utf8')));
  for (const { data } of rows) {
    assert.equal(data.sealed, true);
    const waiting = Buffer.from(data.bytes, 'base64').toString('latin1');
    for (const text of clear) assert.ok(!waiting.includes(JSON.parse(text).text.slice(0, 24)), 'a queued file holds its words in clear');
    assert.ok(!JSON.stringify(data).includes('source'), 'no word of a report in the job row');
  }

  await casefileOk(['worker', '--once', '--workers', '1'], env);
  assert.equal((await db.query('select count(*)::int as n from reports')).rows[0].n, 3);
});
