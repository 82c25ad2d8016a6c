// The actors stage: organisations, people and role actors, written to the `actors`
// layer. It reads the places layer to give local units their place; one person's
// several romanisations become one name. A photo caption is furniture, yet the known
// people it names ("Kim Jong Un speaking at ...") are people of the page: they are read
// from the captions alone; the bodies and roles a caption names are not.
import type { ActorMention, Doc, Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsOf } from '../tokens.js';
import { findActors } from './find.js';
import { captionsOf } from '../furniture/captions.js';
import { unifyRomanisations } from './romanised.js';
import { buildVocab, type Vocab } from './vocab.js';

function captionPeople(k: Knowledge, vocab: Vocab, doc: Doc): ActorMention[] {
  const c = captionsOf(doc);
  if (c === null) return [];
  return findActors(k, vocab, c.text, c.words, doc.layers.captionPlaces ?? []).filter((a) => a.kind === 'person' && a.canonId !== null);
}

export function createActorsStage(k: Knowledge): Stage {
  const vocab = buildVocab(k);
  return {
    name: 'actors',
    requires: ['places'],
    assigns: ['actors'],
    run(doc) {
      const actors = findActors(k, vocab, doc.text, wordsOf(doc), doc.layers.places ?? []);
      actors.push(...captionPeople(k, vocab, doc));
      unifyRomanisations(actors);
      doc.layers.actors = actors;
    },
  };
}
