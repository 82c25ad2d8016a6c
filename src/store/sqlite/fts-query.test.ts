import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery', () => {
  it('ANDs words and keeps quoted phrases whole', () => {
    assert.equal(toFtsQuery('pine nuts'), '("pine" AND "nuts")');
    assert.equal(toFtsQuery('"gambling debts" Hyesan'), '("gambling debts" AND "Hyesan")');
    assert.equal(toFtsQuery('"unclosed phrase'), '("unclosed phrase")');
  });

  it('reads OR between groups and a leading minus as exclusion', () => {
    assert.equal(toFtsQuery('broker or 밀수꾼'), '("broker") OR ("밀수꾼"*)');
    assert.equal(toFtsQuery('cadres -pine -"gambling debts"'), '("cadres" NOT "pine" NOT "gambling debts")');
  });

  it('quotes FTS5 operators and syntax as plain words', () => {
    assert.equal(toFtsQuery('NEAR(a b) AND title:x'), '("NEAR(a" AND "b)" AND "AND" AND "title:x")');
    assert.equal(toFtsQuery('a"b'), '("a""b")');
  });

  it('gives null when nothing is left to look for', () => {
    for (const q of ['', '   ', '"', '-', '*', '-pine', 'OR', '()', '"" ""']) assert.equal(toFtsQuery(q), null, q);
  });

  it('only ever produces queries FTS5 accepts', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec(`create virtual table t using fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
      insert into t values ('Sinŭiju broker arrested; 밀수꾼 체포')`);
    const match = db.prepare('select count(*) as n from t where t match ?');
    const alphabet = ['"', '-', '(', ')', '*', ':', '^', '+', ' ', ' ', 'OR', 'AND', 'NOT', 'NEAR', 'a', 'broker', '밀수꾼', 'ŭ', '\'', '\\', '{', '}', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let matched = 0;
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const fts = toFtsQuery(q);
      if (fts !== null) matched += (match.get(fts) as { n: number }).n;
    }
    assert.ok(matched > 0, 'some random queries should find the row');
    db.close();
  });
});
