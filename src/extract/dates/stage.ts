import type { Stage } from '../doc.js';
import { tokensOf } from '../tokens.js';
import { scanDates } from './scan.js';

export function createDatesStage(): Stage {
  return {
    name: 'dates',
    requires: [],
    assigns: ['dates'],
    run(doc) {
      doc.layers.dates = scanDates(tokensOf(doc), doc.published, doc.text);
    },
  };
}
