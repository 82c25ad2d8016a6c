// Renders a search expression (../search/expression.ts) as an FTS5 query. Every
// word is emitted as a quoted FTS5 string, so no input can be read as syntax
// (FTS5 errors on stray quotes, colons or operators); a term's alternatives are
// OR-ed, a prefix term gets FTS5's `*`.
import { toExpression, type SearchExpression, type Term } from '../search/expression.js';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function term({ alternatives }: Term): string {
  const alts = alternatives.map((a) => (a.prefix ? `${quote(a.text)}*` : quote(a.text)));
  return alts.length === 1 ? alts[0] : `(${alts.join(' OR ')})`;
}

/** The FTS5 MATCH expression for a user query or expression, or null when it holds no word to look for. */
export function toFtsQuery(input: string | SearchExpression): string | null {
  const rendered = toExpression(input).map((terms) => {
    const must = terms.filter((t) => !t.negated).map(term);
    const not = terms.filter((t) => t.negated).map((t) => ` NOT ${term(t)}`).join('');
    return `(${must.join(' AND ')}${not})`;
  });
  return rendered.length > 0 ? rendered.join(' OR ') : null;
}
