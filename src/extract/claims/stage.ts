import type { Stage } from '../doc.js';
import { quotedOf } from '../quotes.js';
import { tokensOf } from '../tokens.js';
import type { ClaimLexicon } from './lexicon.js';
import { scanClaims } from './scan.js';

export function createClaimsStage(lex: ClaimLexicon): Stage {
  return {
    name: 'claims',
    requires: ['sentences', 'actors', 'sources'],
    assigns: ['claims'],
    run(doc) {
      doc.layers.claims = scanClaims(
        { text: doc.text, t: tokensOf(doc), quoted: quotedOf(doc), sentences: doc.layers.sentences!, sources: doc.layers.sources!, actors: doc.layers.actors! },
        lex,
      );
    },
  };
}
