// Rows written through one JSON parameter read back as written; run on PostgreSQL too
// (npm run test:pg), where a lone surrogate in JSON would refuse the whole batch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { family, korean } from './test-fixtures.js';
import { openTestStore } from './test-store.js';

describe('saving reports through JSON rows', () => {
  it('stores a lone surrogate as U+FFFD, as a bound string was, and the rest of the batch with it', async () => {
    const t = await openTestStore();
    try {
      const broken = { ...family.report, id: 'lone-surrogate', title: 'Border notice \ud800 posted twice' };
      const outcomes = await t.store.saveReports([{ report: broken, raw: family.raw, extraction: family.extraction }, korean]);
      assert.deepEqual(outcomes.map((o) => ('error' in o ? o.error.code : o.created)), [true, true]);
      assert.equal((await t.store.getReport('lone-surrogate'))?.report.title, 'Border notice \ufffd posted twice');
      // a backslash and the letters of an escape are text, not an escape
      const literal = { ...family.report, id: 'literal-escape', title: 'Path C:\\ud800 in a filename' };
      await t.store.saveReport(literal, family.raw, family.extraction);
      assert.equal((await t.store.getReport('literal-escape'))?.report.title, 'Path C:\\ud800 in a filename');
    } finally {
      await t.cleanup();
    }
  });
});
