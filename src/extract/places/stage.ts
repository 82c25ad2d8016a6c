// The places stage: gazetteer mentions with level, written to the `places` layer.
// A photo caption is furniture, yet the places it names are places of the page: they
// are read from the caption alone into their own layer, which no event reads.
import type { Doc, PlaceMention, Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsOf } from '../tokens.js';
import { findPlaces } from './find.js';
import { captionsOf } from '../furniture/captions.js';

function captionPlaces(k: Knowledge, doc: Doc): PlaceMention[] {
  const c = captionsOf(doc);
  if (c === null) return [];
  return findPlaces(k, c.text, c.words).filter((p) => !p.metonymy);
}

export function createPlacesStage(k: Knowledge): Stage {
  return {
    name: 'places',
    requires: [],
    assigns: ['places', 'captionPlaces'],
    run(doc) {
      doc.layers.places = findPlaces(k, doc.text, wordsOf(doc));
      doc.layers.captionPlaces = captionPlaces(k, doc);
    },
  };
}
