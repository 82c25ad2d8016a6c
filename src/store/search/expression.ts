// What a user types into a search box, as an expression both adapters render:
// groups OR-ed, terms AND-ed, "quoted phrases" kept whole, a leading minus
// excludes (the meaning PostgreSQL's websearch_to_tsquery gives it). A term holds
// alternatives: the spelling typed plus, after expansion (expand.ts), every other
// name the canon or gazetteer gave the same actor or place. A Hangul word is a
// prefix, so 혜산 finds 혜산에서 (Korean attaches particles to the word).

export interface Alternative {
  text: string;
  /** match words that begin with text */
  prefix: boolean;
}

export interface Term {
  alternatives: Alternative[];
  negated: boolean;
  /** typed in quotes: never merged with neighbours or expanded */
  quoted: boolean;
}

/** groups OR-ed; within a group, terms AND-ed */
export type SearchExpression = Term[][];

const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

/** Hangul words are searched as prefixes; anything else as written. */
export const alternative = (text: string): Alternative => ({ text, prefix: HANGUL_WORD.test(text) });

function lex(input: string): (Term | 'OR')[] {
  const out: (Term | 'OR')[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/gu;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[3] !== undefined) {
      if (m[3].toLowerCase() === 'or') { out.push('OR'); continue; }
      const negated = m[3].startsWith('-') && m[3].length > 1;
      out.push({ alternatives: [alternative(negated ? m[3].slice(1) : m[3])], negated, quoted: false });
    } else out.push({ alternatives: [{ text: m[2], prefix: false }], negated: m[1] === '-', quoted: true });
  }
  return out;
}

/** The expression of a user query; empty when it holds no word to look for. */
export function parseSearch(input: string): SearchExpression {
  const groups: Term[][] = [[]];
  for (const token of lex(input)) {
    if (token === 'OR') groups.push([]);
    else if (hasWord(token.alternatives[0].text)) groups[groups.length - 1].push(token);
  }
  // a group of exclusions only matches nothing in either engine: it is dropped
  return groups.filter((g) => g.some((t) => !t.negated));
}

/** Accepts what callers hold: the text typed, or an expression already built (and expanded). */
export const toExpression = (q: string | SearchExpression): SearchExpression => (typeof q === 'string' ? parseSearch(q) : q);
