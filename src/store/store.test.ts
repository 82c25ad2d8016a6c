// Runs the store contract on the embedded SQLite store, or on PostgreSQL when
// DATABASE_URL is set (npm run test:pg); plus what only the embedded file can show.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from './open.js';
import { storeContract } from './store.case.js';
import { openTestStore } from './test-store.js';
import { family } from './test-fixtures.js';

storeContract(process.env.DATABASE_URL ? 'postgres' : 'sqlite', openTestStore);

describe('embedded store file', () => {
  it('keeps reports across reopening the data folder, migrating only once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'casefile-reopen-'));
    try {
      const first = await openStore({ dataDir, databaseUrl: null });
      await first.saveReport(family.report, family.raw, family.extraction);
      await first.close();
      const second = await openStore({ dataDir, databaseUrl: null });
      assert.deepEqual(await second.getReport(family.report.id), { report: family.report, extraction: family.extraction });
      assert.equal((await second.searchReports('pine')).total, 1);
      assert.equal((await second.saveReport(family.report, family.raw, family.extraction)).created, false);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
