// One name, places in several countries ("Gangwon" is a province on both sides of the
// DMZ, "Kosong" a county in each Korea): a place named right beside it settles which one
// is meant.
// "Wonsan, Gangwon Province" is the North's Gangwon, because Wonsan lies in it;
// "Gangwon's Sokcho" the South's. Without such a neighbour the domain's country order
// in find.ts stands.
import type { PlaceMention } from '../doc.js';
import type { Knowledge, PlaceRecord } from '../../knowledge/load.js';
import type { Words } from '../../knowledge/words.js';

/** the words a name and its neighbour may stand apart: "Wonsan, Gangwon", "Wonsan in Gangwon" */
const MAX_GAP_WORDS = 1;

const related = (a: PlaceRecord, b: PlaceRecord) => a.id === b.id || a.ancestors.includes(b.id) || b.ancestors.includes(a.id);

/**
 * Re-reads each mention whose name has several places by the places named next to it.
 * `readings[n]` are the places mention n's name can be, `ranges[n]` its words.
 */
export function settleByNeighbours(k: Knowledge, out: PlaceMention[], readings: PlaceRecord[][], ranges: { from: number; to: number }[], w: Words): void {
  const near = (n: number, m: number) => {
    const [a, b] = n < m ? [n, m] : [m, n];
    // no sentence end between them, and at most a comma or one word
    if (ranges[b].from - ranges[a].to > MAX_GAP_WORDS) return false;
    for (let i = ranges[a].to; i <= ranges[b].from && i < w.length; i++) if (w.brk[i] === 2) return false;
    return true;
  };
  for (let n = 0; n < out.length; n++) {
    // only a name shared by places in different countries: a city and its province of one
    // name ("Jilin (Jilin Province)") stay as find.ts read them
    if (new Set(readings[n].map((p) => p.country)).size < 2) continue;
    for (const m of [n - 1, n + 1]) {
      if (m < 0 || m >= out.length || !near(n, m)) continue;
      const neighbour = k.places.get(out[m].placeId);
      if (!neighbour) continue;
      const fitting = readings[n].filter((p) => p.id !== neighbour.id && related(p, neighbour));
      if (fitting.length !== 1) continue;
      const [p] = fitting;
      out[n] = { ...out[n], placeId: p.id, name: p.name, level: p.level };
      break;
    }
  }
}
