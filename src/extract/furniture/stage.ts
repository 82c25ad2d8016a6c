// The furniture stage runs first: it records the page furniture as a layer and blanks
// it in the document's text (offsets unchanged), so that no later stage finds events,
// people, places or sources in a byline, a caption or a list of other articles.
import type { Stage } from '../doc.js';
import { blankFurniture, findFurniture } from './detect.js';

export function createFurnitureStage(): Stage {
  return {
    name: 'furniture',
    requires: [],
    assigns: ['furniture'],
    run(doc) {
      const furniture = findFurniture(doc.text, doc.outlet);
      doc.layers.furniture = furniture;
      if (furniture.length === 0) return;
      doc.page = doc.text;
      doc.text = blankFurniture(doc.text, furniture);
    },
  };
}
