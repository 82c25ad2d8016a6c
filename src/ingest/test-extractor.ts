// A tiny extractor for ingest's tests, small enough to check by eye: each
// occurrence of "fled" is a DEFECTION event whose evidence is its sentence. Text
// containing "UNEXTRACTABLE" makes it fail, as a broken stage would; in a worker
// thread, "CRASH-WORKER" kills the thread, as a native fault would, "HANG-WORKER"
// never returns, as a parser caught in a loop would, and "HOG-MEMORY" fills the heap.
import { isMainThread } from 'node:worker_threads';
import type { Event, Extraction } from '../core/model.js';
import type { ExtractInput, Extractor } from '../extract/extractor.js';

export function createTestExtractor(): Extractor {
  return {
    name: 'test',
    async extract({ text }: ExtractInput): Promise<Extraction> {
      if (text.includes('UNEXTRACTABLE')) throw new Error('test extractor cannot read this report');
      if (text.includes('CRASH-WORKER') && !isMainThread) {
        setImmediate(() => {
          throw new Error('worker crashed');
        });
        return new Promise(() => {});
      }
      if (text.includes('HANG-WORKER') && !isMainThread) for (;;);
      if (text.includes('HOG-MEMORY') && !isMainThread) {
        const hoard: number[][] = [];
        for (;;) hoard.push(new Array(1e6).fill(hoard.length + 0.5));
      }
      const events: Event[] = [];
      for (const m of text.matchAll(/\bfled\b/g)) {
        const start = text.lastIndexOf('.', m.index) + 1;
        const stop = text.indexOf('.', m.index);
        const end = stop < 0 ? text.length : stop + 1;
        events.push({
          id: `e${events.length + 1}`,
          type: 'DEFECTION',
          modality: 'asserted',
          date: { value: null, precision: 'unknown' },
          places: [],
          participants: [],
          count: null,
          sources: [],
          trigger: { start: m.index, end: m.index + m[0].length },
          evidence: { start: start + (text.slice(start, end).length - text.slice(start, end).trimStart().length), end },
        });
      }
      return { extractor: 'test', events, actors: [], places: [], sources: [], claims: [] };
    },
  };
}
