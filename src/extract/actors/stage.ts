// The actors stage: organisations, people and role actors, written to the `actors`
// layer. It reads the places layer to give local units their place; one person's
// several romanisations become one name.
import type { Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsOf } from '../tokens.js';
import { findActors } from './find.js';
import { unifyRomanisations } from './romanised.js';
import { buildVocab } from './vocab.js';

export function createActorsStage(k: Knowledge): Stage {
  const vocab = buildVocab(k);
  return {
    name: 'actors',
    requires: ['places'],
    assigns: ['actors'],
    run(doc) {
      const actors = findActors(k, vocab, doc.text, wordsOf(doc), doc.layers.places ?? []);
      unifyRomanisations(actors);
      doc.layers.actors = actors;
    },
  };
}
