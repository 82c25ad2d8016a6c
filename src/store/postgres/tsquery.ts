// Renders a search expression (../search/expression.ts) as a PostgreSQL tsquery
// built from parameters: phraseto_tsquery for each spelling (it never raises a
// syntax error), to_tsquery with :* for a prefix (only pure Hangul words are
// prefixes, so the lexeme needs no quoting), combined with && || and !!.
import { sql, type RawBuilder } from 'kysely';
import { toExpression, type Alternative, type SearchExpression, type Term } from '../search/expression.js';

const alternative = (a: Alternative) =>
  a.prefix ? sql`to_tsquery('casefile', ${`${a.text}:*`})` : sql`phraseto_tsquery('casefile', ${a.text})`;

const term = (t: Term): RawBuilder<unknown> => {
  const any = sql`(${sql.join(t.alternatives.map(alternative), sql` || `)})`;
  return t.negated ? sql`!!${any}` : any;
};

/** The tsquery of a user query or expression, or null when it holds no word to look for. */
export function toTsquery(input: string | SearchExpression): RawBuilder<unknown> | null {
  const groups = toExpression(input);
  if (groups.length === 0) return null;
  return sql`(${sql.join(groups.map((g) => sql`(${sql.join(g.map(term), sql` && `)})`), sql` || `)})`;
}
