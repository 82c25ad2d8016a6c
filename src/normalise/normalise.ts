// Repaired plain text for extraction, with a map back to the reader's text.
import { unifyCharacters } from './characters.js';
import { detectLanguage } from './language.js';
import { repairLines } from './lines.js';
import { OffsetMap } from './offset-map.js';

export interface Normalised {
  text: string;
  language: string;
  /** normalised offsets -> offsets in the text the reader produced */
  offsetMap: OffsetMap;
}

export function normaliseText(raw: string, opts: { language?: string | null } = {}): Normalised {
  const chars = unifyCharacters(raw);
  const language = opts.language?.toLowerCase() ?? detectLanguage(chars.text);
  const lines = repairLines(chars.text, { english: language === 'en' || language.startsWith('en-') });
  return { text: lines.text, language, offsetMap: new OffsetMap([chars.map, lines.map]) };
}

/** A one-line field (a title): same characters, no line structure. */
export function normaliseLine(raw: string): string {
  return unifyCharacters(raw).text.replace(/\s+/gu, ' ').trim();
}
