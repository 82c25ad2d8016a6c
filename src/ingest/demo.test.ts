import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestStore } from '../store/test-store.js';
import { ingestDemo } from './demo.js';
import { createTestExtractor } from './test-extractor.js';

describe('ingestDemo', () => {
  it('stores the eight illustrative demo reports once, all marked as illustrative', async () => {
    const t = await openTestStore();
    try {
      const first = await ingestDemo(t.store, undefined, { extractor: createTestExtractor() });
      assert.deepEqual([first.files, first.stored, first.failed], [7, 8, 0]);
      const again = await ingestDemo(t.store, undefined, { extractor: createTestExtractor() });
      assert.deepEqual([again.stored, again.present], [0, 8]);
      const hits = await t.store.searchReports(undefined, { limit: 20 });
      assert.equal(hits.total, 8);
      for (const hit of hits.items) assert.match(`${hit.outlet ?? ''} ${hit.title}`, /illustrative/i, hit.title);
    } finally {
      await t.cleanup();
    }
  });
});
