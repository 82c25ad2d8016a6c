// Candidate generation for incident linking. An event is filed under (type, place,
// month) for each place it names (E keys) and for each place containing them (A
// keys). It looks itself up under its own places (same place, or finer events
// inside them) and under its containing places (coarser events around it), over
// the months its date allows plus the type's tolerance. Only events sharing a key
// are compared, so the work grows with block sizes, never with the corpus squared.
import { combine, hashString, toKey } from '../../core/hash.js';
import { NO_DAY, type EventDays } from '../event-days.js';
import { monthOf, spanGap } from '../time.js';
import { toleranceDays } from './agree.js';
import type { LinkEvent } from '../../core/link-model.js';

const SALT = { E: 0x811c9dc5, A: 0x1000193, U: 0x5bd1e995 } as const;
const key = (kind: keyof typeof SALT, type: string, place: string, month: number) =>
  toKey(combine(combine(hashString(type), hashString(place, SALT[kind])), month));

/** Many pages carry no date: their acts meet others only in a town (never a province or country), in a capped block. */
const townLevel = (level: string) => level === 'site' || level === 'city' || level === 'county';
const UNDATED = -1;

function months(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let m = monthOf(lo), end = monthOf(hi); m <= end; m++) out.push(m);
  return out;
}

/** Keys an event is filed under; empty when it has no place (it cannot be linked). */
export function indexKeys(e: LinkEvent): number[] {
  if (e.places.length === 0 || e.modality === 'negated') return [];
  const out = new Set<number>();
  for (const p of e.places) if (townLevel(p.level)) out.add(key('U', e.type, p.id, UNDATED));
  if (e.lo === null) return [...out];
  for (const m of months(e.lo, e.hi!)) for (const p of e.places) {
    out.add(key('E', e.type, p.id, m));
    // Nothing looks for finer events inside a whole country (see queryKeys), so countries are not filed.
    for (const a of p.ancestors) if (a !== p.ancestors[p.ancestors.length - 1]) out.add(key('A', e.type, a, m));
  }
  return [...out];
}

/** Keys to look up for an event's candidates. */
export function queryKeys(e: LinkEvent): number[] {
  if (e.places.length === 0 || e.modality === 'negated') return [];
  if (e.lo === null) return e.places.filter((p) => townLevel(p.level)).map((p) => key('U', e.type, p.id, UNDATED));
  const tol = toleranceDays(e.type);
  const out = new Set<number>();
  for (const m of months(e.lo - tol, e.hi! + tol)) for (const p of e.places) {
    out.add(key('E', e.type, p.id, m));
    // Every event in a whole country is too wide a net; a country-level event finds only its equals.
    if (p.level !== 'country') out.add(key('A', e.type, p.id, m));
    for (const a of p.ancestors) out.add(key('E', e.type, a, m));
  }
  return [...out];
}

/**
 * An act is compared with at most this many of the acts its blocks reach, the nearest
 * in time first: a place's blocks hold acts from the whole window its date allows,
 * and those furthest off are the ones time rules out, so the work per act stays
 * bounded as the corpus grows while the acts it could join are kept.
 */
const MAX_CANDIDATES = 256;

/** The `max` candidates nearest in time to `e` (ties: the latest filed), in their order in `candidates`; `days`: the candidates' days by index. */
export function nearestInTime(e: LinkEvent, candidates: number[], days: EventDays, max = MAX_CANDIDATES): number[] {
  if (candidates.length <= max) return candidates;
  // gap and index in one number, so that a numeric sort ranks by gap, then the latest filed first
  const rank = new Float64Array(candidates.length);
  const { lo, hi } = days;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k];
    const gap = e.lo === null || lo[i] === NO_DAY ? 0 : spanGap(e.lo, e.hi!, lo[i], hi[i]);
    rank[k] = gap * 2 ** 32 + (0xffffffff - i);
  }
  const last = Float64Array.from(rank).sort()[max - 1];
  return candidates.filter((_, k) => rank[k] <= last);
}
