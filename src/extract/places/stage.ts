// The places stage: gazetteer mentions with level, written to the `places` layer.
// A photo caption is furniture, yet the places it names are places of the page: they
// are read from the caption alone into their own layer, which no event reads.
import type { Doc, PlaceMention, Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsIn, wordsOf } from '../tokens.js';
import { findPlaces } from './find.js';
import { captionText } from '../furniture/captions.js';

function captionPlaces(k: Knowledge, doc: Doc): PlaceMention[] {
  const text = captionText(doc);
  if (text === null) return [];
  return findPlaces(k, text, wordsIn(text)).filter((p) => !p.metonymy);
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
