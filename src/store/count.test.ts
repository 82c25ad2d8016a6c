import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { cappedCount } from './count.js';
import type { Database } from './schema.js';

describe('cappedCount', () => {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.exec('create table reports (seq integer primary key, title text)');
  for (let i = 0; i < 5; i++) sqlite.prepare('insert into reports (title) values (?)').run(`r${i}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });

  it('counts exactly up to the cap', async () => {
    assert.deepEqual(await cappedCount(db, db.selectFrom('reports'), 5), { total: 5 });
    assert.deepEqual(await cappedCount(db, db.selectFrom('reports').where('title', '=', 'r1'), 5), { total: 1 });
  });

  it('says the total is capped when there are more rows than the cap', async () => {
    assert.deepEqual(await cappedCount(db, db.selectFrom('reports'), 4), { total: 4, totalCapped: true });
  });
});
