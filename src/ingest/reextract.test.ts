// Re-extracting stored reports never overwrites a person's decision: accepted and
// corrected items stay, new proposals appear beside them, a changed proposal is a
// conflict, and linking reads the reviewed record.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Extraction } from '../core/model.js';
import { reviewItems } from '../core/review.js';
import type { ExtractInput, Extractor } from '../extract/extractor.js';
import { linkStore } from '../link/link-store.js';
import { decide } from '../review/decide.js';
import { openTestStore, type TestStore } from '../store/test-store.js';
import { ingestPaths } from './ingest.js';
import { reextractStored } from './reextract.js';
import { createTestExtractor } from './test-extractor.js';

let dir: string;
let t: TestStore;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casefile-reextract-'));
  t = await openTestStore();
});
after(async () => { await t.cleanup(); await rm(dir, { recursive: true, force: true }); });

/** A "better" extractor: the test one, with a count on every event and one more event per report. */
function betterExtractor(): Extractor {
  const base = createTestExtractor();
  return {
    name: 'test-better',
    async extract(input: ExtractInput): Promise<Extraction> {
      const x = await base.extract(input);
      const extra = { ...x.events[0], id: `e${x.events.length + 1}`, type: 'ARREST' as const };
      return { ...x, extractor: 'test-better', events: [...x.events.map((e) => ({ ...e, count: 3 })), extra] };
    },
  };
}

test('decisions survive re-extraction, conflicts are marked, linking reads the reviewed record', async () => {
  await writeFile(join(dir, 'r.txt'), 'Cadres flee\nThree cadres fled from Hyesan. Two soldiers fled across the river. A family fled at night.\n');
  await ingestPaths([dir], { store: t.store, extractor: createTestExtractor(), workers: 1 });
  const { items: [hit] } = await t.store.searchReports(undefined);
  const stored = (await t.store.getReport(hit.id))!;
  assert.equal(stored.extraction.events.length, 3);
  await decide(t.store, stored, { item: 'event:e1', action: 'accept' }, 'ana');
  await decide(t.store, stored, { item: 'event:e2', action: 'correct', value: { modality: 'attempted' } }, 'ana');
  await decide(t.store, stored, { item: 'event:e3', action: 'reject' }, 'ana');

  const summary = await reextractStored(t.store, betterExtractor());
  assert.deepEqual(summary, { reports: 1, changed: 1, failed: [] });
  const again = (await t.store.getReport(hit.id))!;
  assert.equal(again.extraction.extractor, 'test-better');
  const items = reviewItems(again.extraction, await t.store.review.listDecisions(hit.id));
  const by = new Map(items.map((i) => [i.id, i]));
  assert.equal(by.get('event:e1')!.review, 'accepted');
  assert.equal(by.get('event:e1')!.conflict, true, 'the machine now proposes a count the accepted item lacks');
  assert.equal((by.get('event:e1')!.value as { count: number | null }).count, null, 'the accepted value stays');
  assert.equal(by.get('event:e2')!.review, 'corrected');
  assert.equal((by.get('event:e2')!.value as { modality: string }).modality, 'attempted');
  assert.equal(by.get('event:e3')!.review, 'rejected');
  assert.equal(by.get('event:e4')!.review, 'proposed', 'a new proposal appears beside the decisions');

  await linkStore(t.store, { rebuild: true });
  const links = (await t.store.incidents.reportLinks(hit.id))!;
  const members = (await Promise.all(links.incidents.map((i) => t.store.incidents.getIncident(i.id)))).flatMap((p) => p!.members.map((m) => m.eventKey));
  assert.equal(members.some((k) => k.endsWith('#e3')), false, 'the rejected event is not linked');
  assert.ok(members.some((k) => k.endsWith('#e2')));
});
