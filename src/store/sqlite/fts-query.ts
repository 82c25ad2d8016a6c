// Translates what a user types into an FTS5 query with the meaning PostgreSQL's
// websearch_to_tsquery gives it (words AND-ed, "quoted phrases", OR, -excluded),
// so both adapters read a query alike. Written by hand because FTS5 has no such
// function and its own syntax errors on stray quotes, colons or operators; every
// word is emitted as a quoted FTS5 string, so no input can be read as syntax.

interface Term { text: string; negated: boolean }

const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function lex(input: string): (Term | 'OR')[] {
  const out: (Term | 'OR')[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/gu;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[3] !== undefined) {
      if (m[3].toLowerCase() === 'or') { out.push('OR'); continue; }
      const negated = m[3].startsWith('-') && m[3].length > 1;
      out.push({ text: negated ? m[3].slice(1) : m[3], negated });
    } else out.push({ text: m[2], negated: m[1] === '-' });
  }
  return out;
}

/** The FTS5 MATCH expression for a user query, or null when it holds no word to look for. */
export function toFtsQuery(input: string): string | null {
  const groups: Term[][] = [[]];
  for (const token of lex(input)) {
    if (token === 'OR') groups.push([]);
    else if (hasWord(token.text)) groups[groups.length - 1].push(token);
  }
  const rendered = groups.flatMap((terms) => {
    const must = terms.filter((t) => !t.negated).map((t) => quote(t.text));
    if (must.length === 0) return []; // FTS5 has no unary NOT; an all-negative group matches nothing
    const not = terms.filter((t) => t.negated).map((t) => ` NOT ${quote(t.text)}`).join('');
    return [`(${must.join(' AND ')}${not})`];
  });
  return rendered.length > 0 ? rendered.join(' OR ') : null;
}
