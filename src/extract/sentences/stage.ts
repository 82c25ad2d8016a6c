import type { Stage } from '../doc.js';
import { tokensOf } from '../tokens.js';
import { splitSentences } from './split.js';

export function createSentencesStage(): Stage {
  return {
    name: 'sentences',
    requires: [],
    assigns: ['sentences'],
    run(doc) {
      doc.layers.sentences = splitSentences(doc.text, tokensOf(doc));
    },
  };
}
