// Outlets by name, and the outlets a report names as where its story came from
// ("told Daily NK", "according to RFA", "Yonhap reported"): such a report is a
// link in a chain from that outlet, not a witness of its own.
import { hashString } from '../../core/hash.js';

export interface OutletEntry {
  id: string;
  name: string;
  names: string[];
}

export interface OutletTable {
  /** a stable key: the canon id when known, else the folded name */
  key(name: string | null): string | null;
  /** canon outlet name for a key, for display */
  label(key: string): string;
  /** every name and alias, lower-cased, longest first, with its first word */
  names: readonly { name: string; first: string }[];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether a key names an outlet of the knowledge base (an unknown one is keyed by its folded name). */
export const knownOutlet = (key: string | null): boolean => key !== null && !key.startsWith(UNKNOWN);
const UNKNOWN = 'outlet:';

export function outletTable(entries: OutletEntry[]): OutletTable {
  const byName = new Map<string, OutletEntry>();
  const labels = new Map<string, string>();
  for (const e of entries) {
    labels.set(e.id, e.name);
    for (const n of [e.name, ...e.names]) byName.set(fold(n), e);
  }
  return {
    key: (name) => (name === null || !name.trim() ? null : byName.get(fold(name))?.id ?? `${UNKNOWN}${fold(name)}`),
    label: (key) => labels.get(key) ?? key.replace(/^outlet:/, ''),
    names: [...new Set(entries.flatMap((e) => [e.name, ...e.names]).map((n) => n.toLowerCase()))]
      .sort((a, b) => b.length - a.length)
      .map((name) => ({ name, first: name.match(/[\p{L}\p{N}]+/u)?.[0] ?? name })),
  };
}

// A citation verb next to the name; a bare mention ("Daily NK's archive") is not a citation.
const BEFORE = /\b(?:told|according to|reported by|quoted by|cited by|citing|to)\s+(?:the\s+)?$/;
const AFTER = /^\s+(?:(?:has|had)\s+)?(?:learned|reported|reports|said|says|quoted|cited)\b/;
const WORD = /[\p{L}\p{N}]/u;

/** Outlets other than the report's own that the text credits for its information, first credited first. */
export function citedOutlets(text: string, ownKey: string | null, table: OutletTable): string[] {
  // A scan per name (indexOf) is far cheaper than one regular expression over every alternative.
  const lower = text.toLowerCase();
  const words = new Set(lower.match(/[\p{L}\p{N}]+/gu) ?? []);
  const found = new Map<string, number>();
  // Only names whose first word occurs are looked for at all.
  for (const { name, first } of table.names) {
    if (!words.has(first)) continue;
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if ((at > 0 && WORD.test(lower[at - 1])) || (end < lower.length && WORD.test(lower[end]))) continue;
      if (!BEFORE.test(lower.slice(Math.max(0, at - 30), at)) && !AFTER.test(lower.slice(end, end + 30))) continue;
      const key = table.key(name);
      if (key && key !== ownKey && !(found.get(key)! <= at)) found.set(key, at);
    }
  }
  return [...found].sort((a, b) => a[1] - b[1]).map(([key]) => key);
}

/** Same outlet, same descriptor: the same witness. Articles and case do not matter. */
export function descriptorKey(descriptor: string): string {
  const norm = fold(descriptor).replace(/\b(a|an|the|one)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return hashString(norm).toString(36);
}
