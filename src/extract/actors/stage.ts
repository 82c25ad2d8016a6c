// The actors stage: organisations, people and role actors, written to the `actors`
// layer. It reads the places layer to give local units their place.
import type { Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsOf } from '../tokens.js';
import { findActors } from './find.js';
import { buildVocab } from './vocab.js';

export function createActorsStage(k: Knowledge): Stage {
  const vocab = buildVocab(k);
  return {
    name: 'actors',
    requires: ['places'],
    assigns: ['actors'],
    run(doc) {
      doc.layers.actors = findActors(k, vocab, doc.text, wordsOf(doc), doc.layers.places ?? []);
    },
  };
}
