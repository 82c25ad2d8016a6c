// Names compared across reports: case-, accent- and width-insensitive, so a filter
// "sinuiju" finds "Sinŭiju" and "ＭＳＳ" finds "MSS". Hangul survives (NFD jamo recompose).
import type { Actor } from '../core/model.js';

const NOT_ASCII = /[^\x00-\x7f]/;

/** normName's recent answers: an ingest thread meets the same few thousand names in report after report */
const recent = new Map<string, string>();
const RECENT = 8192;

/** Longer strings are not kept: the server normalises request text too, which must not pin memory. */
const KEPT_LENGTH = 64;

export function normName(name: string): string {
  if (name.length > KEPT_LENGTH) return normalise(name);
  let norm = recent.get(name);
  if (norm === undefined) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(name, (norm = normalise(name)));
  }
  return norm;
}

function normalise(name: string): string {
  // plain ASCII has no marks or compatibility forms: most names, and normalising is the costly part
  if (!NOT_ASCII.test(name)) return name.toLowerCase().replace(/\s+/g, ' ').trim();
  return name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One key per real actor across reports: the canon id, else kind and normalised name. */
export function actorKey(actor: Pick<Actor, 'canonId' | 'kind' | 'name'>): string {
  return actor.canonId ?? `${actor.kind}:${normName(actor.name)}`;
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards escaped (escape char `\`). */
export function containsPattern(text: string): string {
  return `%${normName(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
