import type { Stage } from '../doc.js';
import { tokensOf } from '../tokens.js';
import { scanCounts } from './scan.js';

export function createCountsStage(): Stage {
  return {
    name: 'counts',
    requires: ['dates'],
    assigns: ['counts'],
    run(doc) {
      doc.layers.counts = scanCounts(tokensOf(doc), doc.layers.dates ?? []);
    },
  };
}
