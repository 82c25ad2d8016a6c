// Backup round trip: a snapshot taken while the store is open (serving) is restored
// into a new data folder (SQLite) or a new database (PostgreSQL when DATABASE_URL is
// set) and holds the same reports, extractions and raw bytes.
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { backupStore, restoreStore } from './backup.js';
import { openStore } from './open.js';
import type { Store } from './port.js';
import { SAMPLES } from './test-fixtures.js';
import { freshTestDatabase } from './test-store.js';

const serverUrl = process.env.DATABASE_URL;
let dir: string;
const databases: { drop: () => Promise<void> }[] = [];

/** a config for a fresh store: a new folder, and on PostgreSQL a new database */
async function freshConfig(name: string) {
  const dataDir = join(dir, name);
  if (!serverUrl) return { dataDir, databaseUrl: null };
  const database = await freshTestDatabase(serverUrl);
  databases.push(database);
  return { dataDir, databaseUrl: database.url };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-backup-'));
});
after(async () => {
  for (const database of databases) await database.drop();
  await rm(dir, { recursive: true, force: true });
});

it(`backs up an open ${serverUrl ? 'PostgreSQL' : 'SQLite'} store and restores it whole`, async () => {
  const original = await freshConfig('original');
  const store = await openStore(original);
  let restored: Store | undefined;
  try {
    for (const s of SAMPLES) await store.saveReport(s.report, s.raw, s.extraction);
    const file = join(dir, 'casefile.backup');
    // taken while the store is open, as while serving
    await backupStore(original, file);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    await assert.rejects(backupStore(original, file), /exists already/);

    const target = await freshConfig('restored');
    await restoreStore(file, target);
    restored = await openStore(target);
    for (const s of SAMPLES) {
      assert.deepEqual(await restored.getReport(s.report.id), await store.getReport(s.report.id));
      assert.deepEqual(Buffer.from((await restored.getRaw(s.report.id))!), Buffer.from(s.raw));
    }
    if (!serverUrl) await assert.rejects(restoreStore(file, target), /holds a database already/);
  } finally {
    await store.close();
    await restored?.close();
  }
});
