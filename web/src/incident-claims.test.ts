import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoted, speakerOf } from './incident-claims.js';
import type { ReportView } from './types.js';

const text = 'A source said agents arrested him. The ministry denied any arrest.';
const view = {
  report: { text },
  extraction: {
    actors: [{ id: 'a1', name: 'Ministry of State Security' }],
    sources: [{ id: 's1', kind: 'anonymous_insider' }],
    claims: [
      { id: 'c1', speaker: { sourceId: 's1' }, content: { start: 14, end: 34 } },
      { id: 'c2', speaker: { actorId: 'a1' }, content: { start: 35, end: 66 } },
      { id: 'c3', speaker: null, content: { start: 0, end: 1 } },
    ],
  },
} as unknown as ReportView;

test('a claim names its speaker: an actor by name, a source by its kind when its descriptor is withheld, else the report', () => {
  const [c1, c2, c3] = view.extraction.claims;
  assert.deepEqual(quoted(c1, view), { speaker: 'a source (anonymous insider)', quote: 'agents arrested him.' });
  assert.deepEqual(quoted(c2, view), { speaker: 'Ministry of State Security', quote: 'The ministry denied any arrest.' });
  assert.equal(speakerOf(c3.speaker, view.extraction), 'the report itself');
  const withDescriptor = { ...view.extraction, sources: [{ id: 's1', kind: 'anonymous_insider', descriptor: 'a source in Hyesan' }] } as ReportView['extraction'];
  assert.equal(speakerOf(c1.speaker, withDescriptor), 'a source in Hyesan');
});
