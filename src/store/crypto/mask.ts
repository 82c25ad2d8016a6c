// The searchable copy of a protected report's text: every span that names a source
// (the sources' mentions, and each descriptor wherever its words recur) is
// overwritten (spaces too, so word lengths do not show; line breaks stay), one mask
// character per UTF-16 unit, so every offset the extraction
// keeps still points at the same place. Search, snippets and evidence excerpts read
// this copy; the full text is sealed beside it.
import type { Source } from '../../core/model.js';

export const MASK = '▒';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function maskSources(text: string, sources: Pick<Source, 'descriptor' | 'mentions'>[]): string {
  const hide: [number, number][] = [];
  for (const s of sources) {
    for (const m of s.mentions) hide.push([m.start, m.end]);
    // without its article: "a source in Hyesan" is later "the source in Hyesan"
    const words = s.descriptor.trim().replace(/^(a|an|the|one)\s+/i, '');
    if (words.length < 3) continue;
    // The same words with any spacing: a descriptor split over a line break is still found.
    const re = new RegExp(words.split(/\s+/).map(escapeRe).join('\\s+'), 'giu');
    for (const m of text.matchAll(re)) hide.push([m.index, m.index + m[0].length]);
  }
  if (hide.length === 0) return text;
  const units = text.split('');
  for (const [start, end] of hide) {
    for (let i = Math.max(0, start); i < Math.min(end, units.length); i++) if (units[i] !== '\n') units[i] = MASK;
  }
  return units.join('');
}
