// Reviewer notes (sensitive): their own table, written and read only through here.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CasefileError } from '../core/errors.js';
import { contexts, type Protection } from './crypto/protection.js';
import type { NewReviewNote, ReviewNote } from './port.js';
import type { Database } from './schema.js';

export async function addReviewNote(db: Kysely<Database>, p: Protection, note: NewReviewNote): Promise<ReviewNote> {
  p.assertWritable('a note');
  if (!note.body.trim()) throw new CasefileError('E_VALIDATION', 'the note is empty', { where: 'body' });
  if (!note.author.trim()) throw new CasefileError('E_VALIDATION', 'the note has no author', { where: 'author' });
  const eventId = note.eventId ?? null;
  const target = eventId === null
    ? db.selectFrom('reports').select('id').where('id', '=', note.reportId)
    : db.selectFrom('events').innerJoin('reports', 'reports.seq', 'events.report_seq').select('events.event_id as id')
      .where('reports.id', '=', note.reportId).where('events.event_id', '=', eventId);
  if (!(await target.executeTakeFirst())) {
    throw new CasefileError('E_NOT_FOUND', eventId === null ? `no report ${note.reportId}` : `no event ${eventId} in report ${note.reportId}`, { where: 'review note' });
  }
  const saved: ReviewNote = { id: randomUUID(), reportId: note.reportId, eventId, author: note.author, body: note.body, createdAt: new Date().toISOString() };
  await db.insertInto('review_notes').values({
    id: saved.id, report_id: saved.reportId, event_id: eventId, author: saved.author, body: p.sealText(saved.body, contexts.note(saved.id)), created_at: saved.createdAt,
  }).execute();
  return saved;
}

export async function listReviewNotes(db: Kysely<Database>, p: Protection, reportId: string): Promise<ReviewNote[]> {
  const rows = await db.selectFrom('review_notes').selectAll().where('report_id', '=', reportId).orderBy('seq').execute();
  return rows.map((r) => ({ id: r.id, reportId: r.report_id, eventId: r.event_id, author: r.author, body: p.openText(r.body, contexts.note(r.id)), createdAt: r.created_at }));
}
