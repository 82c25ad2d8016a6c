// Witness keys (hashes of source descriptors) are stored in the link state: in each
// event's data and in each incident's corroboration. When a store is first given a
// key, the plain hashes already there are replaced by keyed ones, so the link state
// compares alike with what later runs write and holds nothing a guess can be checked
// against.
import type { Kysely } from 'kysely';
import type { IncidentSummary, LinkEvent } from '../../core/link-model.js';
import type { LinkTables } from './schema.js';

const PAGE = 500;

export async function retagWitnesses(db: Kysely<LinkTables>, tag: (key: string) => string): Promise<void> {
  for (let after = -1; ;) {
    const rows = await db.selectFrom('link_events').select(['seq', 'data']).where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const event = JSON.parse(r.data) as LinkEvent;
      if (event.sources.length === 0) continue;
      const data = JSON.stringify({ ...event, sources: event.sources.map((s) => ({ ...s, key: tag(s.key) })) });
      await db.updateTable('link_events').set({ data }).where('seq', '=', r.seq).execute();
    }
    after = Number(rows[rows.length - 1].seq);
  }
  for (let after = ''; ;) {
    const rows = await db.selectFrom('incidents').select(['id', 'detail']).where('id', '>', after).orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const detail = JSON.parse(r.detail) as IncidentSummary['detail'];
      const witnesses = detail.corroboration.witnesses.map((w) => ({ ...w, sourceKey: w.sourceKey === null ? null : tag(w.sourceKey) }));
      await db.updateTable('incidents').set({ detail: JSON.stringify({ ...detail, corroboration: { ...detail.corroboration, witnesses } }) }).where('id', '=', r.id).execute();
    }
    after = rows[rows.length - 1].id;
  }
}
