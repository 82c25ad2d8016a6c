// Which stored acts an incremental run reads whole. Linking compares an act with
// the acts nearest to it in time among those its blocks reach (nearestInTime), so
// of the stored postings a new act's keys reach only those can matter: choosing
// them from the days alone, before any event is read, keeps the reading per new
// act bounded however big the store has grown.
import { EventDays } from './event-days.js';
import { nearestInTime, queryKeys } from './incidents/blocking.js';
import { Marks } from './marks.js';
import type { BlockSlice } from '../store/incidents/port.js';
import type { LinkEvent } from '../core/link-model.js';

/** The seqs of the stored acts that `acts` would be compared with. */
export function storedCandidates(acts: readonly LinkEvent[], slice: BlockSlice): Set<number> {
  // dense indexes in seq order, so that nearestInTime's ties go to the latest filed as in the workspace
  const seqs = [...slice.days.keys()].sort((a, b) => a - b);
  const indexOf = new Map<number, number>();
  const days = new EventDays();
  for (let i = 0; i < seqs.length; i++) {
    const d = slice.days.get(seqs[i])!;
    indexOf.set(seqs[i], i);
    days.set(i, d.lo, d.hi);
  }
  const byKey = new Map<number, number[]>();
  for (const [key, seq] of slice.postings) {
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(indexOf.get(seq)!);
  }
  const chosen = new Set<number>();
  const marks = new Marks();
  for (const e of acts) {
    marks.clear();
    const reached: number[] = [];
    for (const k of queryKeys(e)) for (const i of byKey.get(k) ?? []) if (marks.add(i)) reached.push(i);
    for (const i of nearestInTime(e, reached, days)) chosen.add(seqs[i]);
  }
  return chosen;
}
