// Reading reports back: the stored extraction with descriptors restored, raw bytes,
// and report search (ranked with snippets when there is a query, newest first otherwise).
import { sql, type Kysely } from 'kysely';
import type { Extraction, Span } from '../core/model.js';
import type { SqlDialect } from './migrations/index.js';
import { withDescriptors } from './rows.js';
import { contexts, type Protection } from './crypto/protection.js';
import type { Page, ReportHit, StoredReport } from './port.js';
import { paging } from './paging.js';
import { cappedCount, searchOrder } from './count.js';
import type { Database } from './schema.js';
import type { SearchDialect } from './search-dialect.js';
import { expandSearch } from './search/expand.js';

const LEAD_CHARS = 240;

/** The full text of a stored report: opened when sealed, else the text column (masked when the key is missing). */
export const fullText = (p: Protection, row: { id: string; text: string; text_sealed: string | null }) =>
  row.text_sealed !== null && p.state === 'on' ? p.openText(row.text_sealed, contexts.text(row.id)) : row.text;

export async function getReport(db: Kysely<Database>, p: Protection, id: string): Promise<StoredReport | null> {
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const descriptors = await db.selectFrom('source_descriptors').select(['source_id', 'descriptor']).where('report_seq', '=', row.seq).execute();
  const descriptorOf = new Map(descriptors.map((d) => [d.source_id, p.openText(d.descriptor, contexts.descriptor(id, d.source_id))]));
  const extraction = withDescriptors(row.extraction, (id) => descriptorOf.get(id));
  return {
    report: {
      id: row.id, title: row.title, outlet: row.outlet, url: row.url, published: row.published,
      language: row.language, text: fullText(p, row), ingestedAt: row.ingested_at,
    },
    extraction,
    ...(p.state === 'locked' && row.text_sealed !== null ? { withheld: true as const } : {}),
  };
}

export async function getRaw(db: Kysely<Database>, p: Protection, id: string): Promise<Uint8Array | null> {
  const row = await db.selectFrom('report_raw').innerJoin('reports', 'reports.seq', 'report_raw.report_seq')
    .select('report_raw.bytes').where('reports.id', '=', id).executeTakeFirst();
  return row ? p.openBytes(new Uint8Array(row.bytes), contexts.raw(id)) : null;
}

export async function hasReport(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('seq').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function storedAmong(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('reports').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** Each report's sources' mention spans, from its stored extraction, unpacked by the database (the text is never read). */
export async function sourceMentions(db: Kysely<Database>, dialect: SqlDialect, ids: readonly string[]): Promise<Map<string, Span[]>> {
  const out = new Map<string, Span[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const list = sql.join([...new Set(ids)]);
  const { rows } = await (dialect === 'sqlite'
    ? sql<{ id: string; mentions: string }>`select r.id, json_extract(s.value, '$.mentions') as mentions from reports r, json_each(r.extraction, '$.sources') s where r.id in (${list})`
    : sql<{ id: string; mentions: string }>`select r.id, (s.value -> 'mentions')::text as mentions from reports r cross join lateral json_array_elements(r.extraction::json -> 'sources') s where r.id in (${list})`
  ).execute(db);
  for (const r of rows) out.get(r.id)!.push(...(JSON.parse(r.mentions) as Span[]));
  return out;
}

/** The opening of a text cut at a word boundary: the snippet of a report listed without a query. */
function lead(opening: string): string {
  const flat = opening.replace(/\s+/g, ' ').trim();
  if (opening.length <= LEAD_CHARS) return flat;
  const cut = flat.slice(0, LEAD_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > LEAD_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

export async function searchReports(db: Kysely<Database>, search: SearchDialect, q: string | undefined, opts: { limit?: number; offset?: number }): Promise<Page<ReportHit>> {
  const { limit, offset } = paging(opts, 20);
  const columns = ['r.seq', 'r.id', 'r.title', 'r.outlet', 'r.published'] as const;
  if (q !== undefined && q.trim() !== '') {
    const expr = await expandSearch(db, q);
    const matches = search.reportMatches(expr);
    if (!matches) return { items: [], total: 0 };
    const count = await cappedCount(db, db.selectFrom(matches.as('m')));
    // Ranking by relevance reads every match; past RANKED matches the words are too
    // common to tell reports apart, and the newest come first at the cost of the page.
    const order = searchOrder(count.total);
    const page = search.reportPage(expr, limit, offset, order)!;
    const rows = await db.selectFrom(page.as('m')).innerJoin('reports as r', 'r.seq', 'm.seq').select([...columns, 'm.snippet']).orderBy('m.rank').orderBy('r.seq').execute();
    return { items: rows.map((r) => hit(r, r.snippet)), ...count, ...(order === 'newest' ? { order } : {}) };
  }
  const [rows, count] = await Promise.all([
    db.selectFrom('reports as r').select([...columns, sql<string>`substr(r.text, 1, ${LEAD_CHARS + 1})`.as('lead')])
      .orderBy('r.published', (o) => o.desc().nullsLast()).orderBy('r.ingested_at', 'desc').orderBy('r.seq', 'desc')
      .limit(limit).offset(offset).execute(),
    cappedCount(db, db.selectFrom('reports')),
  ]);
  return { items: rows.map((r) => hit(r, lead(r.lead))), ...count };
}

function hit(r: { id: string; title: string; outlet: string | null; published: string | null }, snippet: string): ReportHit {
  return { id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet };
}
