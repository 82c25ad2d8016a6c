// Query expansion through knowledge: a word or run of words that is a name of an
// actor or place becomes a term matching every name stored for it (the canon's
// and gazetteer's spellings, abbreviations, former names, Hangul and Chinese
// forms), so "Yanggang", "Ryanggang" and "양강도" find the same reports, and "SSD"
// finds "Bowibu". The names come from entity_names, which holds every name and
// alias the knowledge gave each entity when its reports were stored.
import type { Kysely } from 'kysely';
import { normName } from '../names.js';
import type { Database } from '../schema.js';
import { alternative, toExpression, type SearchExpression, type Term } from './expression.js';

/** the longest name tried, in words */
const MAX_WORDS = 6;
/** spellings per term: enough for every name of one entity, bounded for the engine */
const MAX_ALTERNATIVES = 48;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Every name stored for the entities named by each of the phrases. */
async function namesOf(db: Kysely<Database>, phrases: string[]): Promise<Map<string, string[]>> {
  const wanted = [...new Set(phrases.map(normName).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const hits = await db.selectFrom('entity_names').select(['entity', 'key', 'name_norm'])
    .where('entity', 'in', ['actor', 'place']).where('name_norm', 'in', wanted).execute();
  if (hits.length === 0) return new Map();
  const keys = [...new Set(hits.map((h) => h.key))];
  const all = await db.selectFrom('entity_names').select(['entity', 'key', 'name_norm'])
    .where('entity', 'in', ['actor', 'place']).where('key', 'in', keys).execute();
  const byKey = new Map<string, string[]>();
  for (const n of all) byKey.set(`${n.entity}\u0000${n.key}`, [...(byKey.get(`${n.entity}\u0000${n.key}`) ?? []), n.name_norm]);
  const out = new Map<string, string[]>();
  for (const h of hits) {
    const names = out.get(h.name_norm) ?? [];
    out.set(h.name_norm, [...new Set([...names, ...(byKey.get(`${h.entity}\u0000${h.key}`) ?? [])])]);
  }
  return out;
}

/** The runs of unquoted words a group could hold names in, longest first. */
function candidatePhrases(group: Term[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < group.length; i++) {
    for (let n = Math.min(MAX_WORDS, group.length - i); n >= 1; n--) {
      const run = group.slice(i, i + n);
      if (run.some((t) => t.quoted || t.negated !== run[0].negated)) continue;
      out.push(run.map((t) => bare(t.alternatives[0].text)).join(' '));
    }
  }
  return out;
}

function expandGroup(group: Term[], names: Map<string, string[]>): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < group.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_WORDS, group.length - i); n >= 1 && taken === 0; n--) {
      const run = group.slice(i, i + n);
      if (run.some((t) => t.quoted || t.negated !== run[0].negated)) continue;
      const typed = run.map((t) => bare(t.alternatives[0].text)).join(' ');
      const found = names.get(normName(typed));
      if (!found) continue;
      const spellings = [...new Set([normName(typed), ...found])].slice(0, MAX_ALTERNATIVES);
      out.push({ alternatives: spellings.map(alternative), negated: run[0].negated, quoted: false });
      taken = n;
    }
    if (taken === 0) { out.push(group[i]); taken = 1; }
    i += taken;
  }
  return out;
}

/** The expression with every name of a known actor or place widened to all its names. */
export async function expandSearch(db: Kysely<Database>, q: string | SearchExpression): Promise<SearchExpression> {
  const expr = toExpression(q);
  const names = await namesOf(db, expr.flatMap(candidatePhrases));
  return names.size === 0 ? expr : expr.map((g) => expandGroup(g, names));
}
