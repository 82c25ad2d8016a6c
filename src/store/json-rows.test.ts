// Rows written through one JSON parameter read back as written; run on PostgreSQL too
// (npm run test:pg), where a lone surrogate in JSON would refuse the whole batch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearRowsOf } from './row-json.js';
import { family, korean, pursuit, type Sample } from './test-fixtures.js';
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

  it('gives each report of a batch its own rows, when some have none in a table', async () => {
    const t = await openTestStore();
    try {
      const bare: Sample = { ...family, report: { ...family.report, id: 'no-events' }, extraction: { ...family.extraction, events: [] } };
      // rows as ingest threads make them: every table's rows of the batch are written together
      const asRows = ({ report, raw, extraction }: Sample) => ({ report, raw, ...clearRowsOf(report, extraction) });
      const outcomes = await t.store.saveReports([pursuit, bare, korean].map(asRows));
      assert.deepEqual(outcomes.map((o) => ('error' in o ? o.error.message : o.created)), [true, true, true]);
      for (const s of [pursuit, bare, korean]) {
        const { items } = await t.store.listEvents({ reportId: s.report.id, limit: 50 });
        assert.deepEqual(items.map((e) => e.id).sort(), s.extraction.events.map((e) => e.id).sort(), s.report.id);
        assert.ok(items.every((e) => e.reportId === s.report.id));
      }
    } finally {
      await t.cleanup();
    }
  });
});

