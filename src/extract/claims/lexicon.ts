// Verbs of saying with the stance they give a claim, words that set one claim against
// another, and words that call a statement false. Data in knowledge/lexicon/claims.json.
import { join } from 'node:path';
import { z } from 'zod';
import { Stance } from '../../core/model.js';
import { cachedLexicon, readLexiconFile } from '../lexicon-file.js';

const ClaimsFileSchema = z
  .object({
    verbs: z.record(z.string(), Stance).default({}),
    contrast: z.array(z.string()).default([]),
    contest: z.array(z.string()).default([]),
    falsity: z.array(z.string()).default([]),
  })
  .strict();

export interface ClaimLexicon {
  verbs: Map<string, Stance>;
  /** words that set two claims of one sentence against each other ("..., but ...") */
  contrast: Set<string>;
  /** words that set a claim against an earlier one across sentences ("tell a different story") */
  contest: Set<string>;
  falsity: Set<string>;
}

/** Merges claims.json of each folder in order. */
export function buildClaimLexicon(dirs: readonly string[]): ClaimLexicon {
  const lex: ClaimLexicon = { verbs: new Map(), contrast: new Set(), contest: new Set(), falsity: new Set() };
  for (const dir of dirs) {
    const data = readLexiconFile(join(dir, 'claims.json'), ClaimsFileSchema);
    if (!data) continue;
    for (const [w, stance] of Object.entries(data.verbs)) lex.verbs.set(w, stance);
    for (const w of data.contrast) lex.contrast.add(w);
    for (const w of data.contest) lex.contest.add(w);
    for (const w of data.falsity) lex.falsity.add(w);
  }
  return lex;
}

export const loadClaimLexicon = cachedLexicon(buildClaimLexicon);
