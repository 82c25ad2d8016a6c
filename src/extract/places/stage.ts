// The places stage: gazetteer mentions with level, written to the `places` layer.
import type { Stage } from '../doc.js';
import type { Knowledge } from '../../knowledge/load.js';
import { wordsOf } from '../tokens.js';
import { findPlaces } from './find.js';

export function createPlacesStage(k: Knowledge): Stage {
  return {
    name: 'places',
    requires: [],
    assigns: ['places'],
    run(doc) {
      doc.layers.places = findPlaces(k, doc.text, wordsOf(doc));
    },
  };
}
