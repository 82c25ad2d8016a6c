// Review decisions: appended beside the machine's extraction, never written into it.
import { sql, type Kysely } from 'kysely';
import type { ReviewAction, ReviewDecision } from '../../core/review.js';
import { openJsonText, sealJson, sealJsonText } from '../crypto/json-fields.js';
import { contexts, type Protection } from '../crypto/protection.js';
import { paging } from '../paging.js';
import type { NewReviewDecision, ReviewStore } from './port.js';
import type { ReviewTables } from './schema.js';

type Db = Kysely<ReviewTables & { reports: { seq: number; id: string; title: string; outlet: string | null; published: string | null } }>;

type Row = { seq: number | bigint; report_id: string; item: string; action: string; value: string | null; basis: string | null; author: string; created_at: string };

const decision = (r: Row, p: Protection): ReviewDecision => {
  const value = openJsonText(r.value, p, contexts.decision(r.report_id));
  return {
    seq: Number(r.seq), reportId: r.report_id, item: r.item, action: r.action as ReviewAction,
    value: value === null ? null : JSON.parse(value), basis: openJsonText(r.basis, p, contexts.decision(r.report_id)), author: r.author, createdAt: r.created_at,
  };
};

/** Decisions on any of these reports, oldest first. */
export async function decisionsOf(kysely: Kysely<any>, p: Protection, reportIds: string[]): Promise<ReviewDecision[]> {
  const db = kysely as Kysely<ReviewTables>;
  if (reportIds.length === 0) return [];
  const rows = await db.selectFrom('review_decisions').selectAll().where('report_id', 'in', reportIds).orderBy('seq').execute();
  return rows.map((r) => decision(r, p));
}

export function createReviewStore(db: Db, p: Protection): ReviewStore {
  return {
    async addDecision(d: NewReviewDecision) {
      const created_at = new Date().toISOString();
      const row = await db.insertInto('review_decisions').values({
        report_id: d.reportId, item: d.item, action: d.action,
        value: d.value === undefined || d.value === null ? null : JSON.stringify(sealJson(d.value, p, contexts.decision(d.reportId))),
        basis: sealJsonText(d.basis, p, contexts.decision(d.reportId)), author: d.author, created_at,
      }).returning('seq').executeTakeFirstOrThrow();
      return { seq: Number(row.seq), reportId: d.reportId, item: d.item, action: d.action, value: d.value ?? null, basis: d.basis, author: d.author, createdAt: created_at };
    },
    listDecisions: (reportId) => decisionsOf(db, p, [reportId]),
    listDecisionsOf: (reportIds) => decisionsOf(db, p, reportIds),
    async queue(opts) {
      const { limit, offset } = paging(opts, 50);
      // Items are counted from the row tables the save wrote; a decision checks an item once, however often it changes.
      const count = (table: string) => sql<number>`(select count(*) from ${sql.table(table)} t where t.report_seq = r.seq)`;
      const items = sql<number>`(${count('events')} + ${count('actors')} + ${count('places')} + ${count('sources')} + ${count('claims')})`;
      const checked = sql<number>`(select count(distinct d.item) from review_decisions d where d.report_id = r.id and d.action <> 'note')`;
      const linked = sql<number>`(select count(distinct le.incident_id) from link_events le join incidents i on i.id = le.incident_id where le.report_id = r.id and i.reports > 1)`;
      const base = db.selectFrom('reports as r');
      const [rows, total] = await Promise.all([
        base.select(['r.id', 'r.title', 'r.outlet', 'r.published', items.as('items'), checked.as('checked'), linked.as('linked')])
          // share checked: least reviewed first (a report with nothing extracted counts as done)
          .orderBy(sql`case when ${items} = 0 then 1.0 else 1.0 * ${checked} / ${items} end`)
          .orderBy(linked, 'desc').orderBy('r.seq').limit(limit).offset(offset).execute(),
        base.select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, items: Number(r.items), checked: Number(r.checked), linked: Number(r.linked) })),
        total: Number(total.n),
      };
    },
  };
}
