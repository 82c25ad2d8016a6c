// Turns a reviewer's request into a stored decision: accept, reject, correct any
// field, add an item from a selection of the text, merge two actors or places,
// or attach a private note. The reviewed record that would result is validated
// like a save (shape, references, spans) before anything is written, and every
// decision goes to the audit log with the item before and after.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CasefileError } from '../core/errors.js';
import { Actor, Claim, Event, Place, Source, type Extraction, type Report, type Span } from '../core/model.js';
import {
  applyReview, findMachineItem, itemKey, ITEM_KINDS, parseItemKey, REVIEW_ACTIONS, reviewItems,
  type ItemKind, type ItemValue, type ReviewDecision, type ReviewItem,
} from '../core/review.js';
import type { Store } from '../store/port.js';
import { validateForSave } from '../store/validate.js';

export const ReviewRequest = z.strictObject({
  item: z.string().min(3).max(200).optional(),
  action: z.enum(REVIEW_ACTIONS),
  value: z.record(z.string(), z.unknown()).optional(),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

// strict: a misspelt field is refused, not dropped
const SCHEMAS: Record<ItemKind, z.ZodType<ItemValue>> = { event: Event.strict(), actor: Actor.strict(), place: Place.strict(), source: Source.strict(), claim: Claim.strict() };

const LIST = { event: 'events', actor: 'actors', place: 'places', source: 'sources', claim: 'claims' } as const;

/** The reviewed record with one item put in (or replaced): its references are checked against the rest. */
function withItem(x: Extraction, kind: ItemKind, value: ItemValue): Extraction {
  const list = x[LIST[kind]] as ItemValue[];
  const at = list.findIndex((i) => i.id === value.id);
  return { ...x, [LIST[kind]]: at < 0 ? [...list, value] : list.map((i, n) => (n === at ? value : i)) };
}

const bad = (message: string, where = 'body') => new CasefileError('E_BAD_PARAM', message, { where });

/** A new item from the words a reviewer selected: its evidence offsets are the selection's. */
function newItem(kind: ItemKind, id: string, text: string, value: Record<string, unknown>): unknown {
  const { start, end } = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).parse(value);
  if (end <= start || end > text.length) throw bad(`the selection [${start}, ${end}) is not inside the text`, 'body.value');
  const span: Span = { start, end };
  const words = text.slice(start, end).trim();
  const { start: _s, end: _e, kind: _k, ...fields } = value;
  const base: Record<ItemKind, object> = {
    event: { type: undefined, modality: 'asserted', date: { value: null, precision: 'unknown' }, places: [], participants: [], count: null, sources: [], trigger: span, evidence: span },
    actor: { name: words, kind: 'role', aliases: [], canonId: null, placeId: null, mentions: [span] },
    place: { name: words, level: 'site', country: null, parent: null, ancestors: [], lat: null, lon: null, alternateNames: [], mentions: [span] },
    source: { descriptor: words, location: null, placeId: null, kind: 'other', mentions: [span] },
    claim: { speaker: null, content: span, stance: 'asserts', allegedFalse: false, contestedWith: [], evidence: span },
  };
  return { ...base[kind], ...fields, id };
}

export interface ReviewOutcome {
  decision: ReviewDecision;
  item: ReviewItem | null;
}

/** Records one decision on a stored report, or throws naming what is wrong with it. */
export async function decide(store: Store, stored: { report: Report; extraction: Extraction }, req: ReviewRequest, author: string): Promise<ReviewOutcome> {
  const { report, extraction } = stored;
  const decisions = await store.review.listDecisions(report.id);
  const before = reviewItems(extraction, decisions);
  const value = req.value ?? {};
  let item: string;
  let stored_value: unknown = null;
  if (req.action === 'add') {
    const kind = z.enum(ITEM_KINDS).safeParse(value.kind);
    if (!kind.success) throw bad(`value.kind must be one of ${ITEM_KINDS.join(', ')}`, 'body.value.kind');
    item = itemKey(kind.data, `h${randomBytes(4).toString('hex')}`);
    stored_value = newItem(kind.data, parseItemKey(item)!.id, report.text, value);
  } else {
    if (!req.item) throw bad('item is required', 'body.item');
    item = req.item;
    const current = before.find((i) => i.id === item);
    if (!current) throw new CasefileError('E_NOT_FOUND', `no item ${item} in report ${report.id}`, { where: 'body.item' });
    if (req.action === 'accept') stored_value = current.value;
    else if (req.action === 'correct') stored_value = { ...current.value, ...value, id: current.value.id };
    else if (req.action === 'merge') {
      const into = typeof value.into === 'string' ? value.into : '';
      const target = before.find((i) => i.id === into);
      if (!target || target.kind !== current.kind || !['actor', 'place'].includes(current.kind) || into === item) {
        throw bad('merge takes value.into: another actor or place of the same kind in this report', 'body.value.into');
      }
      stored_value = { into };
    } else if (req.action === 'note') {
      const body = typeof value.body === 'string' ? value.body.trim() : '';
      if (!body || body.length > 10_000) throw bad('a note needs value.body, 1 to 10000 characters', 'body.value.body');
      stored_value = { body };
    }
  }
  if (stored_value !== null && req.action !== 'merge' && req.action !== 'note') {
    const checked = SCHEMAS[parseItemKey(item)!.kind].safeParse(stored_value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CasefileError('E_VALIDATION', `${issue.path.join('.') || 'value'}: ${issue.message}`, { where: `body.value` });
    }
    stored_value = checked.data;
  }
  const machine = findMachineItem(extraction, item);
  const next = { reportId: report.id, item, action: req.action, value: stored_value, basis: machine ? JSON.stringify(machine) : null, author };
  // The record this decision leaves must still be a valid extraction (references, spans). A decided
  // item is checked as it stands, before applyReview would drop a reference to a missing actor.
  const kind = parseItemKey(item)!.kind;
  validateForSave(report, ['accept', 'correct', 'add'].includes(req.action)
    ? withItem(applyReview(extraction, decisions), kind, stored_value as ItemValue)
    : applyReview(extraction, [...decisions, { ...next, seq: Number.MAX_SAFE_INTEGER, createdAt: '' }]));
  const decision = await store.review.addDecision(next);
  const after = reviewItems(extraction, [...decisions, decision]).find((i) => i.id === item) ?? null;
  const was = before.find((i) => i.id === item);
  await store.audit.append({
    actor: author, action: `review.${req.action}`, reportId: report.id,
    before: was ? { item, review: was.review, value: was.value } : null,
    after: req.action === 'note' ? { item, note: true } : { item, review: after?.review, value: after?.value },
  });
  return { decision, item: after };
}
