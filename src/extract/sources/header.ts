// An interview summary opens with a labelled paragraph describing whom it rests on
// ("Interviewee: male, 40s, former officer in Chongjin; interviewed in Seoul."). The label
// is a source noun, and the whole paragraph is that source's descriptor: later mentions
// ("the interviewee stated") point back to it.
import type { Tokens } from '../tokens.js';
import { tokenAt } from '../tokens.js';
import type { Phrase } from './attribution.js';
import type { SourceLexicon } from './lexicon.js';

/** The opening paragraph as a phrase when it starts "<source noun>:", else null. */
export function headerPhrase(text: string, t: Tokens, lex: SourceLexicon): Phrase | null {
  if (t.length < 3 || t.lower[1] !== ':' || !lex.nouns.has(t.lower[0])) return null;
  const end = text.indexOf('\n');
  const last = (end < 0 ? t.length : tokenAt(t, end)) - 1;
  return last > 1 ? { first: 0, last } : null;
}
