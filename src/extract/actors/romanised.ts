// One Korean name is romanised several ways in one report, often by one outlet quoting
// another: "Choi Kyong-hui", "Choi Kyung-hee", "Choi Kyung-hui". Names that fold to the
// same key under the usual spelling alternations (McCune-Reischauer, Revised
// Romanization and informal spellings) are one person, named as first written.
import type { ActorMention } from '../doc.js';

const ALTERNATIONS: readonly [RegExp, string][] = [
  [/[^a-z]/g, ''],
  [/eo/g, 'o'], [/eu/g, 'u'], [/ee/g, 'i'], [/ui/g, 'i'], [/oo/g, 'u'], [/yu/g, 'yo'], [/wo/g, 'o'],
  [/sh/g, 's'], [/ch/g, 'j'], [/k/g, 'g'], [/p/g, 'b'], [/t/g, 'd'], [/r/g, 'l'],
];

export function romanisationKey(name: string): string {
  let key = name.normalize('NFD').toLowerCase();
  for (const [from, to] of ALTERNATIONS) key = key.replace(from, to);
  return key;
}

/** Gives every named person without a canon entry the first spelling of its name met in the report. */
export function unifyRomanisations(mentions: ActorMention[]): void {
  const first = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.canonId) continue;
    const key = romanisationKey(m.name);
    const name = first.get(key);
    if (name === undefined) first.set(key, m.name);
    else m.name = name;
  }
}
