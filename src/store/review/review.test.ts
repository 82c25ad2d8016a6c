// The review contract on the embedded store, or on PostgreSQL under npm run test:pg;
// plus tampering with the audit log in the embedded file.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openStore, sqliteFile } from '../open.js';
import { openTestStore } from '../test-store.js';
import { reviewContract } from './review.case.js';

reviewContract(process.env.DATABASE_URL ? 'postgres' : 'sqlite', openTestStore);

it('audit verify finds an altered entry and a deleted one', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'casefile-audit-'));
  try {
    const store = await openStore({ dataDir, databaseUrl: null });
    for (let i = 1; i <= 4; i++) await store.audit.append({ actor: 'ana', action: 'review.accept', after: { n: i } });
    assert.deepEqual((await store.audit.verify()).problems, []);
    const raw = new BetterSqlite3(sqliteFile(dataDir));
    raw.prepare(`update audit_log set after = '{"n":99}' where seq = 2`).run();
    assert.deepEqual((await store.audit.verify()).problems, [{ seq: 2, reason: 'its content does not match its hash (altered)' }]);
    raw.prepare(`update audit_log set after = '{"n":2}' where seq = 2`).run();
    assert.deepEqual((await store.audit.verify()).problems, []);
    raw.prepare('delete from audit_log where seq = 3').run();
    const problems = (await store.audit.verify()).problems;
    assert.deepEqual(problems.map((p) => p.seq), [4, 4]);
    assert.match(problems[0].reason, /entries 3\.\.3 are missing/);
    raw.close();
    await store.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
