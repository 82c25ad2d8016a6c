// Machine output is a proposal: a person's decisions are kept beside the
// extraction (never written into it) and applied on top of it whenever the
// reviewed record is wanted. Pure: the store keeps decisions, this reads them.
import type { Actor, Claim, Event, Extraction, Place, Source } from './model.js';

export const ITEM_KINDS = ['event', 'actor', 'place', 'source', 'claim'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const REVIEW_ACTIONS = ['accept', 'reject', 'correct', 'add', 'merge', 'note'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const REVIEW_STATES = ['proposed', 'accepted', 'corrected', 'rejected', 'added'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type ItemValue = Event | Actor | Place | Source | Claim;

/** One decision as stored. `value` is the whole item it leaves (not a patch), so it outlives re-extraction. */
export interface ReviewDecision {
  seq: number;
  reportId: string;
  /** "<kind>:<id inside the extraction>", e.g. "event:e1" */
  item: string;
  action: ReviewAction;
  /** accept/correct/add: the item as decided; merge: {into: item}; note: {body} */
  value: unknown;
  /** the machine's item (JSON) when the decision was taken: a later proposal that differs conflicts with it */
  basis: string | null;
  author: string;
  createdAt: string;
}

export interface ReviewItem {
  id: string;
  kind: ItemKind;
  review: ReviewState;
  /** the item as the reviewed record has it (the machine's while proposed) */
  value: ItemValue;
  /** re-extraction proposes something other than what the decision was taken on */
  conflict: boolean;
  /** the machine's current proposal, when it differs from the decided value */
  proposal?: ItemValue;
  mergedInto?: string;
  decidedBy?: string;
  decidedAt?: string;
}

const LISTS = { event: 'events', actor: 'actors', place: 'places', source: 'sources', claim: 'claims' } as const satisfies Record<ItemKind, keyof Extraction>;

export const itemKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

export function parseItemKey(key: string): { kind: ItemKind; id: string } | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at) as ItemKind;
  return at > 0 && ITEM_KINDS.includes(kind) && at < key.length - 1 ? { kind, id: key.slice(at + 1) } : null;
}

export const machineItems = (x: Extraction, kind: ItemKind): ItemValue[] => x[LISTS[kind]];

export function findMachineItem(x: Extraction, key: string): ItemValue | undefined {
  const parsed = parseItemKey(key);
  return parsed ? machineItems(x, parsed.kind).find((i) => i.id === parsed.id) : undefined;
}

/** the state an item is left in by its latest decision */
export const STATE_OF: Record<Exclude<ReviewAction, 'note'>, ReviewState> = {
  accept: 'accepted', correct: 'corrected', reject: 'rejected', merge: 'rejected', add: 'added',
};

/** The last decision on each item (notes change no state). */
function latestByItem(decisions: readonly ReviewDecision[]): Map<string, ReviewDecision> {
  const latest = new Map<string, ReviewDecision>();
  for (const d of [...decisions].sort((a, b) => a.seq - b.seq)) if (d.action !== 'note') latest.set(d.item, d);
  return latest;
}

/** The state each decided item is in (an item absent from the map is proposed: machine-only). */
export function reviewStates(decisions: readonly ReviewDecision[]): Map<string, ReviewState> {
  return new Map([...latestByItem(decisions)].map(([item, d]) => [item, STATE_OF[d.action as Exclude<ReviewAction, 'note'>]]));
}

/** Every item of the report with its review state: machine items in order, then items people added. */
export function reviewItems(x: Extraction, decisions: readonly ReviewDecision[]): ReviewItem[] {
  const latest = latestByItem(decisions);
  const out: ReviewItem[] = [];
  for (const kind of ITEM_KINDS) {
    const machine = new Map(machineItems(x, kind).map((m) => [itemKey(kind, m.id), m]));
    const keys = [...machine.keys(), ...[...latest.keys()].filter((k) => !machine.has(k) && parseItemKey(k)?.kind === kind)];
    for (const id of keys) {
      const m = machine.get(id);
      const d = latest.get(id);
      if (!d) { out.push({ id, kind, review: 'proposed', value: m!, conflict: false }); continue; }
      const decided = (d.action === 'accept' || d.action === 'correct' || d.action === 'add') ? d.value as ItemValue : undefined;
      const proposalChanged = m !== undefined && d.basis !== null && d.basis !== JSON.stringify(m);
      const item: ReviewItem = {
        id, kind, review: STATE_OF[d.action as Exclude<ReviewAction, 'note'>], value: decided ?? m ?? (d.basis ? JSON.parse(d.basis) as ItemValue : ({ id: parseItemKey(id)!.id } as ItemValue)),
        conflict: proposalChanged, decidedBy: d.author, decidedAt: d.createdAt,
      };
      if (proposalChanged) item.proposal = m;
      if (d.action === 'merge') item.mergedInto = (d.value as { into: string }).into;
      out.push(item);
    }
  }
  return out;
}

/**
 * The reviewed record: rejected and merged items gone, decided values in place of
 * the machine's, added items in; references to removed items are dropped and
 * references to merged actors and places point at what they were merged into.
 */
export function applyReview(x: Extraction, decisions: readonly ReviewDecision[]): Extraction {
  if (decisions.length === 0) return x;
  const items = reviewItems(x, decisions);
  const kept = (kind: ItemKind) => items.filter((i) => i.kind === kind && i.review !== 'rejected').map((i) => structuredClone(i.value));
  const merged = new Map(items.filter((i) => i.mergedInto).map((i) => [i.id, i.mergedInto!]));
  const finalKey = (key: string) => {
    for (let k = key, hops = 0; hops < 20; hops++) { const next = merged.get(k); if (!next) return k; k = next; }
    return key;
  };
  const actors = kept('actor') as Actor[];
  const places = kept('place') as Place[];
  const sources = kept('source') as Source[];
  const claims = kept('claim') as Claim[];
  // A merged item's mentions and names join the item it was merged into.
  for (const i of items.filter((i) => i.mergedInto)) {
    const target = parseItemKey(finalKey(i.id));
    if (!target) continue;
    if (i.kind === 'actor') {
      const a = actors.find((x) => x.id === target.id);
      const from = i.value as Actor;
      if (a) { a.mentions.push(...from.mentions); if (from.name && from.name !== a.name && !a.aliases.includes(from.name)) a.aliases.push(from.name); }
    } else if (i.kind === 'place') {
      const p = places.find((x) => x.id === target.id);
      const from = i.value as Place;
      if (p) { p.mentions.push(...from.mentions); if (from.name && from.name !== p.name && !p.alternateNames.includes(from.name)) p.alternateNames.push(from.name); }
    }
  }
  const actorIds = new Set(actors.map((a) => a.id));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const claimIds = new Set(claims.map((c) => c.id));
  const actorOf = (id: string) => parseItemKey(finalKey(itemKey('actor', id)))!.id;
  const placeOf = (id: string) => parseItemKey(finalKey(itemKey('place', id)))!.id;
  const unique = <T>(list: T[], key: (t: T) => string) => [...new Map(list.map((t) => [key(t), t])).values()];

  const events = (kept('event') as Event[]).map((e) => ({
    ...e,
    participants: unique(e.participants.map((p) => ({ ...p, actorId: actorOf(p.actorId) })).filter((p) => actorIds.has(p.actorId)), (p) => `${p.actorId}\u0000${p.role}`),
    // an event may name a gazetteer place the extraction does not describe: only merged or rejected ones change
    places: unique(e.places.flatMap((p) => {
      const id = placeOf(p.id);
      const described = placeById.get(id);
      if (described) return [{ id, name: described.name }];
      return items.some((i) => i.id === itemKey('place', p.id)) ? [] : [p];
    }), (p) => p.id),
    sources: e.sources.filter((s) => sourceIds.has(s)),
  }));
  return {
    ...x,
    events,
    actors: actors.map((a) => ({ ...a, placeId: a.placeId && placeById.has(placeOf(a.placeId)) ? placeOf(a.placeId) : a.placeId })),
    places,
    sources,
    claims: claims.map((c) => ({
      ...c,
      speaker: c.speaker === null ? null
        : 'sourceId' in c.speaker ? (sourceIds.has(c.speaker.sourceId) ? c.speaker : null)
          : (actorIds.has(actorOf(c.speaker.actorId)) ? { actorId: actorOf(c.speaker.actorId) } : null),
      contestedWith: c.contestedWith.filter((id) => claimIds.has(id)),
    })),
  };
}

/** How much of a report a person has checked: items with a decision, of all items. */
export function reviewProgress(items: readonly ReviewItem[]): { items: number; checked: number; conflicts: number } {
  return { items: items.length, checked: items.filter((i) => i.review !== 'proposed').length, conflicts: items.filter((i) => i.conflict).length };
}
