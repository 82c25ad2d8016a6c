import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pursuit } from '../store/test-fixtures.js';
import { reportView } from './review-view.js';

test('a report read from an encrypted store without its key says so to the page; otherwise nothing is said', () => {
  const stored = { report: { ...pursuit.report, id: 'r1', ingestedAt: '2025-01-01T00:00:00Z' }, extraction: pursuit.extraction };
  assert.equal(reportView({ ...stored, withheld: true }, [], 'analyst').withheld, true);
  assert.equal('withheld' in reportView(stored, [], 'analyst'), false);
});
