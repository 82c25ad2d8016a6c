// Real pages are captured cut off anywhere, mid-sentence and mid-phrase ("..., the
// source told"): extraction reads past no word, whatever the last word is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extraction } from '../core/model.js';
import { createBuiltinExtractor } from './builtin.js';

const extractor = createBuiltinExtractor();
const demo = join(import.meta.dirname, '..', '..', 'demo', 'reports');

test('a report cut off after any word is extracted without error', () => {
  const texts = readdirSync(demo).flatMap((f) => {
    const raw = readFileSync(join(demo, f), 'utf8');
    if (f.endsWith('.txt') || f.endsWith('.md')) return [raw];
    if (!f.endsWith('.json')) return [];
    const value: unknown = JSON.parse(raw);
    return (Array.isArray(value) ? value : [value]).map((r) => String((r as { text: unknown }).text));
  });
  assert.ok(texts.length >= 3, 'the demo reports are the material');
  let cuts = 0;
  for (const text of texts) {
    const ends = [...text.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
    // every word of the first 1,500 characters (bylines, first paragraphs), then every seventh word
    for (let w = 0; w < ends.length; w += ends[w] < 1500 ? 1 : 7) {
      const cut = text.slice(0, ends[w]);
      const x = extractor.extractSync({ text: cut, title: 'cut report', outlet: null, published: '2024-05-03', language: 'en' });
      assert.ok(Extraction.safeParse(x).success, `the extraction of a text cut after word ${w} fits the model`);
      cuts++;
    }
  }
  assert.ok(cuts > 300, `only ${cuts} cuts tried`);
});

test('a text that ends on a verb of telling gets its event and no outlet from nowhere', () => {
  const x = extractor.extractSync({ text: 'A resident of Hyesan was arrested last week for using a Chinese phone, the source told', title: 't', outlet: null, published: '2024-05-03', language: 'en' });
  assert.deepEqual(x.events.map((e) => e.type), ['ARREST']);
});
