import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CasefileError } from '../core/errors.js';
import type { Doc, Stage } from './doc.js';
import { createPipeline } from './pipeline.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = () => {}): Stage => ({ name, requires, assigns, run });
const doc = (): Doc => ({ text: 'x', title: 'A report', outlet: null, published: null, layers: {} });

test('a stage that needs a layer no earlier stage assigns is refused at construction', () => {
  assert.throws(
    () => createPipeline([stage('events', ['sentences'], ['events']), stage('sentences', [], ['sentences'])]),
    (err: unknown) => err instanceof CasefileError && err.code === 'E_PIPELINE_ORDER' && /events/.test(err.message) && /sentences/.test(err.message),
  );
});

test('stages run in order and see the layers of earlier stages', () => {
  const seen: string[] = [];
  const p = createPipeline([
    stage('sentences', [], ['sentences'], (d) => { d.layers.sentences = [{ start: 0, end: 1 }]; seen.push('sentences'); }),
    stage('counts', ['sentences'], ['counts'], (d) => { seen.push(`counts saw ${d.layers.sentences!.length}`); d.layers.counts = []; }),
  ]);
  p.run(doc());
  assert.deepEqual(seen, ['sentences', 'counts saw 1']);
});

test('a stage that throws is reported with the stage and the report', () => {
  const p = createPipeline([stage('dates', [], ['dates'], () => { throw new Error('bad calendar'); })]);
  assert.throws(
    () => p.run(doc()),
    (err: unknown) => err instanceof CasefileError && err.code === 'E_STAGE' && err.where === 'dates' && /A report/.test(err.message) && /bad calendar/.test(err.message),
  );
});
